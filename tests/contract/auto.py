"""Contract calls built by rule from openapi/novu.yaml, for the operations no hand-written test reaches.

Which operations: those of the spec that no hand-written cassette (every cassette but `raw.auto.*`)
exercises, by the matcher of tests/contract/test_operation_coverage.py. Each gets one cassette,
`raw.auto.<tag>.<operation>`, written by `scripts/record.sh --missing` against the local mock and
replayed by tests/contract/test_auto_contract.py. An operation without a cassette still fails the
coverage test until it is recorded; an auto cassette of an operation a hand-written test has since
come to reach is stale (tests/contract/test_cassette_hygiene.py) and the next `--missing` run drops it.

The call: path parameters, required query parameters and (when required) the request body, each
built from its schema by :class:`Builder`: the `example` / `examples` of the spec (overlay
included) where there is one, else a value from the schema itself (see :meth:`Builder.value`). The
wire values become the keyword arguments of the generated `sync_detailed` by their annotations
(:func:`python_value`): enums, models (`from_dict`), files, dates.
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import inspect
import io
import math
import re
import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from openapi_python_client.strings import snake_case

from tests.contract import test_operation_coverage as coverage
from tests.contract.recording import CASSETTES

PREFIX = "raw.auto."
"""Cassettes of this suite are named `raw.auto.<tag>.<operation>`; every other one is hand-written."""

FILE_CONTENT = b'{"greeting": "Hello {{subscriber.firstName}}"}\n'
"""The file a `format: binary` value sends (a small JSON document, like the translation uploads want)."""
FILE_NAME = "contract.json"
MEDIA_TYPES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")
"""Request body media types in the order they are preferred, when an operation offers several."""

STRING_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "Y29udHJhY3Q=",
    "binary": FILE_CONTENT,
}
STRINGS = ("string", "string1", "string-1", "string_1", "String", "a", "A", "a1", "1")
"""Candidates for a plain string, the first one its pattern and lengths allow."""

Json = Any


class BuildError(ValueError):
    """No value satisfies the schema by these rules."""


def spec() -> Json:
    """openapi/novu.yaml, parsed once (never modified: the builder copies what it takes)."""
    return coverage.spec_document()


# --------------------------------------------------------------------------------------------
# Values from schemas
# --------------------------------------------------------------------------------------------


def _first_example(node: Json, spec: Json) -> tuple[bool, Json]:
    """(found, value) of a schema's, parameter's or media type's `example` / first of its `examples`."""
    if "example" in node:
        return True, copy.deepcopy(node["example"])
    examples = node.get("examples")
    if isinstance(examples, list) and examples:  # a schema's (OpenAPI 3.1)
        return True, copy.deepcopy(examples[0])
    if isinstance(examples, dict) and examples:  # a parameter's or media type's: name -> Example object
        first = examples[sorted(examples)[0]]
        if isinstance(first, dict) and "$ref" in first:
            first = resolve_ref(spec, first["$ref"])
        if isinstance(first, dict) and "value" in first:
            return True, copy.deepcopy(first["value"])
    return False, None


def resolve_ref(spec: Json, ref: str) -> Json:
    if not ref.startswith("#/"):
        raise BuildError(f"external reference {ref}")
    node = spec
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


class Builder:
    """Wire values (what goes on the wire as JSON, bytes for a file) from the schemas of one spec."""

    def __init__(self, spec: Json) -> None:
        self.spec = spec

    def deref(self, schema: Json, seen: tuple[str, ...] = ()) -> tuple[Json, tuple[str, ...]]:
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise BuildError(f"{ref} requires itself")
            seen = (*seen, ref)
            schema = resolve_ref(self.spec, ref)
        return schema, seen

    def value(self, schema: Json, seen: tuple[str, ...] = ()) -> Json:
        """A value of `schema`, by the first rule that applies:

        `$ref` resolved; `example` / first of `examples`; `const`; the first `enum` value; `default`;
        `allOf` merged; `oneOf` / `anyOf`: the first branch that can be built; objects: only their
        required properties (`additionalProperties` only when `minProperties` asks for entries);
        arrays: `minItems` items (at least one of a file); strings by `format`, else the first of
        :data:`STRINGS` that the pattern and lengths allow; numbers: the least the bounds allow (0
        if none); booleans: true. A nullable schema still gets a value of its type.
        """
        schema, seen = self.deref(schema, seen)
        if schema is True or schema == {}:
            return "string"
        if not isinstance(schema, dict):
            raise BuildError(f"not a schema: {schema!r}")
        found, example = _first_example(schema, self.spec)
        if found:
            return example
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if schema.get("enum"):
            return copy.deepcopy(schema["enum"][0])
        if "default" in schema:
            return copy.deepcopy(schema["default"])
        if "allOf" in schema:
            return self.value(self.merge_all_of(schema, seen), seen)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.one_of(schema, key, seen)
        kind = schema.get("type")
        if isinstance(kind, list):  # OpenAPI 3.1: ["string", "null"]
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "null":
            return None
        if kind == "object" or "properties" in schema or ("additionalProperties" in schema and kind is None):
            return self.object(schema, seen)
        if kind == "array":
            return self.array(schema, seen)
        if kind == "string" or kind is None:
            return self.string(schema)
        if kind in ("integer", "number"):
            return self.number(schema, kind)
        if kind == "boolean":
            return True
        raise BuildError(f"unknown type {kind!r}")

    def merge_all_of(self, schema: Json, seen: tuple[str, ...]) -> Json:
        """One schema of an `allOf` and its siblings: properties and required lists combined."""
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k not in ("allOf", "description", "nullable")}
        for branch in schema["allOf"]:
            part, _ = self.deref(branch, seen)
            if "allOf" in part:
                part = self.merge_all_of(part, seen)
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                elif key not in merged:
                    merged[key] = value
        return merged

    def one_of(self, schema: Json, key: str, seen: tuple[str, ...]) -> Json:
        failures = []
        mapping = (schema.get("discriminator") or {}).get("mapping") or {}
        tag = (schema.get("discriminator") or {}).get("propertyName")
        for branch in schema[key]:
            try:
                value = self.value(branch, seen)
            except BuildError as exc:
                failures.append(str(exc))
                continue
            if tag and isinstance(value, dict) and isinstance(branch, dict) and "$ref" in branch:
                names = [name for name, ref in mapping.items() if ref == branch["$ref"]]
                value[tag] = names[0] if names else branch["$ref"].rsplit("/", 1)[1]
            return value
        raise BuildError(f"no branch of {key} can be built: {'; '.join(failures)}")

    def object(self, schema: Json, seen: tuple[str, ...]) -> Json:
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        out: dict[str, Any] = {}
        for name in schema.get("required") or []:
            if name in properties:
                prop, _ = self.deref(properties[name], seen)
                if isinstance(prop, dict) and prop.get("readOnly"):
                    continue
                out[name] = self.value(properties[name], seen)
            elif isinstance(extra, dict):
                out[name] = self.value(extra, seen)
            else:
                out[name] = "string"
        wanted = int(schema.get("minProperties") or 0) - len(out)
        for index in range(max(wanted, 0)):
            out[f"key{index}"] = self.value(extra if isinstance(extra, dict) else {}, seen)
        return out

    def array(self, schema: Json, seen: tuple[str, ...]) -> Json:
        items = schema.get("items", {})
        count = int(schema.get("minItems") or 0)
        item, _ = self.deref(items, seen)
        if isinstance(item, dict) and item.get("format") == "binary":
            count = max(count, 1)
        return [self.value(items, seen) for _ in range(count)]

    def string(self, schema: Json) -> Json:
        fmt = schema.get("format")
        if fmt in STRING_FORMATS:
            return STRING_FORMATS[fmt]
        low, high = int(schema.get("minLength") or 0), schema.get("maxLength")
        pattern = schema.get("pattern")
        try:
            regex = re.compile(pattern) if pattern else None
        except re.error as exc:
            raise BuildError(f"pattern {pattern!r} is no regular expression: {exc}") from exc
        for base in STRINGS:
            candidate = base + "x" * max(low - len(base), 0)
            if high is not None and len(candidate) > int(high):
                continue
            if regex is None or regex.search(candidate):
                return candidate
        raise BuildError(f"no string of {STRINGS} fits pattern {pattern!r} and lengths [{low}, {high}]")

    def number(self, schema: Json, kind: str) -> Json:
        low = schema.get("minimum")
        if schema.get("exclusiveMinimum") is True and low is not None:
            low = low + 1
        elif isinstance(schema.get("exclusiveMinimum"), (int, float)) and not isinstance(
            schema.get("exclusiveMinimum"), bool
        ):
            low = schema["exclusiveMinimum"] + 1
        high = schema.get("maximum")
        value = low if low is not None else 0
        if high is not None and value > high:
            value = high
        return math.ceil(value) if kind == "integer" else value


# --------------------------------------------------------------------------------------------
# Operations and their calls
# --------------------------------------------------------------------------------------------


class Operation(NamedTuple):
    name: str
    """`<tag>.<operation>`: the generated module, novu_client.api.<name>."""
    method: str
    template: str
    op: Json

    @property
    def cassette(self) -> str:
        return PREFIX + self.name

    @property
    def label(self) -> str:
        return f"{self.method} {self.template} ({self.name})"

    def successes(self) -> dict[int, Json]:
        """Documented 2xx status -> its response object."""
        return {int(s): r for s, r in self.op.get("responses", {}).items() if str(s).isdigit() and 200 <= int(s) < 300}


def spec_operations(spec: Json) -> list[Operation]:
    return [
        Operation(f"{snake_case(op['tags'][0])}.{snake_case(op['operationId'])}", method.upper(), template, op)
        for template, item in spec["paths"].items()
        for method, op in item.items()
        if method in coverage.METHODS
    ]


def hand_written_reach(ops: list[Operation], directory: Path = CASSETTES) -> set[tuple[str, str]]:
    """(method, template) of the operations the hand-written cassettes in `directory` exercise,
    matched as the coverage test matches them."""
    templates = tuple(coverage.Operation(op.method, op.template, op.name) for op in ops)
    reached = set()
    for name, method, path in coverage.recorded_requests(directory):
        found = None if name.startswith(PREFIX) else coverage.match(method, path, templates)
        if found is not None:
            reached.add((found.method, found.template))
    return reached


def auto_operations(spec: Json | None = None, directory: Path = CASSETTES) -> list[Operation]:
    """The operations of the spec that no hand-written cassette reaches, by name."""
    ops = spec_operations(spec if spec is not None else coverage.spec_document())
    reached = hand_written_reach(ops, directory)
    return sorted((op for op in ops if (op.method, op.template) not in reached), key=lambda op: op.name)


class Call(NamedTuple):
    """One operation's request, as wire values."""

    path: dict[str, Json]
    query: dict[str, Json]
    body: Json
    media_type: str | None


def build_call(operation: Operation, spec: Json) -> Call:
    builder = Builder(spec)
    path: dict[str, Json] = {}
    query: dict[str, Json] = {}
    for parameter in operation.op.get("parameters") or []:
        parameter, _ = builder.deref(parameter)
        where = parameter["in"]
        if where == "path" or (where == "query" and parameter.get("required")):
            found, value = _first_example(parameter, spec)
            try:
                value = value if found else builder.value(parameter.get("schema", {}))
            except BuildError as exc:
                raise BuildError(f"{operation.label}: {where} parameter {parameter['name']}: {exc}") from exc
            (path if where == "path" else query)[parameter["name"]] = value
        elif parameter.get("required"):
            raise BuildError(f"{operation.label}: required {where} parameter {parameter['name']} is not supported")
    body, media_type = None, None
    request_body, _ = builder.deref(operation.op.get("requestBody") or {})
    content = request_body.get("content") or {}
    if request_body.get("required") and content:
        media_type = next((m for m in MEDIA_TYPES if m in content), sorted(content)[0])
        media = content[media_type]
        found, body = _first_example(media, spec)
        if not found:
            try:
                body = builder.value(media.get("schema", {}))
            except BuildError as exc:
                raise BuildError(f"{operation.label}: request body ({media_type}): {exc}") from exc
    return Call(path, query, body, media_type)


# --------------------------------------------------------------------------------------------
# Wire values -> the generated client's arguments
# --------------------------------------------------------------------------------------------


class _Names(dict[str, Any]):
    """Annotation namespace: the generated module's globals, then the package's models and types."""

    def __init__(self, module: types.ModuleType, package: str) -> None:
        super().__init__(vars(module))
        self.package = package

    def __missing__(self, name: str) -> Any:
        for where in ("models", "types", "client"):
            found = getattr(importlib.import_module(f"{self.package}.{where}"), name, None)
            if found is not None:
                return found
        raise KeyError(name)


def hints(function: Callable[..., Any], package: str) -> dict[str, Any]:
    module = inspect.getmodule(function)
    assert module is not None
    names = _Names(module, package)
    return typing.get_type_hints(function, globalns=names, localns=names)


def _members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def wire_value(value: Any) -> Any:
    """What a Python argument goes on the wire as (to compare a conversion with what it came from)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [wire_value(v) for v in value]
    if isinstance(value, dict):
        return {k: wire_value(v) for k, v in value.items()}
    if isinstance(value, datetime.datetime | datetime.date):
        return value
    if hasattr(value, "payload"):
        return value.payload.getvalue()
    return value


def python_value(value: Any, annotation: Any) -> Any:
    """The argument of type `annotation` that sends `value`.

    Of a union, the first member whose argument sends back exactly `value` (`Unset` and None left
    out, None only for None); a model is built with `from_dict`, an enum from its value, a file
    with :data:`FILE_NAME`, a date from its ISO text.
    """
    members = [m for m in _members(annotation) if getattr(m, "__name__", "") != "Unset"]
    if value is None:
        if type(None) in members or Any in members:
            return None
        raise BuildError(f"None for {annotation}")
    candidates = [m for m in members if m is not type(None)]
    if len(candidates) == 1:
        return _convert(value, candidates[0])
    errors = []
    for member in candidates:
        try:
            converted = _convert(value, member)
        except (BuildError, ValueError, TypeError, KeyError, AttributeError) as exc:
            errors.append(f"{member}: {exc!r}")
            continue
        if _same(wire_value(converted), value):
            return converted
        errors.append(f"{member}: sends {wire_value(converted)!r}")
    raise BuildError(f"{value!r} fits no member of {annotation}: {'; '.join(errors)}")


def _same(sent: Any, value: Any) -> bool:
    if isinstance(sent, datetime.datetime | datetime.date):
        return isinstance(value, str)
    return bool(sent == value and type(sent) is type(value))


def _convert(value: Any, annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if annotation is Any or annotation is object:
        return value
    if origin in (typing.Union, types.UnionType):
        return python_value(value, annotation)
    if origin is list:
        if not isinstance(value, list):
            raise BuildError(f"{value!r} is not a list")
        (item,) = typing.get_args(annotation) or (Any,)
        return [python_value(v, item) for v in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise BuildError(f"{value!r} is not an object")
        args = typing.get_args(annotation)
        return {k: python_value(v, args[1]) for k, v in value.items()} if args else dict(value)
    if origin is typing.Literal:
        if value not in typing.get_args(annotation):
            raise BuildError(f"{value!r} is not one of {typing.get_args(annotation)}")
        return value
    if not isinstance(annotation, type):
        raise BuildError(f"unsupported annotation {annotation!r}")
    if issubclass(annotation, enum.Enum):
        return annotation(value)
    if hasattr(annotation, "from_dict"):
        if not isinstance(value, dict):
            raise BuildError(f"{value!r} is not an object for {annotation.__name__}")
        return annotation.from_dict(value)
    if annotation.__name__ == "File":
        data = value if isinstance(value, bytes) else str(value).encode()
        return annotation(payload=io.BytesIO(data), file_name=FILE_NAME, mime_type="application/json")
    if annotation is datetime.datetime:
        return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if annotation is datetime.date:
        return datetime.date.fromisoformat(str(value))
    if annotation is bool:
        if not isinstance(value, bool):
            raise BuildError(f"{value!r} is not a boolean")
        return value
    if annotation in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise BuildError(f"{value!r} is not a number")
        return annotation(value) if annotation is float else value
    if annotation is str:
        if not isinstance(value, str):
            raise BuildError(f"{value!r} is not a string")
        return value
    if annotation is bytes:
        return value if isinstance(value, bytes) else str(value).encode()
    if isinstance(value, annotation):
        return value
    raise BuildError(f"{value!r} is not a {annotation.__name__}")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def arguments(operation: Operation, call: Call, package: str = "novu_client") -> dict[str, Any]:
    """The keyword arguments of the generated `sync_detailed` for `call`."""
    module = importlib.import_module(f"{package}.api.{operation.name}")
    annotations = hints(module._get_kwargs, package)
    by_key = {_key(name): name for name in annotations if name != "return"}
    kwargs: dict[str, Any] = {}
    for name, value in [*call.path.items(), *call.query.items()]:
        python = by_key.get(_key(name))
        if python is None:
            raise BuildError(f"{operation.label}: the generated call has no argument for {name} ({sorted(by_key)})")
        kwargs[python] = python_value(value, annotations[python])
    if call.media_type is not None:
        if "body" not in annotations:
            raise BuildError(f"{operation.label}: the generated call takes no body")
        kwargs["body"] = _name_files(python_value(call.body, annotations["body"]))
    return kwargs


def _name_files(value: Any) -> Any:
    """Give the files a model's `from_dict` made (a payload alone) :data:`FILE_NAME` and a media type,
    so that they go as file parts, as an upload would."""
    if hasattr(value, "payload") and hasattr(value, "file_name"):
        value.file_name = value.file_name or FILE_NAME
        value.mime_type = value.mime_type or "application/json"
    elif isinstance(value, list):
        for item in value:
            _name_files(item)
    elif hasattr(value, "__attrs_attrs__"):
        for field in value.__attrs_attrs__:
            _name_files(getattr(value, field.name))
    return value


def success_types(operation: Operation, package: str = "novu_client") -> tuple[Any, ...]:
    """The types `parsed` may have for a documented success: the members of sync_detailed's Response[T]."""
    module = importlib.import_module(f"{package}.api.{operation.name}")
    returned = hints(module.sync_detailed, package)["return"]
    (parsed,) = typing.get_args(returned)
    return tuple(typing.get_origin(m) or m for m in _members(parsed))


def names(ops: Iterable[Operation]) -> list[str]:
    return [op.name for op in ops]
