"""novu_facade's public API surface against the legacy SDK's manifest, and how methods reach the wire."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from tests.legacy_surface import ROOT, manifest

APIS: dict[str, Any] = manifest()["apis"]
FACADE_API = ROOT / "novu_facade" / "api"


def _facade_class(name: str) -> type:
    module = importlib.import_module(APIS[name]["module"].replace("novu.", "novu_facade.", 1))
    cls: type = getattr(module, name)
    return cls


def _params(fn: Any) -> list[inspect.Parameter]:
    return [p for p in inspect.signature(fn).parameters.values() if p.name != "self"]


def _check(expected: list[dict[str, Any]], actual: list[inspect.Parameter], where: str) -> None:
    head, extra = actual[: len(expected)], actual[len(expected) :]
    assert [p.name for p in head] == [e["name"] for e in expected], where
    for exp, act in zip(expected, head, strict=True):
        assert act.kind.name == exp["kind"], f"{where}: {act.name} kind"
        if "default" in exp:
            assert act.default is not inspect.Parameter.empty, f"{where}: {act.name} lost its default"
            assert repr(act.default) == exp["default"], f"{where}: {act.name} default"
        else:
            assert act.default is inspect.Parameter.empty, f"{where}: {act.name} gained a default"
    for p in extra:  # the only addition allowed: keyword-only parameters with defaults
        assert p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is not inspect.Parameter.empty, (
            f"{where}: added parameter {p.name} must be keyword-only with a default"
        )


def test_the_manifest_lists_17_classes_and_92_methods() -> None:
    assert len(APIS) == 17
    assert sum(len(a["methods"]) for a in APIS.values()) == 92


@pytest.mark.parametrize("name", sorted(APIS))
def test_class_constructor_and_methods_match(name: str) -> None:
    cls = _facade_class(name)
    assert getattr(importlib.import_module("novu_facade.api"), name) is cls
    _check(APIS[name]["init"], _params(cls.__init__), f"{name}.__init__")
    for method, spec in APIS[name]["methods"].items():
        fn = getattr(cls, method, None)
        assert callable(fn), f"{name}.{method} is missing"
        _check(spec["params"], _params(fn), f"{name}.{method}")


def test_the_facade_adds_no_public_methods_beyond_the_manifest() -> None:
    for name, spec in APIS.items():
        cls = _facade_class(name)
        public = {m for m, v in vars(cls).items() if callable(v) and not m.startswith("_")}
        assert public == set(spec["methods"]), name


# How methods reach the wire: only through generated operations.
URLISH = re.compile(r"(^|/)v\d+/|https?://")


def _sources() -> list[Path]:
    return sorted(FACADE_API.glob("*.py"))


def test_no_facade_module_builds_a_url_by_hand() -> None:
    offenders = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and URLISH.search(node.value):
                offenders.append(f"{path.name}:{node.lineno}: {node.value!r}")
            if isinstance(node, ast.JoinedStr):
                parts = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                if "/" in "".join(parts):
                    offenders.append(f"{path.name}:{node.lineno}: f-string with '/'")
    assert not offenders, offenders
    assert len(_sources()) >= 17


def _called_operations() -> set[str]:
    """Every generated operation the facade's methods request, as `Call("<tag>.<operation>", ...)`.

    A request is only ever a `Call` naming its operation by a literal string (no computed names),
    and no module sends through anything else (`_call`, `_send` or an httpx client).
    """
    names = set()
    offenders = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "Call":
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    names.add(first.value)
                else:
                    offenders.append(f"{path.name}:{node.lineno}: Call without a literal operation name")
            elif isinstance(func, ast.Attribute) and func.attr in {
                "_call",
                "_send",
                "send",
                "request",
                "build_request",
            }:
                offenders.append(f"{path.name}:{node.lineno}: sends through .{func.attr}(...)")
    assert not offenders, offenders
    return names


def test_every_operation_the_facade_names_is_generated() -> None:
    names = _called_operations()
    assert len(names) >= 80, "fewer generated operations than expected"
    for name in names:
        module = importlib.import_module(f"novu_client.api.{name}")
        assert callable(module._get_kwargs), name
