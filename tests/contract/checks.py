"""Value assertions on what a call returned: ``{"path.to.0.field": expected}``.

A path walks attributes, mapping keys and list indexes; ``"path#len"`` compares a length and
``"#type"`` the type name of the value (``list[SubscriberDto]`` for a list whose items all are
``SubscriberDto``). An enum member is compared by its value, with its class name checked through
``"<path>#type"`` when it matters.
"""

from __future__ import annotations

import enum
from typing import Any


def pluck(value: Any, path: str) -> Any:
    for part in path.split(".") if path else []:
        if isinstance(value, dict):
            value = value[part]
        elif isinstance(value, (list, tuple)):
            value = value[int(part)]
        else:
            value = getattr(value, part)
    return value


def type_name(value: Any) -> str:
    if isinstance(value, list):
        names = sorted({type(v).__name__ for v in value})
        return f"list[{'|'.join(names)}]" if names else "list[]"
    return type(value).__name__


def check(result: Any, expected: dict[str, Any], where: str) -> None:
    problems = []
    for key, want in expected.items():
        path, _, op = key.partition("#")
        try:
            got = pluck(result, path)
        except (AttributeError, KeyError, IndexError, ValueError, TypeError) as exc:
            problems.append(f"{key}: not found ({type(exc).__name__}: {exc})")
            continue
        if op == "len":
            got = len(got)
        elif op == "type":
            got = type_name(got)
        elif isinstance(got, enum.Enum) and not isinstance(want, enum.Enum):
            got = got.value
        if got != want or type(got) is not type(want):
            problems.append(f"{key}: got {got!r}, expected {want!r}")
    assert not problems, f"{where}:\n  " + "\n  ".join(problems)
