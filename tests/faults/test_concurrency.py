"""The concurrency contract: threads, event loops, cancellation and deterministic shutdown.

- one sync Api instance is shared by THREADS threads x CALLS calls: every answer is the caller's
  own and every POST carries its own idempotency key;
- one async Api instance is used from two event loops (`asyncio.run` twice): each loop gets its
  own connections, and they are closed when that loop shuts down;
- a task cancelled mid-request leaves the pool usable;
- `close()` / `with` (sync) and `await close()` / `async with` (async) close the shared pool of
  the configuration now; the next call opens a new one; nothing warns at interpreter exit.

The legacy SDK (requests, a new connection per call, no async classes, no close) is safe across
threads as well; it has nothing to close and no pool to leave half-used.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor

from novu_facade import aio
from novu_facade.api import EventApi, SubscriberApi
from tests.faults.echo_server import RATE_LIMIT, EchoProcess

THREADS = 8
CALLS = 200
LOOP_CALLS = 50
TIMEOUT = 60  # seconds for any one scenario; a hang fails instead of blocking the suite


def open_connections(pool: object) -> int:
    """Connections an httpx pool holds (for a sync `_lifecycle.Pool`, its current pool)."""
    inner = getattr(pool, "_inner", None)
    return len(inner._pool.connections) if inner is not None else 0  # type: ignore[attr-defined]


def test_one_sync_api_shared_by_threads(echo: EchoProcess, api_key: str) -> None:
    # One instance per resource class, both on the one shared pool of this configuration.
    events, subscribers = EventApi(echo.url, api_key), SubscriberApi(echo.url, api_key)
    assert events._core is subscribers._core

    def worker(thread: int) -> list[str]:
        wrong = []
        for call in range(CALLS):
            expected = f"t{thread}-c{call}"
            if call % 2:
                got = subscribers.get(expected).subscriber_id
            else:
                got = events.trigger("welcome", "sub-1", {"call": call}, transaction_id=expected).transaction_id
            if got != expected:
                wrong.append(f"{expected} got {got}")
        return wrong

    with ThreadPoolExecutor(THREADS) as pool:
        wrong = [w for ws in pool.map(worker, range(THREADS), timeout=TIMEOUT) for w in ws]

    assert wrong == []
    stats = echo.stats()
    keys = stats["idempotency_keys"]
    assert stats["requests"] == THREADS * CALLS and len(keys) == THREADS * CALLS // 2
    assert None not in keys and len(set(keys)) == len(keys), "every POST has its own idempotency key"
    assert 0 < open_connections(events._core.pool) <= THREADS, "connections are pooled and reused"
    assert events.rate_limit is not None and events.rate_limit.limit == RATE_LIMIT


def test_one_async_api_across_event_loops(echo: EchoProcess, api_key: str) -> None:
    api = aio.SubscriberApi(echo.url, api_key)
    pool = api._core.pool
    seen_loops = []

    async def many(run: int) -> list[str]:
        seen_loops.append(asyncio.get_running_loop())
        ids = [f"run{run}-{i}" for i in range(LOOP_CALLS)]
        got = await asyncio.gather(*(api.get(sid) for sid in ids))
        assert len(pool._by_loop) == 1, "one pool, for the running loop"
        return [f"{sid} got {s.subscriber_id}" for sid, s in zip(ids, got, strict=True) if s.subscriber_id != sid]

    first = asyncio.run(asyncio.wait_for(many(1), TIMEOUT))
    assert pool._by_loop == {}, "the first loop's connections were closed when it shut down"
    second = asyncio.run(asyncio.wait_for(many(2), TIMEOUT))

    assert first == [] and second == []
    assert seen_loops[0] is not seen_loops[1]
    assert pool._by_loop == {} and echo.requests == 2 * LOOP_CALLS


def test_a_task_cancelled_mid_request_leaves_the_pool_usable(echo: EchoProcess, api_key: str) -> None:
    api = aio.SubscriberApi(echo.url, api_key, max_retries=0)

    async def scenario() -> tuple[bool, list[str]]:
        slow = asyncio.create_task(api.get("slow-1"))
        while await asyncio.to_thread(lambda: echo.requests) == 0:  # the request waits in the server
            await asyncio.sleep(0.01)
        slow.cancel()
        try:
            await slow
        except asyncio.CancelledError:
            cancelled = True
        else:
            cancelled = False
        # Sequential, then concurrent, calls on the same pool after the cancellation.
        answers = [(await api.get(f"after-{i}")).subscriber_id for i in range(5)]
        answers += [s.subscriber_id for s in await asyncio.gather(*(api.get(f"after-{i}") for i in range(5, 20)))]
        await api.close()
        return cancelled, answers

    cancelled, answers = asyncio.run(asyncio.wait_for(scenario(), TIMEOUT))

    assert cancelled
    assert answers == [f"after-{i}" for i in range(20)]
    assert echo.requests == 21


def test_a_sync_api_closes_its_shared_pool_and_reopens_on_demand(echo: EchoProcess, api_key: str) -> None:
    other = SubscriberApi(echo.url, api_key)
    with SubscriberApi(echo.url, api_key) as api:
        assert api is not other and api._core is other._core
        assert api.get("a").subscriber_id == "a"
        assert open_connections(api._core.pool) == 1
    assert open_connections(api._core.pool) == 0, "leaving the block closed the shared pool"

    assert other.get("b").subscriber_id == "b", "an instance sharing the closed pool keeps working"
    api.close()
    api.close()  # closing twice is harmless
    assert api.get("c").subscriber_id == "c"
    assert echo.requests == 3


def test_an_async_api_closes_its_shared_pool_and_reopens_on_demand(echo: EchoProcess, api_key: str) -> None:
    async def scenario() -> list[str]:
        async with aio.SubscriberApi(echo.url, api_key) as api:
            first = (await api.get("a")).subscriber_id
            assert len(api._core.pool._by_loop) == 1
        assert api._core.pool._by_loop == {}, "leaving the block closed the running loop's connections"
        again = (await api.get("b")).subscriber_id
        await api.close()
        await api.close()
        return [first, again]

    assert asyncio.run(asyncio.wait_for(scenario(), TIMEOUT)) == ["a", "b"]


EXIT_SCRIPT = """
    import asyncio, sys
    from novu_client.api.subscribers import get_subscriber
    from novu_facade.api import SubscriberApi
    from novu_facade import aio
    from novu_facade.raw import client

    url = sys.argv[1]
    print(SubscriberApi(url, "sk_exit").get("sync").subscriber_id)

    async def once(sid):
        return (await aio.SubscriberApi(url, "sk_exit").get(sid)).subscriber_id

    print(asyncio.run(once("loop-1")), asyncio.run(once("loop-2")))
    raw = client(url, "sk_exit_raw")
    print(get_subscriber.sync_detailed(subscriber_id="raw", client=raw).status_code)

    async def raw_once():
        return (await get_subscriber.asyncio_detailed(subscriber_id="raw-async", client=raw)).status_code

    print(asyncio.run(raw_once()), asyncio.run(raw_once()))
"""


def test_no_resource_warning_at_interpreter_exit(echo: EchoProcess) -> None:
    """Nothing closed by hand: sync pools close at exit, each loop's connections when it shuts down."""
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "always::ResourceWarning", "-c", textwrap.dedent(EXIT_SCRIPT), echo.url],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={k: v for k, v in os.environ.items() if not k.startswith("NOVU_")},
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["sync", "loop-1", "loop-2", "200", "200", "200"]
    assert "ResourceWarning" not in result.stderr and "unclosed" not in result.stderr, result.stderr
    assert echo.requests == 6
