"""Repairs, by rule, of defects found in upstream documents, applied to the derived spec.

Each rule looks for one kind of defect anywhere in the document, fixes it in place and describes
every fix in one line for the drift report. Rules never name an operation or schema: they must hold
on documents nobody has seen yet. A synthetic document per rule lives in tests/spec/test_spec_repairs.py.

    repairs = spec_repairs.apply(spec)   # one line per repair, e.g. "`EventBody.status`: enum listed ..."

Each rule repairs something openapi-python-client refuses (it leaves the operation or the schema out,
or stops), or reads wrongly without a word (a parameter without a schema is dropped, a nullable enum
typed as never null, one of two enum values that share a member name lost).
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from openapi_python_client.strings import snake_case

from scripts.upstream_facts import HTTP_METHODS

Json = Any
_SCHEMA_REF = "#/components/schemas/"


def enum_member_names(values: list[Any]) -> list[str]:
    """The member names openapi-python-client gives the (non-null) values of an enum, in order."""
    names = []
    for index, value in enumerate(values):
        if isinstance(value, int):
            names.append(f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}")
        elif isinstance(value, str) and value and value[0].isalpha():
            names.append(snake_case(value.upper()).upper())
        else:
            names.append(snake_case(f"VALUE_{index}").upper())
    return names


def schema_nodes(spec: Json) -> Iterator[tuple[str, Json]]:
    """Every schema object of the document with a readable location: `Schema.prop[]`,
    `GET /v1/x query limit`, `POST /v1/x body`..."""
    for where, node, _name in named_schema_nodes(spec):
        yield where, node


def named_schema_nodes(spec: Json) -> Iterator[tuple[str, Json, str | None]]:
    """schema_nodes() with the name the generator builds each schema under, where the class name of
    an enum follows from it alone (a component, a property, a parameter, their array items), else None."""
    components = spec.get("components") or {}
    for name, schema in sorted((components.get("schemas") or {}).items()):
        yield from _walk(schema, name, name)
    for name, param in sorted((components.get("parameters") or {}).items()):
        if isinstance(param, dict) and "schema" in param:
            yield from _walk(param["schema"], f"parameter {name}", param.get("name"))
    for where, holder in _content_holders(spec):
        for media, content in sorted((holder.get("content") or {}).items()):
            if isinstance(content, dict) and "schema" in content:
                yield from _walk(content["schema"], f"{where} {media}", None)
    for where, op in operations(spec):
        for param in op.get("parameters") or []:
            if isinstance(param, dict) and "schema" in param:
                yield from _walk(param["schema"], f"{where} {param.get('in')} {param.get('name')}", param.get("name"))


def operations(spec: Json) -> Iterator[tuple[str, Json]]:
    """(`METHOD /path`, operation) of every operation."""
    for path, item in sorted((spec.get("paths") or {}).items()):
        for method, op in sorted((item or {}).items()):
            if method in HTTP_METHODS and isinstance(op, dict):
                yield f"{method.upper()} {path}", op


def _content_holders(spec: Json) -> Iterator[tuple[str, Json]]:
    """Request bodies and responses, of operations and of the components, with their locations."""
    components = spec.get("components") or {}
    for kind in ("requestBodies", "responses"):
        for name, holder in sorted((components.get(kind) or {}).items()):
            if isinstance(holder, dict):
                yield f"{kind} {name}", holder
    for where, op in operations(spec):
        if isinstance(op.get("requestBody"), dict):
            yield f"{where} body", op["requestBody"]
        for code, response in sorted((op.get("responses") or {}).items()):
            if isinstance(response, dict):
                yield f"{where} {code}", response


def _walk(node: Json, where: str, name: str | None) -> Iterator[tuple[str, Json, str | None]]:
    if not isinstance(node, dict):
        return
    yield where, node, name
    for prop, sub in sorted((node.get("properties") or {}).items()):
        yield from _walk(sub, f"{where}.{prop}", prop)
    if isinstance(node.get("items"), dict):
        yield from _walk(node["items"], f"{where}[]", f"{name}_item" if name else None)
    if isinstance(node.get("additionalProperties"), dict):
        yield from _walk(node["additionalProperties"], f"{where}{{}}", None)
    for kind in ("allOf", "oneOf", "anyOf"):
        for index, sub in enumerate(node.get(kind) or []):
            yield from _walk(sub, f"{where}<{kind}[{index}]>", None)
    if isinstance(node.get("not"), dict):
        yield from _walk(node["not"], f"{where}<not>", None)


def resolve(spec: Json, node: Json) -> Json:
    """The schema a `$ref` (or an allOf of one `$ref`, Novu's way to annotate a reference) stands for."""
    seen = set()
    while isinstance(node, dict):
        parts = node.get("allOf") or []
        ref = node.get("$ref") or (parts[0].get("$ref") if len(parts) == 1 and isinstance(parts[0], dict) else None)
        if not isinstance(ref, str) or not ref.startswith(_SCHEMA_REF) or ref in seen:
            return node
        seen.add(ref)
        node = (spec.get("components", {}).get("schemas") or {}).get(ref[len(_SCHEMA_REF) :])
    return node


def duplicate_parameters(spec: Json) -> list[str]:
    """An operation that lists a parameter (name and location) twice keeps the first; the generator
    leaves such an operation out."""
    done = []
    for where, op in operations(spec):
        params = op.get("parameters")
        if not isinstance(params, list):
            continue
        keys = [(p.get("name"), p.get("in")) for p in params if isinstance(p, dict) and "$ref" not in p]
        counts = Counter(keys)
        kept, seen = [], set()
        for param in params:
            key = (param.get("name"), param.get("in")) if isinstance(param, dict) and "$ref" not in param else None
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            kept.append(param)
        if len(kept) < len(params):
            op["parameters"] = kept
            for (name, place), count in counts.items():
                if count > 1:
                    done.append(f"`{where}`: {place} parameter `{name}` listed {count} times; the first kept")
    return done


def parameter_schemas(spec: Json) -> list[str]:
    """A parameter without a schema is a string (what every parameter is on the wire); the generator
    drops a parameter without one from the operation, without a word."""
    done = []
    located = [
        (f"parameter {name}", p) for name, p in sorted((spec.get("components", {}).get("parameters") or {}).items())
    ]
    located += [(where, p) for where, op in operations(spec) for p in op.get("parameters") or []]
    for where, param in located:
        if isinstance(param, dict) and "$ref" not in param and not isinstance(param.get("schema"), dict):
            param.pop("content", None)
            param["schema"] = {"type": "string"}
            done.append(
                f"`{where}`: {param.get('in')} parameter `{param.get('name')}` has no schema; typed as a string"
            )
    return done


_PLACEHOLDER = re.compile(r"{([^}/]+)}")


def path_parameters(spec: Json) -> list[str]:
    """Path parameters match the path's placeholders: one the path lacks is dropped, a placeholder
    without one gets a required string, and every path parameter is required. The generator leaves an
    operation out otherwise."""
    done = []
    for where, op in operations(spec):
        placeholders = _PLACEHOLDER.findall(where.split(" ", 1)[1])
        params = [p for p in op.get("parameters") or [] if isinstance(p, dict)]
        declared = [p for p in params if p.get("in") == "path"]
        for param in declared:
            if param.get("name") not in placeholders:
                op["parameters"].remove(param)
                done.append(f"`{where}`: path parameter `{param.get('name')}` is not in the path; dropped")
            elif param.get("required") is not True:
                param["required"] = True
                done.append(f"`{where}`: path parameter `{param.get('name')}` not required; made required")
        names = {p.get("name") for p in declared}
        for name in placeholders:
            if name not in names:
                names.add(name)
                op.setdefault("parameters", []).append(
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                )
                done.append(f"`{where}`: path placeholder `{{{name}}}` has no parameter; declared a required string")
    return done


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


def empty_enums(spec: Json) -> list[str]:
    """An enum of no value says nothing; it is dropped (the generator refuses the whole document)."""
    done = []
    for where, node in schema_nodes(spec):
        if node.get("enum") == []:
            del node["enum"]
            done.append(f"`{where}`: enum lists no value; dropped")
    return done


_KIND_SCHEMAS: dict[str, Json] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "object": {"type": "object"},
    "array": {"type": "array", "items": {}},
}


def _kind(value: Any) -> str:
    """The JSON type of an enum value (a whole number written 2.0 is a number)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object" if isinstance(value, dict) else "array"


def unsupported_enums(spec: Json) -> list[str]:
    """The generator makes enums of strings, of integers and of booleans alone: an enum of numbers
    with fractions, of objects or arrays, or of values of several types, stops it. Such an enum
    becomes its values' types: an `anyOf` of one schema per type, the string and integer values
    kept as enums of their own (integers and fractions together are numbers); null stays allowed."""
    done = []
    for where, node in schema_nodes(spec):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        kinds: dict[str, list[Any]] = {}
        for value in values:
            if value is not None:
                kinds.setdefault(_kind(value), []).append(value)
        if "integer" in kinds and "number" in kinds:
            kinds["number"] = [*kinds.pop("integer"), *kinds["number"]]
        if len(kinds) <= 1 and not {"number", "object", "array"} & set(kinds):
            continue
        parts = []
        for kind in sorted(kinds):
            part = dict(_KIND_SCHEMAS[kind])
            if kind in ("string", "integer"):
                part["enum"] = kinds[kind]
            parts.append(part)
        del node["enum"]
        node.pop("type", None)
        node.pop("format", None)
        if len(parts) == 1:
            node.update(parts[0])
        else:
            node["anyOf"] = parts
        if None in values:
            node["nullable"] = True
        listed = ", ".join(f"{kind} ({len(kinds[kind])})" for kind in sorted(kinds))
        done.append(f"`{where}`: enum of values the generator makes no enum of: {listed}; typed as such values")
    return done


def nullable_enums(spec: Json) -> list[str]:
    """A nullable enum lists null among its values instead (OpenAPI 3.0.3: `nullable` does not add
    null to an enum). The generator ignores `nullable` beside `enum`, so it typed the value as never
    null, and made three classes of an enum both nullable and listing null. With null listed it types
    the value `X | None`; a `title` keeps the class the name it had."""
    done = []
    for where, node, name in named_schema_nodes(spec):
        values = node.get("enum")
        if not isinstance(values, list) or not values or node.get("nullable") is not True:
            continue
        del node["nullable"]
        if None in values:
            done.append(f"`{where}`: enum lists null and is nullable; `nullable` dropped")
        else:
            node["enum"] = [*values, None]
            done.append(f"`{where}`: nullable enum does not list null; null listed")
        if name is not None and "title" not in node:
            node["title"] = name
    return done


def colliding_enum_names(spec: Json) -> list[str]:
    """Enum values that would get one member name (`in-app`, `in_app` and `In App` are all IN_APP)
    get names of their own (`x-enum-varnames`): the first keeps it, the next take _2, _3... The
    generator refuses such an enum, or silently keeps only one of the values."""
    done = []
    for where, node in schema_nodes(spec):
        values = [v for v in node.get("enum") or [] if v is not None]
        if not values or "x-enum-varnames" in node:
            continue
        names = enum_member_names(values)
        if len(set(names)) == len(names):
            continue
        unique: list[str] = []
        for member in names:
            candidate, number = member, 2
            while candidate in unique or (candidate != member and candidate in names):
                candidate, number = f"{member}_{number}", number + 1
            unique.append(candidate)
        node["x-enum-varnames"] = unique
        shared = ", ".join(sorted({n for n in names if names.count(n) > 1}))
        renamed = ", ".join(f"{v!r} is {u}" for v, n, u in zip(values, names, unique, strict=True) if n != u)
        done.append(f"`{where}`: enum values share the member name {shared}; {renamed}")
    return done


def array_items(spec: Json) -> list[str]:
    """An array without `items` holds values of any type (the generator refuses it)."""
    done = []
    for where, node in schema_nodes(spec):
        if "array" in _types(node) and "items" not in node and "prefixItems" not in node:
            node["items"] = {}
            done.append(f"`{where}`: array without `items`; items of any type")
    return done


def _types(schema: Json) -> list[Any]:
    """The schema's `type` as a list (OpenAPI 3.1 allows a list)."""
    kind = schema.get("type")
    return list(kind) if isinstance(kind, list) else [kind]


_DROP = object()


def impossible_defaults(spec: Json) -> list[str]:
    """A default its schema cannot hold (not one of the enum's values, not of the schema's type or
    format) becomes the value it spells when there is one (`"10"` of an integer is 10), else goes.
    The generator refuses the schema, and with it every operation that uses it."""
    done = []
    for where, node in schema_nodes(spec):
        if "default" not in node or node["default"] is None or "$ref" in node:
            continue
        default = node["default"]
        fixed, why = _fit_default(resolve(spec, node) if "allOf" in node else node, default)
        if why is None:
            continue
        if fixed is _DROP:
            del node["default"]
            done.append(f"`{where}`: default {default!r} {why}; dropped")
        else:
            node["default"] = fixed
            done.append(f"`{where}`: default {default!r} {why}; {fixed!r} instead")
    return done


def _fit_default(schema: Json, value: Any) -> tuple[Any, str | None]:
    """(the value to keep, None) if `value` fits `schema`; else (a replacement or _DROP, why)."""
    if not isinstance(schema, dict):
        return value, None
    values = [v for v in schema.get("enum") or [] if v is not None]
    if values:
        if any(type(v) is type(value) and v == value for v in values):
            return value, None
        spelled = [v for v in values if str(v) == str(value)]
        return (spelled[0] if spelled else _DROP), "is not one of the enum's values"
    branches = [b for b in (schema.get("oneOf") or []) + (schema.get("anyOf") or []) if isinstance(b, dict)]
    if branches:
        if any(_fit_default(branch, value)[1] is None for branch in branches):
            return value, None
        return _DROP, "fits none of the schema's alternatives"
    types = _types(schema)
    for kind in types:
        if kind is None or kind == "null":
            continue
        fitted = _fit_type(kind, schema.get("format"), value)
        if fitted is not _DROP:
            same = fitted == value and type(fitted) is type(value)
            return (value, None) if same else (fitted, f"is not {_a(kind, schema.get('format'))}")
    known = [kind for kind in types if kind in _A]
    return (_DROP, f"is not {_a(known[0], schema.get('format'))}") if known else (value, None)


_A = {"integer": "an integer", "number": "a number", "boolean": "a boolean", "string": "a string"}
_A |= {"array": "an array", "object": "an object"}


def _a(kind: str, form: str | None) -> str:
    return f"a {form}" if kind == "string" and form in _FORMATS else _A[kind]


def _fit_type(kind: str, form: str | None, value: Any) -> Any:
    """`value` as a value of the JSON type `kind` (and string format `form`), or _DROP."""
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return int(value) if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()) else _DROP
    if kind == "number":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        try:
            return float(value) if isinstance(value, str) else _DROP
        except ValueError:
            return _DROP
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(value.lower(), _DROP) if isinstance(value, str) else _DROP
    if kind == "string":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            return _DROP
        parse = _FORMATS.get(form or "")
        try:
            if parse is not None:
                parse(value)
        except ValueError:
            return _DROP
        return value
    if kind == "array":
        return value if isinstance(value, list) else _DROP
    if kind == "object":
        return value if isinstance(value, dict) else _DROP
    return value


# The string formats whose values the generator parses (and refuses a default it cannot parse).
_FORMATS: dict[str, Callable[[str], object]] = {
    "date-time": datetime.datetime.fromisoformat,
    "date": datetime.date.fromisoformat,
    "uuid": uuid.UUID,
}


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


# Formats the generator reads into classes of their own; a plain string merges with the first three.
_STRING_CLASSES = ("date", "date-time", "binary", "uuid")


def _schema_kind(schema: Json) -> str | None:
    """What the generator makes of a (resolved) schema, for merging: a JSON type, `union`, or None (any)."""
    if not isinstance(schema, dict):
        return None
    kinds = [k for k in _types(schema) if k not in (None, "null")]
    if kinds:
        return str(kinds[0]) if len(kinds) == 1 else "union"
    if schema.get("anyOf") or schema.get("oneOf"):
        return "union"
    if "properties" in schema or "allOf" in schema:
        return "object"
    values = [v for v in schema.get("enum") or [] if v is not None]
    return _kind(values[0]) if values else None


def _mergeable(spec: Json, first: Json, second: Json) -> bool:
    """Whether the generator merges two schemas of one property of an allOf (its merge rules: any
    with anything, integer with number, a plain string with a date, a date-time or a file, an enum
    with its own type or a subset of itself, arrays by their items, objects with objects)."""
    a, b = resolve(spec, first), resolve(spec, second)
    if a == b:
        return True
    kind_a, kind_b = _schema_kind(a), _schema_kind(b)
    if kind_a is None or kind_b is None or {kind_a, kind_b} == {"integer", "number"}:
        return True
    if kind_a != kind_b:
        return False
    values_a, values_b = a.get("enum"), b.get("enum")
    if isinstance(values_a, list) and isinstance(values_b, list):
        set_a, set_b = {repr(v) for v in values_a}, {repr(v) for v in values_b}
        if not (set_a <= set_b or set_b <= set_a):
            return False
    if kind_a == "string":
        class_a, class_b = (f if f in _STRING_CLASSES else "string" for f in (a.get("format"), b.get("format")))
        if class_a != class_b and "string" not in (class_a, class_b):
            return False
        if {class_a, class_b} == {"string", "uuid"}:
            return False
    if kind_a == "array":
        return _mergeable(spec, a.get("items") or {}, b.get("items") or {})
    return True


def _object_parts(spec: Json, node: Json, seen: frozenset[str] = frozenset()) -> list[Json]:
    """The object schemas an allOf is made of, its own properties included, nested allOfs flattened."""
    parts = [node] if isinstance(node, dict) and node.get("properties") else []
    for member in node.get("allOf") or [] if isinstance(node, dict) else []:
        ref = member.get("$ref") if isinstance(member, dict) else None
        if isinstance(ref, str) and ref in seen:
            continue
        target = resolve(spec, member)
        parts += _object_parts(spec, target, seen | {ref} if isinstance(ref, str) else seen)
    return parts


def _narrowest(spec: Json, variants: list[Json]) -> Json:
    """Of schemas the generator merges, the one its merge keeps the validation of: an enum, an
    integer over a number, a string with a format; else the last, as later members override."""

    def rank(variant: Json) -> int:
        target = resolve(spec, variant)
        return 3 if "enum" in target else 2 if _schema_kind(target) == "integer" else 1 if "format" in target else 0

    return max(reversed(variants), key=rank)


def conflicting_all_of(spec: Json) -> list[str]:
    """An allOf whose members give one property types the generator cannot merge (a string and an
    integer, a date and a date-time) stops the generator. Such an allOf becomes the one object it
    describes, every member's properties and requirements together, a conflicting property any of
    its types (`anyOf`)."""
    done = []
    for where, node in schema_nodes(spec):
        if not isinstance(node.get("allOf"), list):
            continue
        parts = _object_parts(spec, node)
        defined: dict[str, list[Json]] = {}
        for part in parts:
            for name, schema in (part.get("properties") or {}).items():
                defined.setdefault(name, []).append(schema)
        conflicts = sorted(
            name
            for name, variants in defined.items()
            if any(not _mergeable(spec, x, y) for i, x in enumerate(variants) for y in variants[i + 1 :])
        )
        if not conflicts:
            continue
        properties: dict[str, Json] = {}
        for name, variants in defined.items():
            distinct = [v for i, v in enumerate(variants) if v not in variants[:i]]
            properties[name] = {"anyOf": distinct} if name in conflicts else _narrowest(spec, distinct)
        required = sorted({name for part in parts for name in part.get("required") or [] if name in defined})
        del node["allOf"]
        node.pop("properties", None)
        node.update({"type": "object", "properties": properties})
        if required:
            node["required"] = required
        done.append(
            f"`{where}`: allOf members give {', '.join(f'`{c}`' for c in conflicts)} types that cannot be "
            "merged; one object, such a property any of them"
        )
    return done


# Media types the generated client sends as raw bytes under their own Content-Type, and answers in
# which it reads raw bytes: the derived spec lists them, scripts/generate_client.py tells the
# generator to treat them as application/octet-stream.
BINARY_MEDIA_TYPES = "x-novu-binary-media-types"
_BINARY = {"type": "string", "format": "binary"}


def _essence(media: str) -> str:
    return media.split(";", 1)[0].strip().lower()


def _json_like(media: str) -> bool:
    essence = _essence(media)
    return essence == "application/json" or essence.endswith("+json")


def _sendable(media: str) -> bool:
    essence = _essence(media)
    return _json_like(media) or essence in (
        "multipart/form-data",
        "application/x-www-form-urlencoded",
        "application/octet-stream",
    )


def _readable(media: str) -> bool:
    return _json_like(media) or _essence(media).startswith("text/") or _essence(media) == "application/octet-stream"


def unsupported_media_types(spec: Json) -> list[str]:
    """The generator sends JSON, forms and bytes, and reads JSON, text and bytes; any other media
    type (a text/plain or XML body, an XML or PDF answer) stops it. Beside one it can handle, such a
    media type goes; alone, it is sent or read as raw bytes under its own Content-Type, wherever it
    appears (the generator's setting is per media type). A request body's media type without a
    schema is any JSON value, or bytes."""
    done = []
    binary: set[str] = set(spec.get(BINARY_MEDIA_TYPES) or [])
    holders = list(_content_holders(spec))
    for where, holder in holders:
        content = holder.get("content")
        if not isinstance(content, dict):
            continue
        request = where.endswith(" body") or where.startswith("requestBodies ")
        handled = _sendable if request else _readable
        for media in sorted(content):
            item = content[media]
            if request and handled(media) and not (isinstance(item, dict) and isinstance(item.get("schema"), dict)):
                content[media] = {
                    **(item if isinstance(item, dict) else {}),
                    "schema": {} if _json_like(media) else dict(_BINARY),
                }
                done.append(f"`{where}`: {media} has no schema; {'any JSON value' if _json_like(media) else 'bytes'}")
            if handled(media) or _essence(media) in binary:
                continue
            others = [m for m in content if handled(m)]
            if others:
                del content[media]
                verb = "send" if request else "read"
                done.append(f"`{where}`: the client cannot {verb} {media}; dropped beside {others[0]}")
            else:
                binary.add(_essence(media))
                done.append(f"`{where}`: {media} {'sent' if request else 'read'} as raw bytes under its own media type")
    for _where, holder in holders:
        for media, item in (holder.get("content") or {}).items():
            if _essence(media) in binary and isinstance(item, dict) and item.get("schema") != _BINARY:
                item["schema"] = dict(_BINARY)
    if binary:
        spec[BINARY_MEDIA_TYPES] = sorted(binary)
    return done


RULES: tuple[Callable[[Json], list[str]], ...] = (
    duplicate_parameters,
    parameter_schemas,
    path_parameters,
    duplicate_enum_values,
    empty_enums,
    unsupported_enums,
    nullable_enums,
    colliding_enum_names,
    array_items,
    impossible_defaults,
    regex_literal_patterns,
    overlapping_one_of,
    conflicting_all_of,
    unsupported_media_types,
)


def apply(spec: Json) -> list[str]:
    """Apply every rule in order; one line per repair."""
    done: list[str] = []
    for rule in RULES:
        done += rule(spec)
    return done
