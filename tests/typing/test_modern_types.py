"""The modern client's types: the typing check passes mypy --strict, and no public signature says `Any`."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECK_FILE = Path(__file__).with_name("check_modern_types.py")
GENERATED = ROOT / "novu_facade" / "_modern"


def test_typing_check_passes_mypy_strict(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-error-summary",
        "--cache-dir",
        str(tmp_path),
        str(CHECK_FILE),
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_typing_check_can_fail(tmp_path: Path) -> None:
    """A wrong expectation is caught: the check is not vacuous."""
    source = CHECK_FILE.read_text()
    old = 'assert_type(novu.subscribers.retrieve("user-1"), SubscriberResponseDto)'
    assert source.count(old) == 1
    copy = tmp_path / "check_wrong.py"
    copy.write_text(source.replace(old, 'assert_type(novu.subscribers.retrieve("user-1"), TopicDto)'))
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path), str(copy)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False, timeout=600)
    assert done.returncode == 1 and "assert-type" in done.stdout, done.stdout


def test_no_public_method_of_the_generated_layer_is_typed_any() -> None:
    offenders = []
    for path in sorted(GENERATED.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.ClassDef):
                continue
            for method in node.body:
                if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) or method.name.startswith("_"):
                    continue
                annotations = [a.annotation for a in [*method.args.args, *method.args.kwonlyargs] if a.annotation]
                annotations += [method.returns] if method.returns else []
                missing = [a.arg for a in [*method.args.args[1:], *method.args.kwonlyargs] if a.annotation is None]
                if missing or method.returns is None:
                    offenders.append(f"{path.name}:{node.name}.{method.name} unannotated {missing}")
                if any(isinstance(n, ast.Name) and n.id == "Any" for a in annotations for n in ast.walk(a)):
                    offenders.append(f"{path.name}:{node.name}.{method.name}")
    assert offenders == []
