"""Bulk calls in chunks the server accepts, several at once if asked, with a full account of a failure.

A bulk plan yields one `Batch`: the chunks' Calls and how many may be in flight at once. The
drivers (novu_facade._core.run, novu_facade.aio.run) answer it with one outcome per Call, in input
order, sending through `Batch.send_all` (a small thread pool over the shared client) or
`Batch.send_all_async` (tasks on the running event loop). With `max_in_flight=1` both send one
chunk after another in the caller's thread or task, as before. Concurrent chunks of one batch
share a pause (novu_facade._pause): a 429 on one holds back the next attempts of all. (Over a caller's own
`session`, whose attempts bypass the shared transports, only the start of each chunk waits.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from novu_facade._answers import UNREADABLE, decode, off_spec, readable_by
from novu_facade._pause import PauseGate, current_gate
from novu_facade._retry import IDEMPOTENCY_HEADER, new_idempotency_key
from novu_facade.errors import BulkError, FailedChunk

if TYPE_CHECKING:
    from collections.abc import Awaitable

    import httpx

    from novu_facade._core import Call

EVENTS_PER_REQUEST = 100  # /v1/events/trigger/bulk
SUBSCRIBERS_PER_REQUEST = 500  # /v1/subscribers/bulk
MAX_IN_FLIGHT = 100  # the async pool's connections; more would only queue
DEFAULT_MAX_IN_FLIGHT = 1  # in input order, one at a time: what the legacy SDK's callers expect

T = TypeVar("T")
R = TypeVar("R")


class NotSent:
    """The outcome of a Call the batch never started, because an earlier one had failed."""

    def __repr__(self) -> str:
        return "NOT_SENT"


NOT_SENT = NotSent()
Outcome = Any  # pick of the decoded body, the exception the call raised, or NOT_SENT


def checked_max_in_flight(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_in_flight must be an int, not {type(value).__name__}")
    if not 1 <= value <= MAX_IN_FLIGHT:
        raise ValueError(f"max_in_flight must be between 1 and {MAX_IN_FLIGHT}, not {value}")
    return value


class Batch:
    """Calls to send at most `limit` at a time, started in order; after the first failure no new
    call starts (calls in flight finish). Answered by one outcome per call, in order: `pick` of
    its decoded body, or the exception that sending or `pick` raised, or NOT_SENT. A body `pick`
    cannot read is that call's UnexpectedResponseError, named for the facade method `name`."""

    __slots__ = ("calls", "gate", "last_response", "limit", "name", "pick")

    def __init__(self, calls: list[Call], limit: int, pick: Callable[[Any], Any], name: str = "the bulk call") -> None:
        self.calls = calls
        self.limit = checked_max_in_flight(limit)
        self.pick = pick  # checked as each answer arrives, so an unreadable one stops the batch too
        self.name = name
        self.gate = PauseGate()
        self.last_response: httpx.Response | None = None  # the latest answer, to explain what the plan reads of it

    def _read(self, response: httpx.Response) -> Any:
        self.last_response = response
        body = decode(response)
        try:
            return self.pick(body)
        except UNREADABLE as exc:
            raise off_spec(response, readable_by(self.name), exc) from exc

    def __repr__(self) -> str:
        return f"Batch({len(self.calls)} calls, limit={self.limit})"

    def _one(self, send: Callable[[Call], Any], call: Call) -> tuple[Outcome, bool]:
        self.gate.wait()
        token = current_gate.set(self.gate)
        try:
            return self._read(send(call)), True
        except Exception as exc:
            return exc, False
        finally:
            current_gate.reset(token)

    def send_all(self, send: Callable[[Call], Any]) -> list[Outcome]:
        outcomes: list[Outcome] = [NOT_SENT] * len(self.calls)
        if self.limit == 1 or len(self.calls) == 1:  # one at a time: nothing to pause but the retry itself
            for i, call in enumerate(self.calls):
                try:
                    outcomes[i] = self._read(send(call))
                except Exception as exc:
                    outcomes[i] = exc
                    break
            return outcomes

        from concurrent.futures import ThreadPoolExecutor  # only for concurrent bulk calls

        lock = threading.Lock()
        state = {"next": 0, "failed": False}

        def worker() -> None:
            while True:
                with lock:
                    i = state["next"]
                    if state["failed"] or i >= len(self.calls):
                        return
                    state["next"] = i + 1
                outcomes[i], ok = self._one(send, self.calls[i])
                if not ok:
                    with lock:
                        state["failed"] = True

        workers = min(self.limit, len(self.calls))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="novu-bulk") as pool:
            try:
                for future in [pool.submit(worker) for _ in range(workers)]:
                    future.result()
            except BaseException:  # e.g. KeyboardInterrupt: start nothing more, let calls in flight end
                with lock:
                    state["failed"] = True
                raise
        return outcomes

    async def _one_async(self, send: Callable[[Call], Awaitable[Any]], call: Call) -> tuple[Outcome, bool]:
        await self.gate.wait_async()
        token = current_gate.set(self.gate)
        try:
            return self._read(await send(call)), True
        except Exception as exc:
            return exc, False
        finally:
            current_gate.reset(token)

    async def send_all_async(self, send: Callable[[Call], Awaitable[Any]]) -> list[Outcome]:
        outcomes: list[Outcome] = [NOT_SENT] * len(self.calls)
        if self.limit == 1 or len(self.calls) == 1:
            for i, call in enumerate(self.calls):
                try:
                    outcomes[i] = self._read(await send(call))
                except Exception as exc:
                    outcomes[i] = exc
                    break
            return outcomes

        import asyncio

        state = {"next": 0, "failed": False}

        async def worker() -> None:
            while not state["failed"] and state["next"] < len(self.calls):
                i = state["next"]
                state["next"] = i + 1
                outcomes[i], ok = await self._one_async(send, self.calls[i])
                if not ok:
                    state["failed"] = True

        async with asyncio.TaskGroup() as group:
            for _ in range(min(self.limit, len(self.calls))):
                group.create_task(worker())
        return outcomes


def chunked(
    operation: str,
    items: Sequence[T],
    size: int,
    request: Callable[[list[T], dict[str, str] | None], Call],
    pick: Callable[[Any], R],
    *,
    keyed: bool = True,
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
) -> Generator[Batch, Any, list[R]]:
    """A plan (see novu_facade._core) sending `items`, `size` at a time, up to `max_in_flight` at once.

    Yields one Batch of `request(chunk, headers)` per chunk and receives their outcomes;
    `pick(answer)` is a chunk's result; results come back in input order. With `keyed` (the retry
    policy's automatic keys), each chunk carries its own idempotency key, reused by every retry of
    that chunk. When a chunk fails, no further chunk starts and the BulkError accounts for every
    item: accepted (with results), failed (each chunk with its key), never sent. An empty input is
    still sent once, as the legacy SDK did, so the server's answer to it is unchanged.
    """
    starts = range(0, max(len(items), 1), size)
    chunks = [list(items[start : start + size]) for start in starts]
    keys = [new_idempotency_key() if keyed else None for _ in chunks]
    calls = [
        request(chunk, {IDEMPOTENCY_HEADER: key} if key else None) for chunk, key in zip(chunks, keys, strict=True)
    ]
    outcomes: list[Outcome] = yield Batch(calls, max_in_flight, pick, operation)

    results: list[R] = []
    accepted_starts: list[int] = []
    failures: list[FailedChunk] = []
    not_sent: list[T] = []
    for start, chunk, key, outcome in zip(starts, chunks, keys, outcomes, strict=True):
        if outcome is NOT_SENT:
            not_sent.extend(chunk)
        elif isinstance(outcome, Exception):  # an unreadable answer too: it must not lose the account
            failures.append(FailedChunk(start=start, items=chunk, retry_key=key, error=outcome))
        else:
            results.append(outcome)
            accepted_starts.append(start)
    if failures:
        raise BulkError(
            operation,
            accepted=results,
            accepted_count=sum(len(chunks[start // size]) for start in accepted_starts),
            failed_items=[item for failure in failures for item in failure.items],
            not_sent=not_sent,
            retry_key=failures[0].retry_key,
            cause=failures[0].error,
            failures=failures,
            accepted_starts=accepted_starts,
        ) from failures[0].error
    return results
