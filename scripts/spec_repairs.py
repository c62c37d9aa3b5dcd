"""Repairs, by rule, of defects found in upstream documents, applied to the derived spec.

Each rule looks for one kind of defect anywhere in the document, fixes it in place and describes
every fix in one line for the drift report. Rules never name an operation or schema: they must hold
on documents nobody has seen yet. A synthetic document per rule lives in tests/spec/.

    repairs = spec_repairs.apply(spec)   # one line per repair, e.g. "`EventBody.status`: enum listed ..."
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

Json = Any

# The generator names an enum member after its value this way; two values with one name are rejected.
_NON_WORD = re.compile(r"[^A-Za-z0-9]+")


def enum_member_name(value: object) -> str:
    """What openapi-python-client makes of a value as a member name (upper snake case)."""
    if isinstance(value, str):
        words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value)
        name = _NON_WORD.sub("_", words).strip("_").upper()
        return name or "VALUE"
    return f"VALUE_{value}".replace("-", "NEGATIVE_")


def schema_nodes(spec: Json) -> Iterator[tuple[str, Json]]:
    """Every schema object of the document with a readable location: `Schema.prop[]`,
    `GET /v1/x query limit`, `POST /v1/x body`..."""
    for name, schema in sorted((spec.get("components", {}).get("schemas") or {}).items()):
        yield from _walk(schema, name)
    for path, item in sorted((spec.get("paths") or {}).items()):
        for method, op in sorted(item.items()):
            if not isinstance(op, dict):
                continue
            where = f"{method.upper()} {path}"
            for param in op.get("parameters") or []:
                if isinstance(param, dict) and "schema" in param:
                    yield from _walk(param["schema"], f"{where} {param.get('in')} {param.get('name')}")
            for media, content in sorted(((op.get("requestBody") or {}).get("content") or {}).items()):
                if isinstance(content, dict) and "schema" in content:
                    yield from _walk(content["schema"], f"{where} body {media}")
            for code, response in sorted((op.get("responses") or {}).items()):
                for media, content in sorted(((response or {}).get("content") or {}).items()):
                    if isinstance(content, dict) and "schema" in content:
                        yield from _walk(content["schema"], f"{where} {code} {media}")


def _walk(node: Json, where: str) -> Iterator[tuple[str, Json]]:
    if not isinstance(node, dict):
        return
    yield where, node
    for prop, sub in sorted((node.get("properties") or {}).items()):
        yield from _walk(sub, f"{where}.{prop}")
    if isinstance(node.get("items"), dict):
        yield from _walk(node["items"], f"{where}[]")
    if isinstance(node.get("additionalProperties"), dict):
        yield from _walk(node["additionalProperties"], f"{where}{{}}")
    for kind in ("allOf", "oneOf", "anyOf"):
        for index, sub in enumerate(node.get(kind) or []):
            yield from _walk(sub, f"{where}<{kind}[{index}]>")
    if isinstance(node.get("not"), dict):
        yield from _walk(node["not"], f"{where}<not>")


def duplicate_enum_values(spec: Json) -> list[str]:
    """An enum that lists a value more than once keeps its first occurrence."""
    done = []
    for where, node in schema_nodes(spec):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        counts = Counter(repr(v) for v in values)
        repeated = [v for v in _unique(values) if counts[repr(v)] > 1]
        if repeated:
            node["enum"] = _unique(values)
            listed = ", ".join(f"{v!r} {counts[repr(v)]} times" for v in repeated)
            done.append(f"`{where}`: enum listed {listed}; each kept once")
    return done


def _unique(values: list[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for value in values:
        if repr(value) not in seen:
            seen.add(repr(value))
            out.append(value)
    return out


# A JavaScript regular expression literal: `/body/` with optional flags. As a JSON Schema pattern the
# slashes are literal characters and the `^` after the first one can never match, so no value does.
_REGEX_LITERAL = re.compile(r"^/(?P<body>.+)/(?P<flags>[dgimsuvy]*)$")


def regex_literal_patterns(spec: Json) -> list[str]:
    """A pattern written as a regular expression literal (`/^[a-z]+$/`) loses its delimiters.

    Only literals without flags and whose body is anchored (`^...` or `...$`) are repaired: a flag has
    no JSON Schema equivalent, and an unanchored body could be a pattern about real slashes.
    """
    done = []
    for where, node in schema_nodes(spec):
        pattern = node.get("pattern")
        found = _REGEX_LITERAL.match(pattern) if isinstance(pattern, str) else None
        if not found or found["flags"]:
            continue
        body = found["body"]
        if body.startswith("^") or body.endswith("$"):
            node["pattern"] = body
            done.append(
                f"`{where}`: pattern {pattern!r} is a regular expression literal, which matches nothing; kept {body!r}"
            )
    return done


def _accepts_every_object(node: Json) -> bool:
    if not isinstance(node, dict) or node.get("type") != "object" or "$ref" in node:
        return False
    constraints = set(node) - {"type", "additionalProperties", "description", "nullable", "title"}
    return not constraints and node.get("additionalProperties", True) in (True, {})


def _accepts_objects(node: Json, spec: Json) -> bool:
    for _ in range(32):  # follow local references
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            break
        target: Json = spec
        for part in node["$ref"][2:].split("/"):
            target = target.get(part) if isinstance(target, dict) else None
        node = target
    if not isinstance(node, dict):
        return False
    kind = node.get("type")
    if kind is None:
        return "enum" not in node and "const" not in node
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


def overlapping_one_of(spec: Json) -> list[str]:
    """A oneOf with a branch that accepts every object, beside another branch that accepts objects,
    becomes anyOf: an object valid for the other branch is valid for both, never for exactly one."""
    done = []
    for where, node in schema_nodes(spec):
        branches = node.get("oneOf")
        if not isinstance(branches, list) or "anyOf" in node:
            continue
        catch_all = [i for i, b in enumerate(branches) if _accepts_every_object(b)]
        others = [i for i, b in enumerate(branches) if i not in catch_all and _accepts_objects(b, spec)]
        if catch_all and others:
            node["anyOf"] = node.pop("oneOf")
            done.append(
                f"`{where}`: oneOf branch {catch_all[0]} accepts every object, so an object valid for branch "
                f"{others[0]} matches two; made anyOf"
            )
    return done


RULES: tuple[Callable[[Json], list[str]], ...] = (duplicate_enum_values, regex_literal_patterns, overlapping_one_of)


def apply(spec: Json) -> list[str]:
    """Apply every rule in order; one line per repair."""
    done: list[str] = []
    for rule in RULES:
        done += rule(spec)
    return done
