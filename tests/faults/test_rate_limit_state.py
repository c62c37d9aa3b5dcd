"""Rate-limit state on the Api instance: `api.rate_limit` parses the last response's RateLimit-* headers.

`RateLimit(limit, remaining, reset)`: ints and seconds, None for a header that is absent or not a
number; `api.rate_limit` is None before the first response and for a response without any of the
three. Error responses count (a 429 is the one a batch job most needs to read). The legacy SDK
returned only the JSON body: no response, no headers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from novu_facade import aio
from novu_facade._retry import RateLimit
from novu_facade.api import SubscriberApi
from novu_facade.errors import NotFoundError, RateLimitError
from tests.faults.conftest import MakeApi
from tests.faults.server import FaultServer, novu_error, reply

SUBSCRIBER = {"data": {"_id": "6f1", "subscriberId": "sub-1"}}
PATH = "/v1/subscribers/sub-1"


def limits(limit: str, remaining: str, reset: str) -> dict[str, str]:
    return {"RateLimit-Limit": limit, "RateLimit-Remaining": remaining, "RateLimit-Reset": reset}


def test_the_last_responses_headers_are_parsed(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(200, SUBSCRIBER, limits("60", "59", "12")), reply(200, SUBSCRIBER, limits("60", "58", "11")))
    h = make_api(SubscriberApi)
    assert h.api.rate_limit is None, "no response yet"

    h.api.get("sub-1")
    assert h.api.rate_limit == RateLimit(limit=60, remaining=59, reset=12.0)
    h.api.get("sub-1")
    state = h.api.rate_limit

    assert state == RateLimit(limit=60, remaining=58, reset=11.0)
    assert isinstance(state.limit, int) and isinstance(state.remaining, int) and isinstance(state.reset, float)


def test_a_response_without_the_headers_gives_none(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(200, SUBSCRIBER, limits("60", "59", "12")), reply(200, SUBSCRIBER))
    h = make_api(SubscriberApi)

    h.api.get("sub-1")
    h.api.get("sub-1")

    assert h.api.rate_limit is None


def test_the_429_that_ends_a_call_is_the_state_read(server: FaultServer, make_api: MakeApi) -> None:
    too_many = novu_error(429, "Too Many Requests", PATH)
    server.script(*[reply(429, too_many, {**limits("60", "0", "3"), "Retry-After": "3"})] * 3)
    h = make_api(SubscriberApi)

    with pytest.raises(RateLimitError):
        h.api.get("sub-1")

    assert h.attempts == 3 and h.waits == [3.0, 3.0]
    assert h.api.rate_limit == RateLimit(limit=60, remaining=0, reset=3.0)
    assert h.api.last_response is not None and h.api.last_response.status_code == 429


def test_an_error_response_updates_the_state(server: FaultServer, make_api: MakeApi) -> None:
    server.script(
        reply(200, SUBSCRIBER, limits("60", "10", "30")),
        reply(404, novu_error(404, "not found", PATH), limits("60", "9", "29")),
    )
    h = make_api(SubscriberApi)
    h.api.get("sub-1")

    with pytest.raises(NotFoundError):
        h.api.get("sub-1")

    assert h.api.rate_limit == RateLimit(limit=60, remaining=9, reset=29.0)


def test_malformed_values_are_none_not_an_error(server: FaultServer, make_api: MakeApi) -> None:
    server.script(
        reply(200, SUBSCRIBER, limits("sixty", "-3", "soon")), reply(200, SUBSCRIBER, {"RateLimit-Limit": "5"})
    )
    h = make_api(SubscriberApi)

    h.api.get("sub-1")
    assert h.api.rate_limit == RateLimit(limit=None, remaining=0, reset=None)
    h.api.get("sub-1")
    assert h.api.rate_limit == RateLimit(limit=5, remaining=None, reset=None)


def test_the_async_facade_has_the_same_state(server: FaultServer, new_key: Callable[[], str]) -> None:
    server.script(reply(200, SUBSCRIBER, limits("100", "7", "42")))

    async def run() -> RateLimit | None:
        async with aio.SubscriberApi(server.url, new_key()) as api:
            assert api.rate_limit is None
            await api.get("sub-1")
            return api.rate_limit

    assert asyncio.run(asyncio.wait_for(run(), timeout=10)) == RateLimit(limit=100, remaining=7, reset=42.0)
