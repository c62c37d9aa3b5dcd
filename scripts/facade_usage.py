"""Which facade methods use which generated operation, read from the facade's code.

Every request of the facade is a `Call("<tag module>.<operation module>", ...)` naming a generated
operation by a literal string. A method uses the operations it names itself and those named by the
module-level helpers it refers to.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACADE_API = ROOT / "novu_facade" / "api"


def _calls(node: ast.AST) -> set[str]:
    return {
        sub.args[0].value
        for sub in ast.walk(node)
        if isinstance(sub, ast.Call)
        and isinstance(sub.func, ast.Name)
        and sub.func.id == "Call"
        and sub.args
        and isinstance(sub.args[0], ast.Constant)
        and isinstance(sub.args[0].value, str)
    }


def _names(node: ast.AST) -> set[str]:
    return {sub.id for sub in ast.walk(node) if isinstance(sub, ast.Name)}


def facade_usage(api_dir: Path = FACADE_API) -> dict[str, list[str]]:
    """`tag_module.operation_module` -> sorted `Class.method` names of the facade that call it."""
    usage: dict[str, set[str]] = defaultdict(set)
    for path in sorted(api_dir.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {
            node.name: _calls(node) for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            for method in node.body:
                if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) or method.name.startswith("_"):
                    continue
                ops = _calls(method)
                for helper in _names(method) & helpers.keys():
                    ops |= helpers[helper]
                for op in ops:
                    usage[op].add(f"{node.name}.{method.name}")
    return {op: sorted(users) for op, users in sorted(usage.items())}
