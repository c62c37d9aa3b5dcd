"""Extract the public surface of the legacy SDK (PyPI `novu` 1.14.0, a dev dependency) as facts.

    python -m scripts.extract_legacy_surface [--out tests/compat/legacy_surface.json] [--check]

The facts are what the compatibility tests hold the facade to: every API class with its constructor
and public methods (parameter names, kinds, annotations, defaults; return annotation), every DTO
dataclass with its fields (name, type, default) and every enum with its members. They are read from
the installed package by introspection (no source text is copied) and committed, so the checklist
is fixed even where the package is not installed; tests/compat/test_legacy_surface.py checks that the
committed file equals a fresh extraction whenever it is.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import importlib
import inspect
import json
import pkgutil
import sys
import typing
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "compat" / "legacy_surface.json"
PACKAGE = "novu"
VERSION = "1.14.0"


def type_string(tp: Any) -> str:
    """A type as text: builtins by name, classes fully qualified, generics as typing prints them."""
    if isinstance(tp, str):
        return tp
    if isinstance(tp, type) and typing.get_origin(tp) is None:
        return tp.__name__ if tp.__module__ == "builtins" else f"{tp.__module__}.{tp.__qualname__}"
    return str(tp).replace("typing.", "")


def _parameter(param: inspect.Parameter) -> dict[str, str]:
    out = {"name": param.name, "kind": param.kind.name}
    if param.annotation is not inspect.Parameter.empty:
        out["annotation"] = type_string(param.annotation)
    if param.default is not inspect.Parameter.empty:
        out["default"] = repr(param.default)
    return out


def _params(fn: Any) -> list[dict[str, str]]:
    return [_parameter(p) for p in inspect.signature(fn).parameters.values() if p.name != "self"]


def _modules(package: str) -> list[Any]:
    root = importlib.import_module(package)
    names = [package] + [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
    return [importlib.import_module(name) for name in sorted(names)]


def _defined_here(module: Any, predicate: Any) -> list[tuple[str, Any]]:
    return [
        (name, obj)
        for name, obj in sorted(vars(module).items())
        if inspect.isclass(obj) and obj.__module__ == module.__name__ and predicate(obj)
    ]


def apis() -> dict[str, Any]:
    """The classes `novu.api` exports, with the methods each defines itself."""
    package = importlib.import_module(f"{PACKAGE}.api")
    out: dict[str, Any] = {}
    for name in sorted(package.__all__):
        cls = getattr(package, name)
        methods = {}
        for method, fn in sorted(vars(cls).items()):
            if method.startswith("_") or not inspect.isfunction(fn):
                continue
            returns = inspect.signature(fn).return_annotation
            # null: the method declares no return annotation
            methods[method] = {
                "params": _params(fn),
                "returns": None if returns is inspect.Parameter.empty else type_string(returns),
            }
        out[name] = {"module": cls.__module__, "init": _params(cls.__init__), "methods": methods}
    return out


def dtos() -> dict[str, Any]:
    """Every dataclass defined in a `novu.dto` module."""
    out: dict[str, Any] = {}
    for module in _modules(f"{PACKAGE}.dto"):
        for name, cls in _defined_here(module, dataclasses.is_dataclass):
            fields = []
            for field in dataclasses.fields(cls):
                entry = {"name": field.name, "type": type_string(field.type)}
                if field.default is not dataclasses.MISSING:
                    entry["default"] = repr(field.default)
                fields.append(entry)
            out[name] = {"module": module.__name__, "fields": fields}
    return out


def enums() -> dict[str, Any]:
    """Every Enum defined in a `novu.enums` module, members by name."""
    out: dict[str, Any] = {}
    for module in _modules(f"{PACKAGE}.enums"):
        for name, cls in _defined_here(module, lambda c: issubclass(c, enum.Enum) and c.__members__):
            out[name] = {"module": module.__name__, "members": {m.name: m.value for m in cls}}
    return out


def extract() -> dict[str, Any]:
    installed = metadata.version(PACKAGE)
    if installed != VERSION:
        raise SystemExit(f"extract_legacy_surface: {PACKAGE} {installed} is installed, the facts are of {VERSION}")
    return {"package": PACKAGE, "version": installed, "apis": apis(), "dtos": dtos(), "enums": enums()}


def dump(surface: dict[str, Any]) -> str:
    return json.dumps(surface, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh extraction")
    args = parser.parse_args(argv)
    text = dump(extract())
    if args.check:
        if not args.out.is_file() or args.out.read_text(encoding="utf-8") != text:
            print(
                f"extract_legacy_surface: {args.out} is stale; run python -m scripts.extract_legacy_surface",
                file=sys.stderr,
            )
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    surface = json.loads(text)
    methods = sum(len(a["methods"]) for a in surface["apis"].values())
    print(
        f"{args.out.name}: {len(surface['apis'])} classes, {methods} methods, "
        f"{len(surface['dtos'])} DTOs, {len(surface['enums'])} enums"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
