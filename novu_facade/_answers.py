"""What the facade makes of a success answer: its JSON body, and the one error for a body it cannot read.

The plans, the pager and bulk picks read bodies directly (`body["data"]`, `Dto.from_camel_case(...)`).
On a body of the wrong shape that fails with a KeyError, TypeError, AttributeError, IndexError or
ValueError, which says nothing about the request; the drivers (novu_facade._core.run,
novu_facade.aio.run), the pager and `Batch` catch exactly those where a body is read and raise
`UnexpectedResponseError` instead: the request's method and path, the status, what failed, the
response attached and the original exception as `__cause__`. The happy path pays only a try block.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import httpx
from novu_client.errors import unexpected_response

from novu_facade.errors import UnexpectedResponseError

T = TypeVar("T")

UNREADABLE = (LookupError, TypeError, AttributeError, ValueError)
"""What reading a body of the wrong shape raises (IndexError and KeyError are LookupErrors)."""


def decode(response: httpx.Response) -> Any:
    """The JSON body; `{}` for a 204 or an empty body, as the legacy SDK returned."""
    if response.status_code == 204 or not response.content:
        return {}
    try:
        return response.json()
    except ValueError as exc:
        raise off_spec(response, "a JSON body", exc) from exc


def off_spec(response: httpx.Response, expected: str, exc: Exception) -> UnexpectedResponseError:
    """The error for `response`, whose body could not be read as `expected` (`exc` is why)."""
    request = response.request
    return unexpected_response(response, f"{request.method} {request.url.path}", expected, exc)


def readable_by(name: str) -> str:
    """The `expected` of an UnexpectedResponseError raised for the facade method `name`."""
    return f"a body {name} can read"


def reader(plan: Any) -> str:
    """What a plan (a generator) expected of its answers, named for its method, e.g. "TopicApi.get"."""
    return readable_by(getattr(plan, "__qualname__", "the method"))


def checked_items(items: Iterable[T], response: httpx.Response | None, expected: str) -> Iterator[T]:
    """`items`, a lazy plan's result that parses its body while iterated, with unreadable items explained."""
    if response is None:  # the plan sent nothing, so nothing it yields comes from an answer
        yield from items
        return
    try:
        yield from items
    except UNREADABLE as exc:
        raise off_spec(response, expected, exc) from exc
