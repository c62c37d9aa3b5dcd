"""Run a legacy call case through novu_facade over an httpx.MockTransport, recording the wire.

Produces the same `Recording` as tests/compat/legacy_recorder.py so the two can be compared.
"""

from __future__ import annotations

import json
from collections import deque
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
    resolve,
    to_plain,
)

PACKAGE = "novu_facade"


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
