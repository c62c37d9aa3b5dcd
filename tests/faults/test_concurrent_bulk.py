"""Bulk calls with several chunks in flight (`max_in_flight`), sync and async, over each async transport.

Against the fault server: results in input order whatever order the answers come in, one key per
chunk across its retries, a 429 on one chunk pausing the others, and a BulkError that accounts for
every item when two chunks of ten fail. Ordering is forced by the server (it holds answers until
the expected requests have arrived), never by timing; the only time asserted is the lower bound of
the 429 pause, which the gate guarantees.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from novu_facade import aio
from novu_facade._bulk import MAX_IN_FLIGHT
from novu_facade._retry import AsyncRetryTransport
from novu_facade.api import EventApi, SubscriberApi
from novu_facade.dto.event import InputEventDto
from novu_facade.dto.subscriber import SubscriberDto
from novu_facade.errors import BadRequestError, BulkError
from tests.faults.conftest import MakeApi
from tests.faults.server import FaultServer, Recorded, Reply, dynamic, reply

FLAVOURS = ["sync", "async-httpx", "async-aiohttp"]
EVENTS_PER_CHUNK = 100


def events(count: int) -> list[InputEventDto]:
    return [
        InputEventDto(name="welcome", recipients=f"sub-{i}", payload={"i": i}, transaction_id=f"tx-{i}")
        for i in range(count)
    ]


def chunk_of(request: Recorded) -> int:
    """Which chunk a bulk trigger request carries, from its first event's transaction id."""
    return int(request.json()["events"][0]["transactionId"].removeprefix("tx-")) // EVENTS_PER_CHUNK


def echo(request: Recorded) -> Reply:
    results = [
        {"acknowledged": True, "status": "processed", "transactionId": e["transactionId"]}
        for e in request.json()["events"]
    ]
    return reply(201, {"data": results})


@dataclass
class Bulk:
    """One way to run a bulk call (sync facade, or async facade over one transport), recording the
    waits the retry policy asked for (they are not slept)."""

    flavour: str
    server: FaultServer
    make_api: MakeApi
    monkeypatch: pytest.MonkeyPatch
    waits: list[float] = field(default_factory=list)
    _async_keys: list[tuple[str, str]] = field(default_factory=list)

    def call(self, api_class: str, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.flavour == "sync":
            classes = {"EventApi": EventApi, "SubscriberApi": SubscriberApi}
            harness = self.make_api(classes[api_class])
            harness.waits = self.waits
            harness.core.client._transport.sleep = self.waits.append
            return getattr(harness.api, method)(*args, **kwargs)
        self.monkeypatch.setenv("NOVU_ASYNC_TRANSPORT", self.flavour.removeprefix("async-"))
        key = f"sk_async_{uuid.uuid4().hex}"
        self._async_keys.append((self.server.url, key))
        api = getattr(aio, api_class)(url=self.server.url, api_key=key)
        transport = api._core.client._transport
        assert isinstance(transport, AsyncRetryTransport)

        async def record(seconds: float) -> None:
            self.waits.append(seconds)

        transport.sleep = record

        async def run() -> Any:
            return await getattr(api, method)(*args, **kwargs)

        return asyncio.run(asyncio.wait_for(run(), timeout=10))

    def close(self) -> None:
        for key in self._async_keys:
            aio._cores.pop(key, None)


@pytest.fixture(params=FLAVOURS)
def bulk(
    request: pytest.FixtureRequest, server: FaultServer, make_api: MakeApi, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Bulk]:
    if request.param == "async-aiohttp":
        pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is a dev dependency")
    runner = Bulk(request.param, server, make_api, monkeypatch)
    try:
        yield runner
    finally:
        runner.close()


class Gather:
    """Holds the first `count` requests until all of them are in the server (so they were all sent
    before any answer); later requests pass at once."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.arrived = 0
        self.all_in = threading.Event()
        self.lock = threading.Lock()

    def wait(self) -> int:
        """The arrival number of this request (0 for the first)."""
        with self.lock:
            number = self.arrived
            self.arrived += 1
            if self.arrived >= self.count:
                self.all_in.set()
        if number < self.count:
            assert self.all_in.wait(timeout=5), "fewer requests in flight than expected"
        return number


class Gathering:
    """Answers each request with `answer(request)` after `delay(request)` seconds, once the first
    `count` have all arrived; records how many were in the server at once at most."""

    def __init__(self, count: int, answer: Callable[[Recorded], Reply], delay: Callable[[Recorded], float]) -> None:
        self.gather = Gather(count)
        self.answer, self.delay = answer, delay
        self.lock = threading.Lock()
        self.in_flight = self.most_in_flight = 0

    def __call__(self, request: Recorded) -> Reply:
        with self.lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            self.gather.wait()
            time.sleep(self.delay(request))
            return self.answer(request)
        finally:
            with self.lock:
                self.in_flight -= 1


# Order ---------------------------------------------------------------------------------------------
def test_results_keep_input_order_when_answers_come_back_reversed(bulk: Bulk, server: FaultServer) -> None:
    # The first four chunks are answered last-sent-first; every request is answered once.
    gathering = Gathering(4, echo, lambda r: 0.05 * (3 - chunk_of(r)) if chunk_of(r) < 4 else 0.0)
    server.script(*[dynamic(gathering)] * 10)

    results = bulk.call("EventApi", "trigger_bulk", events(1000), max_in_flight=4)

    assert [r.transaction_id for r in results] == [f"tx-{i}" for i in range(1000)]
    assert sorted(chunk_of(r) for r in server.requests) == list(range(10))
    assert 1 < gathering.most_in_flight <= 4
    assert server.unscripted == 0 and bulk.waits == []


def test_default_is_one_chunk_at_a_time_in_input_order(bulk: Bulk, server: FaultServer) -> None:
    server.script(*[dynamic(echo)] * 5)

    results = bulk.call("EventApi", "trigger_bulk", events(450))

    assert [chunk_of(r) for r in server.requests] == [0, 1, 2, 3, 4]
    assert len(results) == 450


# One key per chunk across retries ------------------------------------------------------------------
def test_each_chunk_keeps_its_own_key_across_its_retries(bulk: Bulk, server: FaultServer) -> None:
    attempts: dict[int, int] = {}
    lock = threading.Lock()

    def flaky(request: Recorded) -> Reply:
        chunk = chunk_of(request)
        with lock:
            attempts[chunk] = attempts.get(chunk, 0) + 1
            first = attempts[chunk] == 1
        return reply(503) if first and chunk in (2, 5, 7) else echo(request)

    server.script(*[dynamic(flaky)] * 13)

    results = bulk.call("EventApi", "trigger_bulk", events(1000), max_in_flight=4)

    assert [r.transaction_id for r in results] == [f"tx-{i}" for i in range(1000)]
    keys_by_chunk: dict[int, set[str | None]] = {}
    for r in server.requests:
        keys_by_chunk.setdefault(chunk_of(r), set()).add(r.idempotency_key)
    assert all(len(keys) == 1 and None not in keys for keys in keys_by_chunk.values())
    assert len({next(iter(keys)) for keys in keys_by_chunk.values()}) == 10  # a different key per chunk
    assert attempts == {c: 2 if c in (2, 5, 7) else 1 for c in range(10)}
    assert len(bulk.waits) == 3


# A 429 pauses every chunk --------------------------------------------------------------------------
def test_a_429_on_one_chunk_pauses_all_chunks_once(bulk: Bulk, server: FaultServer) -> None:
    """Three chunks in flight; the first to arrive is answered 429 (Retry-After 0.5 s), the other
    two 201 a little later. No request may leave during the pause, and only the limited chunk waits
    by the retry policy: the others wait at the shared gate, without a 429 of their own."""
    pause = 0.5
    gather = Gather(3)
    lock = threading.Lock()
    limited_at: list[float] = []
    arrivals: list[float] = []

    def limited_once(request: Recorded) -> Reply:
        number = gather.wait()
        with lock:
            arrivals.append(time.monotonic())
            if number == 0:
                limited_at.append(time.monotonic())
                return reply(429, {"message": "Too Many Requests"}, {"Retry-After": str(pause)})
        time.sleep(0.2)  # the client has read the 429 before these chunks' workers move on
        return echo(request)

    server.script(*[dynamic(limited_once)] * 11)

    results = bulk.call("EventApi", "trigger_bulk", events(1000), max_in_flight=3)

    assert [r.transaction_id for r in results] == [f"tx-{i}" for i in range(1000)]
    [t429] = limited_at
    after = [t - t429 for t in arrivals[3:]]  # the retry of the limited chunk and chunks 3-9
    assert len(after) == 8 and len(server.requests) == 11
    assert min(after) >= pause - 0.02, f"a request left {min(after):.3f} s into a {pause} s pause"
    assert bulk.waits == [pause]


# Accounting --------------------------------------------------------------------------------------
def test_two_failed_chunks_of_ten_are_each_accounted_for(bulk: Bulk, server: FaultServer) -> None:
    """Ten chunks of ten, four in flight: chunks 1 and 2 are rejected, 0 and 3 accepted, 4-9 never sent."""
    per_chunk = 10

    def chunk(request: Recorded) -> int:
        return int(request.json()["events"][0]["transactionId"].removeprefix("tx-")) // per_chunk

    def verdict(request: Recorded) -> Reply:
        if chunk(request) in (1, 2):
            return reply(400, {"statusCode": 400, "message": [f"chunk {chunk(request)} rejected"]})
        return echo(request)

    # The rejections come first, so no worker is free to start chunk 4 before the batch knows of them.
    gathering = Gathering(4, verdict, lambda r: 0.0 if chunk(r) in (1, 2) else 0.5)
    server.script(*[dynamic(gathering)] * 4)
    inputs = events(100)

    # Ten items a chunk: the same bookkeeping as 100, with a test-sized input.
    import novu_facade.api.event as event_module

    bulk.monkeypatch.setattr(event_module, "EVENTS_PER_REQUEST", per_chunk)
    with pytest.raises(BulkError) as caught:
        bulk.call("EventApi", "trigger_bulk", inputs, max_in_flight=4)

    exc = caught.value
    assert sorted(chunk(r) for r in server.requests) == [0, 1, 2, 3]
    assert server.unscripted == 0
    assert exc.accepted_count == 20
    assert exc.accepted_starts == [0, 30]
    assert [[r["transactionId"] for r in result] for result in exc.accepted] == [
        [f"tx-{i}" for i in range(0, 10)],
        [f"tx-{i}" for i in range(30, 40)],
    ]
    keys = {chunk(r): r.idempotency_key for r in server.requests}
    assert [(f.start, f.items, f.retry_key) for f in exc.failures] == [
        (10, inputs[10:20], keys[1]),
        (20, inputs[20:30], keys[2]),
    ]
    assert all(item is inputs[10 + n] for n, item in enumerate(exc.failed_items))  # the caller's objects
    assert all(isinstance(f.error, BadRequestError) for f in exc.failures)
    assert exc.failures[0].error.messages == ["chunk 1 rejected"]
    assert exc.retry_key == keys[1] and exc.__cause__ is exc.failures[0].error
    assert exc.failed_items == inputs[10:30]
    assert exc.not_sent == inputs[40:100]
    # Every item exactly once: accepted, failed or not sent.
    accounted = (
        [r["transactionId"] for result in exc.accepted for r in result]
        + [e.transaction_id for e in exc.failed_items]
        + [e.transaction_id for e in exc.not_sent]
    )
    assert sorted(accounted) == sorted(f"tx-{i}" for i in range(100))
    assert "20 of 100 items accepted; items 10-19, 20-29 failed" in str(exc)
    assert bulk.waits == []  # 400 is not retried


def test_subscriber_bulk_create_merges_concurrent_chunks_in_order(bulk: Bulk, server: FaultServer) -> None:
    def created(request: Recorded) -> Reply:
        ids = [s["subscriberId"] for s in request.json()["subscribers"]]
        return reply(201, {"data": {"created": [{"subscriberId": i} for i in ids], "updated": [], "failed": []}})

    gathering = Gathering(3, created, lambda r: 0.1 if r.json()["subscribers"][0]["subscriberId"] == "s-0" else 0.0)
    server.script(*[dynamic(gathering)] * 3)
    subscribers = [SubscriberDto(subscriber_id=f"s-{i}", email=f"s{i}@example.com") for i in range(1200)]

    result = bulk.call("SubscriberApi", "bulk_create", subscribers, max_in_flight=3)

    assert [s.subscriber_id for s in result.created] == [f"s-{i}" for i in range(1200)]
    assert len({r.idempotency_key for r in server.requests}) == 3


@pytest.mark.parametrize("bad", [0, -1, MAX_IN_FLIGHT + 1, 2.0, True, "4"])
def test_max_in_flight_out_of_range_is_refused_before_sending(bad: Any, server: FaultServer, make_api: MakeApi) -> None:
    h = make_api(EventApi)

    with pytest.raises((ValueError, TypeError), match="max_in_flight"):
        h.api.trigger_bulk(events(10), max_in_flight=bad)

    assert server.requests == []
