"""The modern client (`Novu`, `AsyncNovu`) over real sockets: the one transport's retries, keys,
errors and timeouts, the aiohttp transport, and fork safety, as for the legacy facade."""

from __future__ import annotations

import asyncio
import os
import uuid
from typing import Any

import pytest

from novu_facade import AsyncNovu, Novu, _transport, aio
from novu_facade._retry import AsyncRetryTransport, RetryTransport
from novu_facade.errors import BulkError, NovuConnectionError, NovuTimeoutError, RateLimitError
from tests.faults.echo_server import EchoProcess
from tests.faults.forking import in_forked_children
from tests.faults.idempotent import FAILS, LOST, OUTAGE, IdempotentNovu
from tests.faults.server import FaultServer, delayed, reply

TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "tx-1"}}


def sync_client(url: str, **kwargs: Any) -> tuple[Novu, list[float]]:
    """A Novu with a pool of its own whose retry waits are recorded, never slept."""
    novu = Novu(f"sk_modern_{uuid.uuid4().hex}", url, **kwargs)
    transport = novu._core.client._transport
    assert isinstance(transport, RetryTransport)
    waits: list[float] = []
    transport.sleep = waits.append
    return novu, waits


def async_client(url: str, **kwargs: Any) -> tuple[AsyncNovu, list[float]]:
    novu = AsyncNovu(f"sk_modern_{uuid.uuid4().hex}", url, **kwargs)
    transport = novu._core.client._transport
    assert isinstance(transport, AsyncRetryTransport)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    transport.sleep = record
    return novu, waits


def test_429_then_502_then_created_is_one_call_with_one_key(server: FaultServer) -> None:
    server.script(reply(429, headers={"Retry-After": "1"}), reply(502), reply(201, TRIGGERED))
    novu, waits = sync_client(server.url)
    assert novu.trigger(name="welcome", to="sub-1").transaction_id == "tx-1"
    keys = {r.idempotency_key for r in server.requests}
    assert len(server.requests) == 3 and len(keys) == 1 and None not in keys
    assert waits[0] == 1.0 and len(waits) == 2


def test_a_slow_answer_is_a_timeout_within_the_clients_timeout(server: FaultServer) -> None:
    server.script(delayed(1.0, reply(201, TRIGGERED)))
    novu, _ = sync_client(server.url, timeout=0.2, max_retries=0)
    with pytest.raises(NovuTimeoutError):
        novu.trigger(name="welcome", to="sub-1")


def test_a_refused_connection_is_a_connection_error(refused_url: str) -> None:
    novu, waits = sync_client(refused_url, max_retries=1)
    with pytest.raises(NovuConnectionError):
        novu.subscribers.retrieve("sub-1")
    assert len(waits) == 1


@pytest.fixture(params=["httpx", "aiohttp"])
def transport_name(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "aiohttp":
        pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is a dev dependency")
    monkeypatch.setenv(_transport.ENV_ASYNC_TRANSPORT, request.param)
    name: str = request.param
    return name


def test_async_novu_uses_the_chosen_transport_under_the_retry_policy(transport_name: str, server: FaultServer) -> None:
    server.script(reply(429, {"message": "slow down"}, {"Retry-After": "1"}), reply(201, TRIGGERED))
    novu, waits = async_client(server.url)
    network = novu._core.client._transport.inner.inner._factory()  # retry policy > bulk pause > pool
    assert type(network).__name__ == ("AsyncAiohttpTransport" if transport_name == "aiohttp" else "AsyncHTTPTransport")

    async def main() -> str | None:
        async with novu:
            event = await novu.trigger(name="welcome", to="sub-1", idempotency_key="order-7")
            return event.transaction_id if isinstance(event.transaction_id, str) else None

    assert asyncio.run(asyncio.wait_for(main(), timeout=10)) == "tx-1"
    assert [r.idempotency_key for r in server.requests] == ["order-7", "order-7"] and waits == [1.0]


def test_async_429_exhausted_is_a_rate_limit_error(transport_name: str, server: FaultServer) -> None:
    server.script(*[reply(429, {"message": "Too Many Requests"}, {"Retry-After": "1"})] * 2)
    novu, _ = async_client(server.url, max_retries=1)
    with pytest.raises(RateLimitError):
        asyncio.run(asyncio.wait_for(novu.trigger(name="welcome", to="sub-1"), timeout=10))
    for key in [k for k in aio._cores if k[1] == novu._settings.api_key]:
        aio._cores.pop(key)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this platform")
def test_forked_children_of_novu_get_their_own_connections(echo: EchoProcess, api_key: str) -> None:
    novu = Novu(api_key, echo.url, timeout=5, max_retries=0)
    assert novu.subscribers.get_subscriber("parent-before").subscriber_id == "parent-before"

    def child(n: int) -> list[str]:
        return [str(novu.subscribers.get_subscriber(f"child{n}-{i}").subscriber_id) for i in range(20)]

    results = in_forked_children(child, 3)
    assert results == [[f"child{n}-{i}" for i in range(20)] for n in range(3)]
    assert novu.subscribers.get_subscriber("parent-after").subscriber_id == "parent-after"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this platform")
def test_a_client_that_never_sent_before_a_fork_makes_no_ssl_context_in_the_child(
    echo: EchoProcess, api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SSL context is made on first use, or in the parent just before it forks."""
    import ssl

    from novu_facade import _lifecycle

    monkeypatch.setattr(_lifecycle, "_ssl_context", None)
    novu = Novu(api_key, echo.url, timeout=5, max_retries=0)  # nothing sent: no context yet
    assert _lifecycle._ssl_context is None

    def child(n: int) -> str:
        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("an SSL context was created in the child")

        ssl.create_default_context = refuse  # type: ignore[assignment]
        return str(novu.subscribers.get_subscriber(f"child{n}").subscriber_id)

    assert in_forked_children(child, 2) == ["child0", "child1"]
    assert _lifecycle._ssl_context is not None  # made by the parent, before the fork


# Bulk recovery: what the server processed, counted by the server ---------------------------------------
def wire_events(count: int) -> list[dict[str, object]]:
    return [
        {"name": "welcome", "to": f"sub-{i}", "payload": {"i": i}, "transactionId": f"tx-{i}"} for i in range(count)
    ]


def test_a_modern_bulk_call_resumed_after_a_lost_answer_processes_every_event_once(server: FaultServer) -> None:
    """Chunk 3 is processed, its answer lost and the outage outlasts its retries; chunk 5's first
    answer is a 500 the server stored for its key. `resume()` finishes: every event once."""
    novu_server = IdempotentNovu({"tx-300": [LOST, OUTAGE, OUTAGE], "tx-500": [FAILS]})
    novu_server.serve(server, 40)
    novu, _ = sync_client(server.url)
    items = wire_events(1000)
    with pytest.raises(BulkError) as caught:
        novu.trigger_bulk(events=items, max_in_flight=4)  # type: ignore[arg-type]
    assert [f.start for f in caught.value.failures][:1] == [300]
    assert all(a is b for a, b in zip(caught.value.failures[0].items, items[300:400], strict=True))
    results = caught.value.resume()
    assert [r.transaction_id for r in results] == [f"tx-{i}" for i in range(1000)]
    assert novu_server.tally(f"tx-{i}" for i in range(1000)) == {"once": 1000, "twice": 0, "never": 0}
    assert novu_server.replays >= 1  # chunk 3's resend was answered from the record


def test_an_async_modern_job_rerun_with_its_key_processes_every_subscriber_once(
    transport_name: str, server: FaultServer
) -> None:
    """A job dies after its first chunks (an outage outlasts the retries of chunk 2, processed but
    unanswered); a new client, as in another process, runs the same job under the same key."""
    novu_server = IdempotentNovu({"s-1000": [LOST, OUTAGE, OUTAGE]})
    novu_server.serve(server, 20)
    subscribers = [{"subscriberId": f"s-{i}"} for i in range(2000)]

    async def run_job() -> Any:
        novu, _ = async_client(server.url)
        async with novu:
            return await novu.subscribers.create_bulk(subscribers=subscribers, idempotency_key="import-42")  # type: ignore[arg-type]

    with pytest.raises(BulkError):
        asyncio.run(run_job())
    result = asyncio.run(run_job())
    assert [c.subscriber_id for c in result.created] == [f"s-{i}" for i in range(2000)]
    assert novu_server.tally(f"s-{i}" for i in range(2000)) == {"once": 2000, "twice": 0, "never": 0}
