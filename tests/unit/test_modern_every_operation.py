"""Every operation of openapi/novu.yaml, called through `Novu` and `AsyncNovu` against the spec's mock.

Arguments come from the spec by rule: path parameters an id, required query parameters and a
required body a minimal value of their schemas (the body as its raw model, `body=`). The call must
send the operation's method and path and return what the generated layer declares, so a spec that
grows (new operations, namespaces) is covered without a line per operation.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from novu_facade import AsyncNovu, Novu
from novu_facade._modern._index import OPERATIONS
from novu_facade._pagination import AsyncListPager, ListPager
from tests.docs import spec_mock

URL = "https://api.novu.test"


def _operation(method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec_mock._spec()["paths"][path][method.lower()]
    return found


def _value(schema: Any) -> Any:
    value = spec_mock._from_schema(schema)
    return "id-1" if value in (None, "string", "") else value


def _form(schema: Any) -> dict[str, Any]:
    """A minimal form body: its required fields, files as a few bytes."""
    schema = spec_mock._resolve(schema)
    found: dict[str, Any] = {}
    for name in schema.get("required", []):
        field = spec_mock._resolve(schema.get("properties", {}).get(name, {}))
        items = spec_mock._resolve(field.get("items", {}))
        if field.get("format") == "binary":
            found[name] = b"{}"
        elif items.get("format") == "binary":
            found[name] = [b"{}"]
        else:
            found[name] = _value(field)
    return found


def arguments(operation_id: str) -> tuple[list[Any], dict[str, Any]]:
    _namespace, _method, http_method, path, raw, kind = OPERATIONS[operation_id]
    spec = _operation(http_method, path)
    module = importlib.import_module(f"novu_client.api.{raw}")
    raw_parameters = inspect.signature(module._get_kwargs).parameters
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    by_name = {p["name"]: p for p in map(spec_mock._resolve, spec.get("parameters", []))}
    for wire in re.findall(r"\{([^}]+)\}", path):
        schema = spec_mock._resolve(by_name[wire].get("schema", {}))
        positional.append(_value(schema) if "enum" in schema else "id-1")
    for parameter in by_name.values():
        if parameter["in"] == "query" and parameter.get("required"):
            keywords[str(PythonIdentifier(parameter["name"], prefix="field_"))] = _value(parameter.get("schema", {}))
    body = spec_mock._resolve(spec.get("requestBody"))
    if body and "body" in raw_parameters:
        content_type, content = next(iter(body["content"].items()))
        example = _value(content["schema"]) if "json" in content_type else _form(content["schema"])
        annotation = str(raw_parameters["body"].annotation).replace(" | Unset", "")
        model = getattr(importlib.import_module("novu_client.models"), annotation, None)
        keywords["body"] = model.from_dict(example) if model is not None and isinstance(example, dict) else example
        if kind == "bulk":
            keywords.setdefault("max_in_flight", 1)
    return positional, keywords


def method_of(client: Any, operation_id: str) -> Any:
    namespace, method, *_ = OPERATIONS[operation_id]
    for part in filter(None, namespace.split(".")):
        client = getattr(client, part)
    return getattr(client, method)


@pytest.fixture
def mock() -> Iterator[spec_mock.SpecMock]:
    yield spec_mock.SpecMock()


def declared_return(bound: Any) -> str:
    return str(inspect.signature(bound).return_annotation)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_through_novu(operation_id: str, mock: spec_mock.SpecMock) -> None:
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(mock), base_url=URL))
    method = method_of(novu, operation_id)
    positional, keywords = arguments(operation_id)
    result = method(*positional, **keywords)
    if isinstance(result, ListPager):
        items = list(result)
        assert isinstance(items, list)
    http_method = OPERATIONS[operation_id][2]
    assert mock.unmatched == []
    assert mock.requests and mock.requests[0].method == http_method
    returns = declared_return(method)
    if returns == "None":
        assert result is None
    elif not returns.startswith(("ListPager", "list[", "builtins.", "bool", "float", "str")) and "|" not in returns:
        assert type(result).__name__ == returns, (returns, result)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_through_async_novu(operation_id: str, mock: spec_mock.SpecMock) -> None:
    async def main() -> Any:
        session = httpx.AsyncClient(transport=httpx.MockTransport(mock), base_url=URL)
        novu = AsyncNovu("k", URL, session=session)
        positional, keywords = arguments(operation_id)
        result = method_of(novu, operation_id)(*positional, **keywords)
        if isinstance(result, AsyncListPager):
            return [item async for item in result]
        return await result

    asyncio.run(main())
    assert mock.unmatched == [] and mock.requests
    assert mock.requests[0].method == OPERATIONS[operation_id][2]
