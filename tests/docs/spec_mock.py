"""An in-process mock of the Novu API answering from openapi/novu.yaml, as the local Prism mock does.

Each request is matched to its operation (method and path template); the answer is the first
success response of that operation, with its first example, or a minimal value built from its
schema when it has none. Errors come with a Novu error body: 422 for a query parameter outside its
bounds or enum, 404 for a path segment starting with `no-such-` (so examples can show error
handling), and 404 for a request matching no operation, which is also recorded in `unmatched` so a
test can fail on it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "novu.yaml"
MISSING = "no-such-"


@cache
def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(SPEC.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


@cache
def _routes() -> list[tuple[re.Pattern[str], str, dict[str, Any]]]:
    """(path regex, method, operation), literal paths before templated ones."""
    routes = []
    for template, item in _spec()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                routes.append((template.count("{"), pattern, method.upper(), operation))
    routes.sort(key=lambda route: route[0])
    return [(pattern, method, operation) for _, pattern, method, operation in routes]


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = _spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _from_schema(schema: Any, depth: int = 0) -> Any:
    """A minimal value of `schema`: required properties only, the first enum value, empty arrays."""
    schema = _resolve(schema)
    if depth > 12 or not isinstance(schema, dict):
        return None
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _from_schema(part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for alternatives in ("oneOf", "anyOf"):
        if alternatives in schema:
            return _from_schema(schema[alternatives][0], depth + 1)
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return []
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {name: _from_schema(properties.get(name, {}), depth + 1) for name in schema.get("required", [])}
    return {"string": "string", "integer": 0, "number": 0, "boolean": False}.get(str(kind))


def _answer(operation: dict[str, Any]) -> tuple[int, Any]:
    for code, response in operation["responses"].items():
        if not str(code).startswith("2"):
            continue
        content = (_resolve(response).get("content") or {}).get("application/json")
        if not content:
            return int(code), None
        if "example" in content:
            return int(code), content["example"]
        if content.get("examples"):
            first = _resolve(next(iter(content["examples"].values())))
            return int(code), first.get("value")
        return int(code), _from_schema(content.get("schema", {}))
    return 204, None


def _invalid_query(operation: dict[str, Any], request: httpx.Request) -> str | None:
    """Why the query breaks a bound or an enum of the operation's parameters (Prism checks these too)."""
    for parameter in map(_resolve, operation.get("parameters", [])):
        value = request.url.params.get(parameter["name"]) if parameter.get("in") == "query" else None
        if value is None:
            continue
        schema = _resolve(parameter.get("schema", {}))
        name = f"query parameter {parameter['name']}"
        if "enum" in schema and value not in map(str, schema["enum"]):
            return f"{name} must be one of {schema['enum']}"
        if schema.get("type") in ("integer", "number"):
            number = float(value)
            if "maximum" in schema and number > schema["maximum"]:
                return f"{name} must be at most {schema['maximum']}"
            if "minimum" in schema and number < schema["minimum"]:
                return f"{name} must be at least {schema['minimum']}"
    return None


class SpecMock:
    """An `httpx` handler; `requests` lists what it was sent, `unmatched` what matched no operation."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.unmatched: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        operation = next(
            (found for pattern, method, found in _routes() if method == request.method and pattern.match(path)), None
        )
        if operation is None:
            self.unmatched.append(f"{request.method} {path}")
            return self._error(request, 404, f"no operation of openapi/novu.yaml is {request.method} {path}")
        if any(segment.startswith(MISSING) for segment in path.split("/")):
            return self._error(request, 404, f"{path.rsplit('/', 1)[-1]} was not found")
        invalid = _invalid_query(operation, request)
        if invalid:
            return self._error(request, 422, invalid)
        status, body = _answer(operation)
        if body is None:
            return httpx.Response(status, request=request)
        return httpx.Response(status, json=body, request=request)

    @staticmethod
    def _error(request: httpx.Request, status: int, message: str) -> httpx.Response:
        body = {"statusCode": status, "message": message, "path": request.url.path, "timestamp": "2024-01-01T00:00:00Z"}
        return httpx.Response(status, json=body, request=request)
