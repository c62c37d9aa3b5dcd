"""The async facade over each async transport (httpx's, aiohttp's): same retries, keys, errors, timeouts.

Each scenario runs through `novu_facade.aio` with NOVU_ASYNC_TRANSPORT set, against the fault
server; the retry policy's waits are recorded, never slept.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from novu_facade import _transport, aio
from novu_facade._retry import AsyncRetryTransport, RetryPolicy
from novu_facade.config import ConfigurationError
from novu_facade.errors import NovuConnectionError, NovuTimeoutError, RateLimitError, ServerError
from tests.faults.server import RESET, FaultServer, delayed, reply

TRANSPORTS = ["httpx", "aiohttp"]
TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "tx-1"}}
SUBSCRIBER = {"data": {"_id": "6f1", "subscriberId": "sub-1", "firstName": "Ada"}}


@pytest.fixture(params=TRANSPORTS)
def transport_name(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "aiohttp":
        pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is a dev dependency")
    monkeypatch.setenv(_transport.ENV_ASYNC_TRANSPORT, request.param)
    made_before = set(aio._cores)
    yield request.param
    for key in set(aio._cores) - made_before:
        aio._cores.pop(key, None)


def make(api_class: str, url: str, policy: RetryPolicy | None = None, **kwargs: Any) -> tuple[Any, list[float]]:
    """An aio Api with a fresh AsyncCore (its own pool and `policy`), whose waits are recorded."""
    key = f"sk_transport_{uuid.uuid4().hex}"
    if policy is not None:
        aio._cores[(url, key)] = aio.AsyncCore(url, key, policy)  # what core_for would build, with `policy`
    api = getattr(aio, api_class)(url=url, api_key=key, **kwargs)
    transport = api._core.client._transport
    assert isinstance(transport, AsyncRetryTransport)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    transport.sleep = record
    return api, waits


def run(coroutine: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, timeout=10))


def test_the_chosen_transport_is_under_the_retry_policy(transport_name: str) -> None:
    api, _ = make("EventApi", "http://transport.example")
    pool = api._core.client._transport.inner.inner  # retry policy > bulk pause > pool
    network = pool._factory()
    expected = "AsyncAiohttpTransport" if transport_name == "aiohttp" else "AsyncHTTPTransport"
    assert type(network).__name__ == expected


def test_429_then_502_then_created_with_one_key(transport_name: str, server: FaultServer) -> None:
    server.script(reply(429, headers={"Retry-After": "1"}), reply(502), reply(201, TRIGGERED))
    api, waits = make("EventApi", server.url)

    result = run(api.trigger("welcome", "sub-1", {"n": 1}))

    assert result.transaction_id == "tx-1"
    assert len(server.requests) == 3
    assert waits[0] == 1.0 and len(waits) == 2
    keys = {r.idempotency_key for r in server.requests}
    assert len(keys) == 1 and None not in keys
    assert api.last_response.status_code == 201


def test_429_exhausted_is_a_rate_limit_error(transport_name: str, server: FaultServer) -> None:
    server.script(*[reply(429, {"message": "Too Many Requests"}, {"Retry-After": "1"})] * 3)
    api, waits = make("EventApi", server.url)

    with pytest.raises(RateLimitError) as caught:
        run(api.trigger("welcome", "sub-1", {"n": 1}))

    assert caught.value.messages == ["Too Many Requests"] and waits == [1.0, 1.0]


def test_refused_connection_is_a_connection_error_and_retried(transport_name: str, refused_url: str) -> None:
    api, waits = make("SubscriberApi", refused_url, max_retries=1)

    with pytest.raises(NovuConnectionError) as caught:
        run(api.get("sub-1"))

    assert not isinstance(caught.value, NovuTimeoutError), "a refused connection is not a timeout"
    assert len(waits) == 1


def test_reset_after_a_keyless_post_is_not_resent(transport_name: str, server: FaultServer) -> None:
    """The request reached the server, so without an idempotency key it must not be sent again."""
    server.script(RESET, reply(201, TRIGGERED))
    api, waits = make("EventApi", server.url, policy=RetryPolicy(idempotency_keys=False))

    with pytest.raises(NovuConnectionError) as caught:
        run(api.trigger("welcome", "sub-1", {"n": 1}))

    assert not isinstance(caught.value, NovuTimeoutError)
    assert len(server.requests) == 1 and server.requests[0].idempotency_key is None
    assert waits == []


def test_reset_on_a_get_is_retried(transport_name: str, server: FaultServer) -> None:
    server.script(RESET, reply(200, SUBSCRIBER))
    api, waits = make("SubscriberApi", server.url)

    assert run(api.get("sub-1")).subscriber_id == "sub-1"
    assert len(server.requests) == 2
    # aiohttp resends an idempotent request once by itself when the connection drops (RFC 9112,
    # 9.3.1.1), before the retry policy sees an error; httpx leaves that to the policy.
    assert len(waits) == (0 if transport_name == "aiohttp" else 1)


def test_a_slow_answer_is_a_timeout(transport_name: str, server: FaultServer) -> None:
    server.script(delayed(1.0, reply(200, SUBSCRIBER)))
    api, waits = make("SubscriberApi", server.url, max_retries=0)
    api.requests_timeout = 0.2

    with pytest.raises(NovuTimeoutError):
        run(api.get("sub-1"))

    assert waits == [] and len(server.requests) == 1


def test_server_error_keeps_its_body(transport_name: str, server: FaultServer) -> None:
    server.script(*[reply(500, {"statusCode": 500, "message": "Internal server error"})] * 3)
    api, waits = make("SubscriberApi", server.url)

    with pytest.raises(ServerError) as caught:
        run(api.get("sub-1"))

    assert caught.value.messages == ["Internal server error"] and len(waits) == 2


def test_a_finished_event_loop_leaves_no_open_session(
    transport_name: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    """aiohttp logs an error for a session still open when it is collected; each loop's client is
    closed when its loop shuts down."""
    caplog.set_level(logging.ERROR, logger="asyncio")
    server.script(reply(200, SUBSCRIBER), reply(200, SUBSCRIBER))
    api, _ = make("SubscriberApi", server.url)

    for _ in range(2):  # a second loop gets a client of its own
        assert run(api.get("sub-1")).subscriber_id == "sub-1"
    aio._cores.pop((server.url, api._settings.api_key))
    del api  # the core and both clients go with it
    gc.collect()

    assert [r.getMessage() for r in caplog.records if "nclosed" in r.getMessage()] == []
    assert len(server.requests) == 2


def test_raw_client_takes_the_transport_too(transport_name: str, server: FaultServer) -> None:
    from novu_facade.raw import client

    server.script(reply(503), reply(200, {"data": {"subscriberId": "sub-1"}}))
    raw = client(server.url, "sk_raw_transport", async_transport=transport_name)
    transport = raw.get_async_httpx_client()._transport
    assert isinstance(transport, AsyncRetryTransport)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    transport.sleep = record

    async def get() -> httpx.Response:
        async with raw.get_async_httpx_client() as http:
            return await http.get("/v1/subscribers/sub-1")

    assert run(get()).status_code == 200
    assert len(server.requests) == 2 and len(waits) == 1


def test_an_unknown_transport_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="async_transport='curl'"):
        _transport.async_transport_name("curl")
