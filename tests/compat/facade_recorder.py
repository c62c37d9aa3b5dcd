"""Run a legacy call case through novu_facade (sync or novu_facade.aio) over an httpx.MockTransport.

Produces the same `Recording` as tests/compat/legacy_recorder.py, and compares the two.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qsl

import httpx

from tests.compat.cases import Case
from tests.compat.legacy_recorder import (
    API_KEY,
    BASE_URL,
    Recording,
    WireRequest,
    _api_class,
    _error_info,
    _is_lazy,
    record,
    resolve,
    to_plain,
)

PACKAGE = "novu_facade"

# Cases where novu_facade deliberately differs from the legacy SDK (see docs/migration.md).
INTENTIONAL: dict[str, str] = {}

_legacy: dict[str, Recording] = {}


def legacy_recording(case: Case) -> Recording:
    """The legacy SDK's recording of `case`, made once per test session."""
    recording = _legacy.get(case.id)
    if recording is None:
        recording = _legacy[case.id] = record(case)
    return recording


def requests_of(rec: Recording) -> list[dict[str, Any]]:
    """The requests as compared: query parameters as a multiset, their order carries no meaning."""
    return [
        {"method": r.method, "path": r.path, "query": sorted(r.query_pairs), "json": r.json, "has_body": r.has_body}
        for r in rec.requests
    ]


def assert_same(facade: Recording, legacy: Recording, *, laziness: bool = True) -> None:
    """Same requests on the wire, same eager/lazy behaviour, and the same result or error status."""
    assert requests_of(facade) == requests_of(legacy)
    if laziness:
        assert facade.requests_at_return == legacy.requests_at_return, "eager/lazy behaviour differs"
    assert (facade.error is None) == (legacy.error is None), (facade.error, legacy.error)
    if legacy.error is not None:
        assert facade.error is not None and facade.error.status == legacy.error.status
    else:
        assert facade.plain == legacy.plain
    assert facade.unused_responses == legacy.unused_responses


class CannedTransport(httpx.MockTransport):
    """Answers from a queue of (status, json[, headers]) and records every request."""

    def __init__(self, responses: list[tuple[Any, ...]]) -> None:
        self.queue: deque[tuple[Any, ...]] = deque(responses)
        self.calls: list[WireRequest] = []
        self.missing = 0
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(wire(request))
        if not self.queue:
            self.missing += 1
            return httpx.Response(599, json={"message": "no canned response left"})
        spec = self.queue.popleft()
        status, body = spec[0], spec[1]
        headers = dict(spec[2]) if len(spec) > 2 else {}
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)


def wire(request: httpx.Request) -> WireRequest:
    body = request.content or None
    try:
        parsed = json.loads(body) if body else None
    except ValueError:
        parsed = None
    query = request.url.query.decode("ascii")
    return WireRequest(
        method=request.method,
        url=str(request.url),
        path=request.url.raw_path.split(b"?", 1)[0].decode("ascii"),
        query=query,
        query_pairs=parse_qsl(query, keep_blank_values=True),
        body=body,
        json=parsed,
        headers={k: request.headers.get(k) for k in ("Authorization", "User-Agent", "Content-Type")},
        all_headers=dict(request.headers),
        timeout=request.extensions.get("timeout"),
        extra={},
    )


def record_facade(case: Case, **api_kwargs: Any) -> Recording:
    """Retries are off by default: the legacy SDK never retried, and the cases answer once."""
    api_kwargs.setdefault("max_retries", 0)
    transport = CannedTransport([tuple(r) for r in case.responses])
    session = httpx.Client(transport=transport)
    api = _api_class(PACKAGE, case.api)(url=BASE_URL, api_key=API_KEY, session=session, **api_kwargs)
    method = getattr(api, case.method)
    result: Any = None
    result_type = "NoneType"
    requests_at_return: int | None = None
    error = None
    try:
        returned = method(*resolve(case.args, PACKAGE), **resolve(case.kwargs, PACKAGE))
        result_type = type(returned).__name__
        requests_at_return = len(transport.calls)
        result = list(returned) if _is_lazy(returned) else returned
    except Exception as exc:
        if requests_at_return is None:
            requests_at_return = len(transport.calls)
        error = _error_info(exc)
    return Recording(
        case_id=case.id,
        package=PACKAGE,
        requests=list(transport.calls),
        result=result,
        result_type=result_type,
        requests_at_return=requests_at_return,
        plain=to_plain(result),
        error=error,
        unused_responses=len(transport.queue),
        missing_responses=transport.missing,
    )


class AsyncCannedTransport(CannedTransport):
    """The same canned answers, from an async handler (httpx.MockTransport awaits it)."""

    def __init__(self, responses: list[tuple[Any, ...]]) -> None:
        super().__init__(responses)
        self.handler = self._answer_async  # type: ignore[assignment]

    async def _answer_async(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)


def record_facade_async(case: Case, *, await_streams: bool = True, **api_kwargs: Any) -> Recording:
    """Run `case` through novu_facade.aio in a fresh event loop; async iterators are exhausted with `async for`.

    A coroutine is awaited before `requests_at_return` is read; so is a stream's iterator when
    `await_streams` (`await api.stream()` fetches the first page, as the sync stream() does).
    """
    return asyncio.run(_record_async(case, await_streams, api_kwargs))


async def _record_async(case: Case, await_streams: bool, api_kwargs: dict[str, Any]) -> Recording:
    from novu_facade import aio

    api_kwargs.setdefault("max_retries", 0)
    transport = AsyncCannedTransport([tuple(r) for r in case.responses])
    result: Any = None
    result_type = "NoneType"
    requests_at_return: int | None = None
    error = None
    async with httpx.AsyncClient(transport=transport) as session:
        api = getattr(aio, case.api)(url=BASE_URL, api_key=API_KEY, session=session, **api_kwargs)
        method = getattr(api, case.method)
        try:
            returned = method(*resolve(case.args, PACKAGE), **resolve(case.kwargs, PACKAGE))
            if asyncio.iscoroutine(returned) or (await_streams and isinstance(returned, aio.AsyncPaginationIterator)):
                returned = await returned
            result_type = type(returned).__name__
            requests_at_return = len(transport.calls)
            if isinstance(returned, AsyncIterator):
                result = []
                async for item in returned:  # keep what was produced even if iteration fails later
                    result.append(item)
            else:
                result = returned
        except Exception as exc:
            if requests_at_return is None:
                requests_at_return = len(transport.calls)
            error = _error_info(exc)
    return Recording(
        case_id=case.id,
        package=f"{PACKAGE}.aio",
        requests=list(transport.calls),
        result=result,
        result_type=result_type,
        requests_at_return=requests_at_return,
        plain=to_plain(result),
        error=error,
        unused_responses=len(transport.queue),
        missing_responses=transport.missing,
    )
