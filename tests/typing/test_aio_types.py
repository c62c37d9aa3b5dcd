"""The async facade's type declarations: current, complete, and checked by mypy --strict."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from novu_facade import aio
from scripts import gen_aio_types

ROOT = Path(__file__).resolve().parents[2]
CHECK_FILE = Path(__file__).with_name("check_aio_types.py")
CLASSES = [name for name in aio.__all__ if name.endswith("Api") and name != "AsyncApi"]


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def mypy(path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache), str(path)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False, timeout=300)


def scratch_copy(tmp_path: Path, old: str, new: str) -> Path:
    source = CHECK_FILE.read_text()
    assert source.count(old) == 1, f"{old!r} should occur once in {CHECK_FILE.name}"
    copy = tmp_path / "check_scratch.py"
    copy.write_text(source.replace(old, new))
    return copy


def test_typing_check_passes_mypy_strict(mypy_cache: Path) -> None:
    done = mypy(CHECK_FILE, mypy_cache)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_wrong_assert_type_fails_the_check(mypy_cache: Path, tmp_path: Path) -> None:
    copy = scratch_copy(tmp_path, "assert_type(triggered, EventDto)", "assert_type(triggered, SubscriberDto)")
    done = mypy(copy, mypy_cache)
    assert done.returncode == 1
    assert '"EventDto"' in done.stdout and "[assert-type]" in done.stdout, done.stdout


def test_a_call_that_should_be_rejected_fails_the_check_when_accepted(mypy_cache: Path, tmp_path: Path) -> None:
    wrong = 'await api.trigger("welcome", ["user-1"])  # type: ignore[call-arg]'
    copy = scratch_copy(tmp_path, wrong, 'await api.trigger("welcome", ["user-1"], {})  # type: ignore[call-arg]')
    done = mypy(copy, mypy_cache)
    assert done.returncode == 1
    assert "[unused-ignore]" in done.stdout, done.stdout


def test_committed_declarations_equal_a_fresh_generation() -> None:
    committed = gen_aio_types.TARGET.read_text()
    assert gen_aio_types.render() == committed, "novu_facade/_aio_types.pyi is stale: run `make aio-types`"


def _declared() -> dict[str, dict[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    tree = ast.parse(gen_aio_types.TARGET.read_text())
    return {
        node.name: {item.name: item for item in node.body if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)}
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }


@pytest.mark.parametrize("class_name", CLASSES)
def test_declarations_match_the_runtime_class(class_name: str) -> None:
    """Same public methods as the class aio makes, each declared as the kind of callable it is."""
    declared = _declared()[class_name]
    runtime = getattr(aio, class_name)
    methods = {name for name, value in vars(runtime).items() if inspect.isfunction(value) and not name.startswith("_")}
    assert set(declared) == methods
    for name in methods:
        function, node = getattr(runtime, name), declared[name]
        where = f"{class_name}.{name}"
        assert list(inspect.signature(function).parameters) == [a.arg for a in _arguments(node)], where
        returns = ast.unparse(node.returns) if node.returns else ""
        if inspect.iscoroutinefunction(function):
            assert isinstance(node, ast.AsyncFunctionDef), where
        elif inspect.isasyncgenfunction(function):
            assert isinstance(node, ast.FunctionDef) and returns.startswith("AsyncGenerator["), where
        else:
            assert isinstance(node, ast.FunctionDef) and returns.startswith("AsyncPaginationIterator["), where


def _arguments(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    args = node.args
    return [*args.posonlyargs, *args.args, *([args.vararg] if args.vararg else []), *args.kwonlyargs]


def test_every_class_is_declared() -> None:
    assert sorted(_declared()) == sorted(CLASSES)
    assert len(CLASSES) == 17
