"""Finishing a failed bulk call, and re-running a job that died, without the server processing anything twice.

Against `IdempotentNovu` (tests/faults/idempotent.py): the fault server answering as Novu does with
its idempotency records, with faults scripted per chunk and arrival. What is measured is the
server's own count of how many times it processed each event or subscriber: once, twice, never.
Sync and async (`novu_facade.aio` over both async transports), as the other bulk tests.
"""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest

from novu_facade import aio
from novu_facade._bulk import successor
from novu_facade._retry import AsyncRetryTransport, RetryPolicy
from novu_facade.api import EventApi, SubscriberApi
from novu_facade.dto.event import InputEventDto
from novu_facade.dto.subscriber import SubscriberDto
from novu_facade.errors import BulkError, ServerError, UnprocessableEntityError
from tests.faults.conftest import MakeApi
from tests.faults.idempotent import EVENTS_BULK, FAILS, LOST, OUTAGE, REJECTS, IdempotentNovu
from tests.faults.server import FaultServer, Recorded, Reply, Reset, dynamic

FLAVOURS = ["sync", "async-httpx", "async-aiohttp"]
ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")
NONE_TWICE = {"twice": 0, "never": 0}


def events(count: int) -> list[InputEventDto]:
    return [
        InputEventDto(name="welcome", recipients=f"sub-{i}", payload={"i": i}, transaction_id=f"tx-{i}")
        for i in range(count)
    ]


def ids(count: int, prefix: str = "tx-") -> list[str]:
    return [f"{prefix}{i}" for i in range(count)]


def first_item(request: Recorded) -> str:
    body = request.json()
    items = body.get("events") or body.get("subscribers")
    return str(items[0].get("transactionId") or items[0].get("subscriberId"))


def keys_of(server: FaultServer, first: str) -> list[str | None]:
    """The idempotency key of every request of the chunk starting with `first`, in arrival order."""
    return [r.idempotency_key for r in server.requests if first_item(r) == first]


async def settle(value: Any) -> Any:
    """A sync call's result, or an async call's awaited."""
    return await value if inspect.isawaitable(value) else value


@dataclass
class Client:
    """Makes facade instances of one flavour against the fault server, each on a pool of its own
    (as a new process would have), recording the waits the retry policy asks for (not slept)."""

    flavour: str
    server: FaultServer
    make_api: MakeApi
    monkeypatch: pytest.MonkeyPatch
    waits: list[float] = field(default_factory=list)
    _async_keys: list[tuple[str, str]] = field(default_factory=list)

    def api(self, name: str, **kwargs: Any) -> Any:
        if self.flavour == "sync":
            harness = self.make_api({"EventApi": EventApi, "SubscriberApi": SubscriberApi}[name], **kwargs)
            harness.core.client._transport.sleep = self.waits.append
            return harness.api
        self.monkeypatch.setenv("NOVU_ASYNC_TRANSPORT", self.flavour.removeprefix("async-"))
        key = f"sk_async_{uuid.uuid4().hex}"
        self._async_keys.append((self.server.url, key))
        api = getattr(aio, name)(url=self.server.url, api_key=key, **kwargs)
        transport = api._core.client._transport
        assert isinstance(transport, AsyncRetryTransport)

        async def record(seconds: float) -> None:
            self.waits.append(seconds)

        transport.sleep = record
        return api

    def run(self, scenario: Callable[[], Awaitable[T]]) -> T:
        """Run `scenario` in one event loop (the sync flavour's calls simply block in it)."""
        return asyncio.run(asyncio.wait_for(scenario(), timeout=60))

    def close(self) -> None:
        for key in self._async_keys:
            aio._cores.pop(key, None)


@pytest.fixture(params=FLAVOURS)
def client(
    request: pytest.FixtureRequest, server: FaultServer, make_api: MakeApi, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Client]:
    if request.param == "async-aiohttp":
        pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is a dev dependency")
    made = Client(request.param, server, make_api, monkeypatch)
    try:
        yield made
    finally:
        made.close()


class FirstAnswersLast:
    """Holds the first `count` requests until all have arrived; then answers those of `failing`
    chunks at once and the others `delay` seconds later, so the failures are known before a worker
    of an accepted chunk is free to start another (that is sequencing, nothing asserts a time)."""

    def __init__(self, novu: IdempotentNovu, count: int, failing: set[str], delay: float = 0.3) -> None:
        self.novu, self.count, self.failing, self.delay = novu, count, failing, delay
        self.arrived = 0
        self.lock = threading.Lock()
        self.all_in = threading.Event()

    def __call__(self, request: Recorded) -> Reply | Reset:
        with self.lock:
            number = self.arrived
            self.arrived += 1
            if self.arrived >= self.count:
                self.all_in.set()
        if number < self.count:
            assert self.all_in.wait(timeout=10), "fewer requests in flight than expected"
            if first_item(request) not in self.failing:
                time.sleep(self.delay)
        return self.novu(request)


# The measure of the issue --------------------------------------------------------------------------
def test_20000_events_with_chunks_failing_after_processing_resume_with_each_event_processed_once(
    client: Client, server: FaultServer
) -> None:
    """200 chunks, 8 in flight. Chunk 3 is processed but its answer is lost, and the outage outlasts
    its retries; chunk 5's first answer is a 500 the server stored for its key; chunk 6 never gets
    past the outage. `resume()` finishes the job: every event processed exactly once."""
    count = 20_000
    novu = IdempotentNovu({"tx-300": [LOST, OUTAGE, OUTAGE], "tx-500": [FAILS], "tx-600": [OUTAGE] * 3})
    server.script(*[dynamic(FirstAnswersLast(novu, 8, {"tx-300", "tx-500", "tx-600"}))] * 8)
    novu.serve(server, 400)
    inputs = events(count)

    async def job() -> tuple[BulkError, list[Any]]:
        api = client.api("EventApi")
        with pytest.raises(BulkError) as caught:
            await settle(api.trigger_bulk(inputs, max_in_flight=8))
        return caught.value, await settle(caught.value.resume())

    first, results = client.run(job)

    # The first call's account: mixed accepted, failed and not-sent chunks, the caller's items.
    assert [f.start for f in first.failures] == [300, 500, 600]
    for failure in first.failures:
        assert all(a is b for a, b in zip(failure.items, inputs[failure.start : failure.start + 100], strict=True))
    assert {0, 100, 200, 400, 700} <= set(first.accepted_starts)
    assert first.not_sent and all(isinstance(item, InputEventDto) for item in first.not_sent)
    accounted = [
        *(i for start in first.accepted_starts for i in range(start, start + 100)),
        *(int(e.transaction_id.removeprefix("tx-")) for e in first.failed_items + first.not_sent),
    ]
    assert sorted(accounted) == list(range(count))
    k3, k5, k6 = (keys_of(server, f"tx-{n}00")[0] for n in (3, 5, 6))
    assert [f.retry_key for f in first.failures] == [k3, successor(k5), k6]  # chunk 5's key is spent
    assert isinstance(first.failures[0].error, ServerError) and first.failures[0].error.status_code == 503

    # The resumed call: complete, ordered, and nothing processed twice.
    assert [r.transaction_id for r in results] == ids(count)
    assert novu.tally(ids(count)) == {"once": count, **NONE_TWICE}
    assert keys_of(server, "tx-300") == [k3] * 4  # resent under its key: answered from the record
    assert keys_of(server, "tx-500") == [k5, k5, successor(k5)]
    assert keys_of(server, "tx-600") == [k6] * 4
    assert novu.replays == 2  # chunk 5's retry within the call, chunk 3's resend
    assert server.unscripted == 0


def test_resending_a_failed_chunk_under_a_fresh_key_processes_it_twice(server: FaultServer, make_api: MakeApi) -> None:
    """What the facade's resume avoids, and what this server counts: a failed chunk the server had
    processed, resent as a new bulk call (fresh keys), is processed again."""
    novu = IdempotentNovu({"tx-100": [LOST, OUTAGE, OUTAGE]})
    novu.serve(server)
    api = make_api(EventApi).api

    with pytest.raises(BulkError) as caught:
        api.trigger_bulk(events(300))
    api.trigger_bulk(caught.value.failed_items + caught.value.not_sent)

    assert novu.tally(ids(300)) == {"once": 200, "twice": 100, "never": 0}


# Resume ---------------------------------------------------------------------------------------------
def test_a_resume_that_fails_again_raises_the_same_account_and_resumes_in_turn(
    client: Client, server: FaultServer
) -> None:
    novu = IdempotentNovu({"tx-100": [OUTAGE] * 3, "tx-300": [LOST, OUTAGE, OUTAGE]})
    novu.serve(server)
    inputs = events(500)

    async def job() -> tuple[BulkError, BulkError, list[Any], list[Any]]:
        api = client.api("EventApi")
        with pytest.raises(BulkError) as first:
            await settle(api.trigger_bulk(inputs))
        with pytest.raises(BulkError) as second:
            await settle(first.value.resume())
        results = await settle(second.value.resume())
        again = await settle(first.value.resume())  # the first error's snapshot, resent: all answered from records
        return first.value, second.value, results, again

    first, second, results, again = client.run(job)

    assert (first.accepted_starts, [f.start for f in first.failures], len(first.not_sent)) == ([0], [100], 300)
    assert second.accepted_starts == [0, 100, 200]  # the whole call's account: chunk 0 from the first call
    assert [chunk[0]["transactionId"] for chunk in second.accepted] == ["tx-0", "tx-100", "tx-200"]
    assert [f.start for f in second.failures] == [300]
    assert second.failed_items == inputs[300:400] and second.not_sent == inputs[400:]
    assert "300 of 500 items accepted; items 300-399 failed" in str(second)
    assert second.retry_key == keys_of(server, "tx-300")[0]
    assert first.retry_key == keys_of(server, "tx-100")[0]
    assert [r.transaction_id for r in results] == ids(500)
    assert [r.transaction_id for r in again] == ids(500)
    assert novu.replays == 5  # chunk 3 in the second resume; chunks 1-4 resent from the first snapshot
    assert novu.tally(ids(500)) == {"once": 500, **NONE_TWICE}


def test_resume_keeps_max_in_flight(client: Client, server: FaultServer) -> None:
    """The server holds the first 4 requests of the call, then the first 4 of its resume, until all
    4 are in: which one chunk at a time would never do."""
    firsts = {f"tx-{100 * n}" for n in range(4)}
    novu = IdempotentNovu({first: [OUTAGE] for first in firsts})
    server.script(*[dynamic(FirstAnswersLast(novu, 4, firsts))] * 4)
    server.script(*[dynamic(FirstAnswersLast(novu, 4, set(), delay=0.0))] * 4)
    novu.serve(server)

    async def job() -> tuple[BulkError, list[Any]]:
        api = client.api("EventApi", max_retries=0)
        with pytest.raises(BulkError) as caught:
            await settle(api.trigger_bulk(events(800), max_in_flight=4))
        return caught.value, await settle(caught.value.resume())

    error, results = client.run(job)

    assert [f.start for f in error.failures] == [0, 100, 200, 300] and len(error.not_sent) == 400
    assert [r.transaction_id for r in results] == ids(800)
    assert novu.tally(ids(800)) == {"once": 800, **NONE_TWICE}


def test_a_stored_rejection_stays_a_failure(server: FaultServer, make_api: MakeApi) -> None:
    """A 400 the server stored for a chunk's key: the resend moves on to the key's successor, and
    the server rejects the chunk again (nothing is processed)."""
    novu = IdempotentNovu({"tx-0": [REJECTS] * 3})  # arrival 2 is answered from the record
    novu.serve(server)
    api = make_api(EventApi).api

    with pytest.raises(BulkError) as first:
        api.trigger_bulk(events(200), idempotency_key="rejected")
    with pytest.raises(BulkError) as second:
        first.value.resume()

    assert first.value.retry_key == "rejected#0"  # a fresh 400: not known to be stored
    assert second.value.retry_key == "rejected#0~1"
    assert keys_of(server, "tx-0") == ["rejected#0", "rejected#0", "rejected#0~1"]
    assert novu.tally(ids(100)) == {"once": 0, "twice": 0, "never": 100}


def test_subscribers_resume_to_one_merged_result(client: Client, server: FaultServer) -> None:
    novu = IdempotentNovu({"s-500": [LOST, OUTAGE, OUTAGE]})
    novu.serve(server)
    subscribers = [SubscriberDto(subscriber_id=f"s-{i}", email=f"s{i}@example.com") for i in range(1200)]

    async def job() -> tuple[BulkError, Any]:
        api = client.api("SubscriberApi")
        with pytest.raises(BulkError) as caught:
            await settle(api.bulk_create(subscribers, max_in_flight=2))
        return caught.value, await settle(caught.value.resume())

    error, result = client.run(job)

    assert [f.start for f in error.failures] == [500]
    assert error.failed_items == subscribers[500:1000] and error.failed_items[0] is subscribers[500]
    assert all(isinstance(s, SubscriberDto) for s in error.failed_items + error.not_sent)
    assert [s.subscriber_id for s in result.created] == ids(1200, "s-")
    assert novu.tally(ids(1200, "s-")) == {"once": 1200, **NONE_TWICE}


def test_resume_without_keys_resends_without_keys(server: FaultServer, make_api: MakeApi) -> None:
    """With automatic keys switched off the server cannot tell a resend from a new request: resume
    still finishes the call, and a chunk whose answer was lost is processed again."""
    novu = IdempotentNovu({"tx-100": [LOST]})
    novu.serve(server)
    api = make_api(EventApi, policy=RetryPolicy(idempotency_keys=False)).api

    with pytest.raises(BulkError) as caught:
        api.trigger_bulk(events(300))
    assert caught.value.retry_key is None
    results = caught.value.resume()

    assert len(results) == 300 and set(novu.keys) == {None}
    assert novu.tally(ids(300)) == {"once": 200, "twice": 100, "never": 0}


# Job keys -------------------------------------------------------------------------------------------
def test_a_job_rerun_with_its_key_processes_every_event_once(client: Client, server: FaultServer) -> None:
    """A Celery-style job: the first run ends in a BulkError (chunk 2's first answer is a stored
    500, chunk 4 is processed but its answer lost past the retries) and the process moves on; the
    retried task, in a new process, runs the same events with the same key; so does a duplicate
    delivery of the task after it succeeded."""
    count, key = 2000, "digest-2026-03-01"
    novu = IdempotentNovu({"tx-200": [FAILS], "tx-400": [LOST, OUTAGE, OUTAGE]})
    server.script(*[dynamic(FirstAnswersLast(novu, 8, {"tx-200", "tx-400"}))] * 8)
    novu.serve(server)

    async def job() -> tuple[list[Any], list[Any]]:
        with pytest.raises(BulkError):
            await settle(client.api("EventApi").trigger_bulk(events(count), max_in_flight=8, idempotency_key=key))
        rerun = await settle(client.api("EventApi").trigger_bulk(events(count), max_in_flight=8, idempotency_key=key))
        duplicate = await settle(client.api("EventApi").trigger_bulk(events(count), idempotency_key=key))
        return rerun, duplicate

    rerun, duplicate = client.run(job)

    assert [r.transaction_id for r in rerun] == [r.transaction_id for r in duplicate] == ids(count)
    assert novu.tally(ids(count)) == {"once": count, **NONE_TWICE}
    assert set(keys_of(server, "tx-0")) == {f"{key}#0"}
    # The 500 stored for "#2" (the retry got it replayed); each later run steps over it to "#2~1".
    assert keys_of(server, "tx-200") == [f"{key}#2", f"{key}#2"] + [f"{key}#2", f"{key}#2~1"] * 2
    assert set(keys_of(server, "tx-400")) == {f"{key}#4"}
    assert novu.mismatches == 0


CHILD = """
import asyncio, os, sys
from novu_facade.dto.event import InputEventDto

flavour, url, api_key, key, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
events = [
    InputEventDto(name="welcome", recipients=f"sub-{i}", payload={"i": i}, transaction_id=f"tx-{i}")
    for i in range(count)
]

def crash(done, total):
    if done >= total // 2:
        os._exit(17)  # killed: no cleanup, the answers in flight are never read

if flavour == "sync":
    from novu_facade.api import EventApi
    EventApi(url, api_key).trigger_bulk(events, max_in_flight=8, idempotency_key=key, progress=crash)
else:
    from novu_facade import aio
    asyncio.run(aio.EventApi(url, api_key).trigger_bulk(events, max_in_flight=8, idempotency_key=key, progress=crash))
"""


def test_a_job_killed_half_way_is_rerun_in_another_process_with_each_event_processed_once(
    client: Client, server: FaultServer
) -> None:
    count, key = 3000, f"import-{uuid.uuid4().hex}"
    novu = IdempotentNovu()
    novu.serve(server)
    env_transport = client.flavour.removeprefix("async-") if client.flavour != "sync" else "httpx"

    child = subprocess.run(
        [sys.executable, "-c", CHILD, client.flavour, server.url, f"sk_child_{uuid.uuid4().hex}", key, str(count)],
        cwd=ROOT,
        env={**_environment(), "NOVU_ASYNC_TRANSPORT": env_transport},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 17, child.stderr
    novu.wait_idle()
    after_crash = novu.tally(ids(count))
    assert after_crash["twice"] == 0 and after_crash["once"] >= count // 2 and after_crash["never"] > 0

    async def rerun() -> list[Any]:
        return await settle(client.api("EventApi").trigger_bulk(events(count), max_in_flight=8, idempotency_key=key))

    results = client.run(rerun)

    assert [r.transaction_id for r in results] == ids(count)
    assert novu.tally(ids(count)) == {"once": count, **NONE_TWICE}
    assert novu.replays >= count // 200  # the chunks the dead process got processed


def _environment() -> dict[str, str]:
    import os

    return {name: value for name, value in os.environ.items() if not name.startswith("NOVU_")}


def test_one_chunk_can_be_resent_alone_under_its_key(server: FaultServer, make_api: MakeApi) -> None:
    novu = IdempotentNovu({"tx-100": [LOST, OUTAGE, OUTAGE]})
    novu.serve(server)
    api = make_api(EventApi).api

    with pytest.raises(BulkError) as caught:
        api.trigger_bulk(events(300), idempotency_key="nightly")
    [failure] = caught.value.failures
    resent = api.trigger_bulk(failure.items, idempotency_key=failure.retry_key)

    assert failure.retry_key == "nightly#1"
    assert server.requests[-1].idempotency_key == "nightly#1"
    assert server.requests[-1].headers.get("idempotency-key") == "nightly#1"
    assert [r.transaction_id for r in resent] == ids(200)[100:]
    assert novu.tally(ids(200)) == {"once": 200, **NONE_TWICE}  # chunk 1 answered from the record
    assert novu.tally(ids(300)[200:])["never"] == 100  # chunk 2 was never sent


def test_a_job_rerun_with_other_items_under_the_same_key_is_refused_by_the_server(
    server: FaultServer, make_api: MakeApi
) -> None:
    novu = IdempotentNovu()
    novu.serve(server)
    make_api(EventApi).api.trigger_bulk(events(200), idempotency_key="job-1")

    changed = events(200)
    changed[150] = InputEventDto(name="welcome", recipients="someone-else", payload={}, transaction_id="tx-150")
    with pytest.raises(BulkError) as caught:
        make_api(EventApi).api.trigger_bulk(changed, idempotency_key="job-1")

    assert isinstance(caught.value.__cause__, UnprocessableEntityError)
    assert [f.start for f in caught.value.failures] == [100] and novu.mismatches == 1
    assert novu.tally(ids(200)) == {"once": 200, **NONE_TWICE}


def test_a_job_key_too_long_for_its_chunk_keys_is_refused_before_sending(
    server: FaultServer, make_api: MakeApi
) -> None:
    api = make_api(EventApi).api

    with pytest.raises(ValueError, match=r"idempotency_key is 246 characters.*use at most 245 characters"):
        api.trigger_bulk(events(1000), idempotency_key="k" * 246)  # 255 less "#9" and the resend room
    with pytest.raises(ValueError, match=r"idempotency_key is 248 characters.*use at most 247 characters"):
        make_api(SubscriberApi).api.bulk_create([SubscriberDto(subscriber_id="s-1")], idempotency_key="k" * 248)

    assert server.requests == []


# Progress -------------------------------------------------------------------------------------------
def test_progress_is_told_after_each_chunk_one_thread_at_a_time(client: Client, server: FaultServer) -> None:
    novu = IdempotentNovu()
    novu.serve(server)
    calls: list[tuple[int, int]] = []
    inside = threading.Lock()
    overlapped: list[bool] = []

    def progress(done: int, total: int) -> None:
        if not inside.acquire(blocking=False):
            overlapped.append(True)
            return
        try:
            calls.append((done, total))
            time.sleep(0.002)  # room for another thread to come in, were it allowed to
        finally:
            inside.release()

    async def job() -> list[Any]:
        return list(await settle(client.api("EventApi").trigger_bulk(events(2000), max_in_flight=8, progress=progress)))

    results = client.run(job)

    assert len(results) == 2000
    assert calls == [(100 * n, 2000) for n in range(1, 21)]
    assert overlapped == []


def test_progress_goes_on_through_a_resume(client: Client, server: FaultServer) -> None:
    novu = IdempotentNovu({"tx-500": [OUTAGE] * 3})
    novu.serve(server)
    calls: list[tuple[int, int]] = []

    async def job() -> None:
        api = client.api("EventApi")
        with pytest.raises(BulkError) as caught:
            await settle(api.trigger_bulk(events(1000), progress=lambda done, total: calls.append((done, total))))
        assert calls[-1] == (500, 1000)
        await settle(caught.value.resume())

    client.run(job)

    assert calls == [(100 * n, 1000) for n in range(1, 11)]


def test_an_exception_from_progress_ends_the_call(server: FaultServer, make_api: MakeApi) -> None:
    novu = IdempotentNovu()
    novu.serve(server)

    class Stop(Exception):
        pass

    def stop_at_200(done: int, total: int) -> None:
        if done >= 200:
            raise Stop

    with pytest.raises(Stop):
        make_api(EventApi).api.trigger_bulk(events(1000), progress=stop_at_200)

    assert len(server.requests) == 2
    with pytest.raises(TypeError, match="progress must be a callable"):
        make_api(EventApi).api.trigger_bulk(events(10), progress=42)
    assert len(server.requests) == 2


def test_an_empty_bulk_tells_progress_of_nothing(server: FaultServer, make_api: MakeApi) -> None:
    novu = IdempotentNovu()
    server.script(dynamic(lambda request: novu(request) if request.json()["events"] else _empty()))
    calls: list[tuple[int, int]] = []

    assert make_api(EventApi).api.trigger_bulk([], progress=lambda *args: calls.append(args)) == []
    assert calls == [(0, 0)]
    assert server.requests[0].path == EVENTS_BULK


def _empty() -> Reply:
    from tests.faults.server import reply

    return reply(201, {"data": []})
