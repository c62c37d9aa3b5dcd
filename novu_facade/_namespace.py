"""What the generated methods of `Novu` / `AsyncNovu` share: namespaces, request pieces, answers.

The methods themselves are generated from openapi/novu.yaml (scripts/gen_modern.py writes
novu_facade/_modern/); each is a plan (novu_facade._core) yielding one `OperationCall` built here
from its arguments, and reading the response with the generated operation's own parser (`read`),
so the result is the operation's typed success model, unwrapped from `{"data": ...}`.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from novu_client.types import UNSET

from novu_facade._answers import off_spec
from novu_facade._bulk import EVENTS_PER_REQUEST, SUBSCRIBERS_PER_REQUEST, chunked
from novu_facade._core import OperationCall, operation
from novu_facade._retry import IDEMPOTENCY_HEADER, checked_idempotency_key

__all__ = [  # what the generated modules use, as `_n.<name>`
    "EVENTS_PER_REQUEST",
    "SUBSCRIBERS_PER_REQUEST",
    "AsyncNamespace",
    "Namespace",
    "OperationCall",
    "bulk_items",
    "call",
    "chunked",
    "joined",
    "keyed",
    "merge",
    "missing",
    "model_body",
    "raw_request",
    "read",
    "read_body",
    "segment",
    "wire",
]

if TYPE_CHECKING:
    import httpx

    from novu_facade._core import Api, Call
    from novu_facade.aio import AsyncApi


class Namespace:
    """A group of operations of a `Novu` client (`novu.subscribers`); sends through the client."""

    def __init__(self, client: Api) -> None:
        self._client = client
        self._send: Callable[[Call], httpx.Response] = client._send

    @property
    def _automatic_keys(self) -> bool:
        return self._client._automatic_keys

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncNamespace:
    """A group of operations of an `AsyncNovu` client; sends through the client."""

    def __init__(self, client: AsyncApi) -> None:
        self._client = client
        self._send: Callable[[Call], Awaitable[httpx.Response]] = client._send

    @property
    def _automatic_keys(self) -> bool:
        return self._client._automatic_keys

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def segment(value: object) -> str:
    """A path parameter as the generated builders encode it (every reserved character escaped)."""
    return quote(str(value), safe="")


def keyed(idempotency_key: str | None) -> dict[str, str] | None:
    """The headers of a caller's idempotency key (None: the retry policy gives POST/PATCH one)."""
    if idempotency_key is None:
        return None
    return {IDEMPOTENCY_HEADER: checked_idempotency_key(idempotency_key)}


def wire(value: Any) -> Any:
    """`value` as JSON data: models by their `to_dict()`, dates in ISO 8601, containers item by item."""
    if value is None or isinstance(value, str | int | float):
        return value  # bool is an int; enums of the raw client are str or int
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {key: wire(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [wire(item) for item in value]
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def model_body(body: Any) -> dict[str, Any]:
    """The JSON object of a complete body (a model, or a mapping of wire names) to add fields to."""
    data = wire(body)
    if not isinstance(data, dict):
        raise TypeError(f"body must be a model or a mapping, not {type(body).__name__}")
    return data


def missing(method: str, names: list[str]) -> TypeError:
    """The error for a call without a body and without all of its required fields."""
    return TypeError(f"{method}() missing required keyword argument(s): {', '.join(names)} (or body=)")


def bulk_items(given: Any, body: Any, wire_name: str, attribute: str) -> list[Any]:
    """The items of a bulk call as the caller gave them (so a BulkError hands back the caller's own
    objects): the keyword argument, else the complete body's array (a model's attribute or a
    mapping's wire name)."""
    if given is UNSET:
        given = body.get(wire_name) if isinstance(body, Mapping) else getattr(body, attribute, UNSET)
    if given is UNSET or given is None:
        return []
    if isinstance(given, str | bytes | Mapping) or not isinstance(given, Iterable):
        raise TypeError(f"{wire_name} must be a list of items, not {type(given).__name__}")
    return list(given)


def call(name: str, spec: dict[str, Any], headers: dict[str, str] | None) -> OperationCall:
    return OperationCall(name, spec, headers)


def raw_request(name: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request the generated builder of `name` makes of `kwargs` (bodies other than JSON)."""
    spec: dict[str, Any] = operation(name)._get_kwargs(**kwargs)
    return spec


def read(name: str, response: httpx.Response, unwrap: bool) -> Any:
    """The success model of `response` by the generated parser of `name`; with `unwrap`, the `data`
    it envelopes (an envelope without it, which a spec may allow, is an UnexpectedResponseError)."""
    result = operation(name)._parse_success(response)
    if not unwrap:
        return result
    data = result.data
    if data is UNSET:
        raise off_spec(response, f"{type(result).__name__} with its data", KeyError("data"))
    return data


def read_body(name: str, method: str, url: str, status: int, body: Any, unwrap: bool) -> Any:
    """`read` of an answer already decoded: a bulk chunk's, so that a BulkError's `accepted` holds
    each accepted chunk's typed result."""
    import httpx

    response = httpx.Response(status, json=body, request=httpx.Request(method, url))
    return read(name, response, unwrap)


def joined(name: str, method: str, url: str, status: int, results: list[Any], unwrap: bool) -> Any:
    """A bulk operation's result made of its chunks' typed results, in order: lists are joined, and
    so are the lists of an object (e.g. `created`, `updated`, `failed`); anything else is the first's."""
    if len(results) == 1:
        return results[0]
    if results and all(isinstance(result, list) for result in results):
        return [item for result in results for item in result]
    bodies = [wire(result) for result in results]
    if unwrap:
        bodies = [{"data": body} for body in bodies]
    return read_body(name, method, url, status, merge(bodies, unwrap), unwrap)


def merge(bodies: list[Any], enveloped: bool) -> Any:
    """One answer made of several answers (JSON data), in order: lists are whole, and so are the
    lists of an object; anything else is the first's."""
    parts: list[Any] = [body.get("data") if enveloped and isinstance(body, dict) else body for body in bodies]
    lists = [part for part in parts if isinstance(part, list)]
    objects = [part for part in parts if isinstance(part, dict)]
    whole: Any
    if parts and len(lists) == len(parts):
        whole = [item for part in lists for item in part]
    elif parts and len(objects) == len(parts):
        whole = dict(objects[0])
        for part in objects[1:]:
            for key, value in part.items():
                if isinstance(value, list) and isinstance(whole.get(key), list):
                    whole[key] = [*whole[key], *value]
                else:
                    whole.setdefault(key, value)
    else:
        whole = parts[0] if parts else None
    return {"data": whole} if enveloped else whole
