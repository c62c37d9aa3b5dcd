"""Bulk calls in chunks the server accepts, several at once if asked, with a full account of a
failure and one call to finish the job.

A bulk plan (`chunked`) yields one `Batch`: the chunks' Calls and how many may be in flight at
once. The drivers (novu_facade._core.run, novu_facade.aio.run) answer it with one outcome per
Call, in input order, sending through `Batch.send_all` (a small thread pool over the shared
client) or `Batch.send_all_async` (tasks on the running event loop). With `max_in_flight=1` both
send one chunk after another in the caller's thread or task. Concurrent chunks of one batch share a
pause (novu_facade._pause): a 429 on one holds back the next attempts of all. (Over a caller's own
`session`, whose attempts bypass the shared transports, only the start of each chunk waits.)

Keys. Each chunk has its own idempotency key, the same on every attempt and every resend of that
chunk: a random one, or, from a caller's job key KEY, `KEY#n` for chunk n (KEY itself when the
items fit one chunk), so that a re-run of the same job sends the same keys (`job_keys`).

Spent keys. Novu stores the first answer for a key, error answers too, and replays it to every
later request with that key (`Idempotency-Replay: true`). A key whose stored answer is an error is
spent: the server did not process the chunk under it and never will. The chunk moves on to the
key's successor (`K~1`, then `K~2`, ...: a function of the key alone, so another process walks the
same chain and finds whatever an earlier run stored there). A chunk whose first attempt in a call
is answered with a replayed error moves on at once (the key was spent before this call); one that
spent its key within the call fails with the successor as its `retry_key` (so a server that keeps
failing is not sent the chunk under new keys forever).

Resuming. A failed call raises `BulkError` with a snapshot of where it stands: each chunk's result
or key. `BulkError.resume()` sends the chunks not accepted (failed ones under their retry keys,
never-sent ones under the keys they were given, which the server has not seen) through the same
send function, sync or async as the call was, and returns the whole call's result or raises the
next BulkError.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from novu_facade._answers import UNREADABLE, decode, off_spec, readable_by
from novu_facade._pause import PauseGate, current_gate
from novu_facade._retry import (
    ATTEMPT_EXTENSION,
    IDEMPOTENCY_HEADER,
    IDEMPOTENCY_KEY_MAX,
    REPLAY_HEADER,
    checked_idempotency_key,
    new_idempotency_key,
)
from novu_facade.errors import BulkError, FailedChunk, NovuAPIError

if TYPE_CHECKING:
    from collections.abc import Awaitable

    import httpx

    from novu_facade._core import Call

EVENTS_PER_REQUEST = 100  # /v1/events/trigger/bulk
SUBSCRIBERS_PER_REQUEST = 500  # /v1/subscribers/bulk
MAX_IN_FLIGHT = 100  # the async pool's connections; more would only queue
DEFAULT_MAX_IN_FLIGHT = 1  # in input order, one at a time: what the legacy SDK's callers expect

CHUNK_SEPARATOR = "#"  # KEY#n: the key of chunk n of a job keyed KEY
COUNTER_SEPARATOR = "~"  # K~1, K~2: the successors of a spent key K
RESEND_ROOM = 8  # characters of a chunk key kept for its successors' counter: "~" and 7 digits
MAX_SPENT_KEYS = 100  # spent keys one chunk steps over in one call, at most
_COUNTER = re.compile(r"~([0-9]+)\Z")

T = TypeVar("T")  # an item of the caller's
R = TypeVar("R")  # what a chunk's answer gives
F = TypeVar("F")  # the call's result, from all chunks' results

Progress = Callable[[int, int], object]
"""`progress(done, total)`: items of accepted chunks so far, and items of the call."""


class NotSent:
    """The outcome of a Call the batch never started, because an earlier one had failed."""

    def __repr__(self) -> str:
        return "NOT_SENT"


NOT_SENT = NotSent()
Outcome = Any  # pick of the decoded body, the exception the call raised, or NOT_SENT
_PENDING: Any = object()  # the result of a chunk not accepted yet


def checked_max_in_flight(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_in_flight must be an int, not {type(value).__name__}")
    if not 1 <= value <= MAX_IN_FLIGHT:
        raise ValueError(f"max_in_flight must be between 1 and {MAX_IN_FLIGHT}, not {value}")
    return value


def checked_progress(progress: Progress | None) -> Progress | None:
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a callable taking (done, total), not {type(progress).__name__}")
    return progress


# --------------------------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------------------------


def successor(key: str) -> str:
    """The key a chunk moves on to when `key` is spent: `K~1` after `K`, `K~2` after `K~1`."""
    counter = _COUNTER.search(key)
    if counter is None:
        return f"{key}{COUNTER_SEPARATOR}1"
    return f"{key[: counter.start()]}{COUNTER_SEPARATOR}{int(counter.group(1)) + 1}"


def job_keys(key: str, chunks: int) -> list[str]:
    """The keys of the `chunks` chunks of a job keyed `key`: `key` itself for one chunk (so a chunk
    can be resent alone under its own key), else `key#0`, `key#1`, ...

    Refused before anything is sent when the server would reject a chunk key or one of its
    successors (RESEND_ROOM characters are kept for their counter).
    """
    checked = checked_idempotency_key(key)
    if chunks == 1:
        keys = [checked]
        base = checked[: m.start()] if (m := _COUNTER.search(checked)) else checked
        longest = len(base) + RESEND_ROOM
    else:
        keys = [f"{checked}{CHUNK_SEPARATOR}{n}" for n in range(chunks)]
        longest = len(keys[-1]) + RESEND_ROOM
    excess = longest - IDEMPOTENCY_KEY_MAX
    if excess > 0:
        raise ValueError(
            f"idempotency_key is {len(key)} characters, too long for this bulk call of {chunks} request(s): "
            f"the key of each request is derived from it ('{CHUNK_SEPARATOR}<n>' for request n, and "
            f"{RESEND_ROOM} characters for resends) and must stay within the {IDEMPOTENCY_KEY_MAX} Novu "
            f"accepts; use at most {len(key) - excess} characters"
        )
    return keys


def _replayed_error(error: Exception) -> int | None:
    """For an error answer the server replayed (the one it stored for the key): the number of the
    attempt of this call that got it, from 1; None for any other failure."""
    if not isinstance(error, NovuAPIError) or error.response.headers.get(REPLAY_HEADER) != "true":
        return None
    return int(error.response.request.extensions.get(ATTEMPT_EXTENSION, 1))


# --------------------------------------------------------------------------------------------
# Sending a batch of Calls
# --------------------------------------------------------------------------------------------


class Batch:
    """Calls to send at most `limit` at a time, started in order; after the first failure no new
    call starts (calls in flight finish). Answered by one outcome per call, in order: `pick` of
    its decoded body, or the exception that sending or `pick` raised, or NOT_SENT. A body `pick`
    cannot read is that call's UnexpectedResponseError, named for the facade method `name`.

    `rekey(i, error)`, when given, may answer a failure of call `i` with the Call to send instead
    (the same chunk under another key), or None to let the failure stand. `on_accepted(i)`, when
    given, is called after call `i` succeeds, by one thread at a time; an exception it raises
    starts no further call and is raised once the calls in flight have finished. `sender` is the
    send function of the last `send_all` / `send_all_async` and whether it was async.
    """

    __slots__ = ("calls", "gate", "last_response", "limit", "name", "on_accepted", "pick", "rekey", "sender")

    def __init__(
        self,
        calls: list[Call],
        limit: int,
        pick: Callable[[Any], Any],
        name: str = "the bulk call",
        *,
        rekey: Callable[[int, Exception], Call | None] | None = None,
        on_accepted: Callable[[int], object] | None = None,
    ) -> None:
        self.calls = calls
        self.limit = checked_max_in_flight(limit)
        self.pick = pick  # checked as each answer arrives, so an unreadable one stops the batch too
        self.name = name
        self.rekey = rekey
        self.on_accepted = on_accepted
        self.gate = PauseGate()
        self.last_response: httpx.Response | None = None  # the latest answer, to explain what the plan reads of it
        self.sender: tuple[Callable[[Call], Any], bool] | None = None

    def _read(self, response: httpx.Response) -> Any:
        self.last_response = response
        body = decode(response)
        try:
            return self.pick(body)
        except UNREADABLE as exc:
            raise off_spec(response, readable_by(self.name), exc) from exc

    def __repr__(self) -> str:
        return f"Batch({len(self.calls)} calls, limit={self.limit})"

    def _attempt(self, send: Callable[[Call], Any], i: int) -> tuple[Outcome, bool]:
        call = self.calls[i]
        while True:
            try:
                return self._read(send(call)), True
            except Exception as exc:
                again = None if self.rekey is None else self.rekey(i, exc)
                if again is None:
                    return exc, False
                call = again

    async def _attempt_async(self, send: Callable[[Call], Awaitable[Any]], i: int) -> tuple[Outcome, bool]:
        call = self.calls[i]
        while True:
            try:
                return self._read(await send(call)), True
            except Exception as exc:
                again = None if self.rekey is None else self.rekey(i, exc)
                if again is None:
                    return exc, False
                call = again

    def _one(self, send: Callable[[Call], Any], i: int) -> tuple[Outcome, bool]:
        self.gate.wait()
        token = current_gate.set(self.gate)
        try:
            return self._attempt(send, i)
        finally:
            current_gate.reset(token)

    def send_all(self, send: Callable[[Call], Any]) -> list[Outcome]:
        self.sender = (send, False)
        outcomes: list[Outcome] = [NOT_SENT] * len(self.calls)
        accepted = self.on_accepted
        if self.limit == 1 or len(self.calls) == 1:  # one at a time: nothing to pause but the retry itself
            for i in range(len(self.calls)):
                outcomes[i], ok = self._attempt(send, i)
                if not ok:
                    break
                if accepted is not None:
                    accepted(i)
            return outcomes

        from concurrent.futures import ThreadPoolExecutor  # only for concurrent bulk calls

        lock = threading.Lock()
        reporting = threading.Lock()  # on_accepted: one thread at a time
        state = {"next": 0, "failed": False}
        raised: list[Exception] = []

        def worker() -> None:
            while True:
                with lock:
                    i = state["next"]
                    if state["failed"] or i >= len(self.calls):
                        return
                    state["next"] = i + 1
                outcomes[i], ok = self._one(send, i)
                if ok and accepted is not None:
                    try:
                        with reporting:
                            accepted(i)
                    except Exception as exc:
                        raised.append(exc)
                        ok = False
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
        if raised:
            raise raised[0]
        return outcomes

    async def _one_async(self, send: Callable[[Call], Awaitable[Any]], i: int) -> tuple[Outcome, bool]:
        await self.gate.wait_async()
        token = current_gate.set(self.gate)
        try:
            return await self._attempt_async(send, i)
        finally:
            current_gate.reset(token)

    async def send_all_async(self, send: Callable[[Call], Awaitable[Any]]) -> list[Outcome]:
        self.sender = (send, True)
        outcomes: list[Outcome] = [NOT_SENT] * len(self.calls)
        accepted = self.on_accepted
        if self.limit == 1 or len(self.calls) == 1:
            for i in range(len(self.calls)):
                outcomes[i], ok = await self._attempt_async(send, i)
                if not ok:
                    break
                if accepted is not None:
                    accepted(i)
            return outcomes

        import asyncio

        state = {"next": 0, "failed": False}
        raised: list[Exception] = []

        async def worker() -> None:
            while not state["failed"] and state["next"] < len(self.calls):
                i = state["next"]
                state["next"] = i + 1
                outcomes[i], ok = await self._one_async(send, i)
                if ok and accepted is not None:
                    try:
                        accepted(i)  # tasks of one loop: one at a time
                    except Exception as exc:
                        raised.append(exc)
                        ok = False
                if not ok:
                    state["failed"] = True

        async with asyncio.TaskGroup() as group:
            for _ in range(min(self.limit, len(self.calls))):
                group.create_task(worker())
        if raised:
            raise raised[0]
        return outcomes


# --------------------------------------------------------------------------------------------
# A bulk call: its chunks, one pass over those not yet accepted, and the account
# --------------------------------------------------------------------------------------------


class _Job(Generic[T, R, F]):
    """What stays the same across a bulk call and its resumes: the caller's items in chunks, how a
    chunk is sent and read, how the results end, how many chunks go at once, whom to tell."""

    __slots__ = ("chunks", "finish", "limit", "operation", "pick", "progress", "request", "starts", "total")

    def __init__(
        self,
        operation: str,
        items: Sequence[T],
        size: int,
        request: Callable[[list[T], dict[str, str] | None], Call],
        pick: Callable[[Any], R],
        finish: Callable[[list[R]], F],
        limit: int,
        progress: Progress | None,
    ) -> None:
        self.operation = operation
        self.request = request
        self.pick = pick
        self.finish = finish
        self.limit = checked_max_in_flight(limit)
        self.progress = checked_progress(progress)
        self.total = len(items)
        # An empty input is still sent once, as the legacy SDK did, so the server's answer is unchanged.
        self.starts = range(0, max(len(items), 1), size)
        self.chunks = [list(items[start : start + size]) for start in self.starts]

    def call(self, chunk: int, key: str | None) -> Call:
        return self.request(self.chunks[chunk], {IDEMPOTENCY_HEADER: key} if key else None)

    def finished(self, results: list[R], response: httpx.Response | None) -> F:
        try:
            return self.finish(results)
        except UNREADABLE as exc:
            if response is None:
                raise
            raise off_spec(response, readable_by(self.operation), exc) from exc


class _Pass(Generic[T, R, F]):
    """One pass over the chunks of a job that have no result yet: the call itself, or a resume.
    Works on its own copies of the keys and results, so each BulkError keeps its snapshot."""

    def __init__(self, job: _Job[T, R, F], keys: list[str | None], results: list[Any]) -> None:
        self.job = job
        self.keys = list(keys)
        self.results = list(results)
        self.pending = [i for i, result in enumerate(results) if result is _PENDING]
        self.done = sum(len(job.chunks[i]) for i, result in enumerate(results) if result is not _PENDING)
        self.spent = [0] * len(self.pending)
        self.batch = Batch(
            [job.call(i, self.keys[i]) for i in self.pending],
            job.limit,
            job.pick,
            job.operation,
            rekey=self._rekey if any(keys) else None,
            on_accepted=None if job.progress is None else self._accepted,
        )

    def _rekey(self, j: int, error: Exception) -> Call | None:
        """Chunk `pending[j]` under its key's successor, when the server replays an error it stored
        for the key before this call (spent before: step over it); else None."""
        i = self.pending[j]
        key = self.keys[i]
        if key is None or _replayed_error(error) != 1 or self.spent[j] >= MAX_SPENT_KEYS:
            return None
        self.spent[j] += 1
        self.keys[i] = key = successor(key)
        return self.job.call(i, key)

    def _accepted(self, j: int) -> None:
        self.done += len(self.job.chunks[self.pending[j]])
        assert self.job.progress is not None
        self.job.progress(self.done, self.job.total)

    def send(self, send: Callable[[Call], Any]) -> F:
        return self.settle(self.batch.send_all(send))

    async def send_async(self, send: Callable[[Call], Awaitable[Any]]) -> F:
        return self.settle(await self.batch.send_all_async(send))

    def settle(self, outcomes: list[Outcome]) -> F:
        """The call's result when every chunk has one; else the BulkError of where it stands."""
        failed: list[tuple[int, Exception]] = []
        for i, outcome in zip(self.pending, outcomes, strict=True):
            if outcome is NOT_SENT:
                continue
            if isinstance(outcome, Exception):  # an unreadable answer too: it must not lose the account
                key = self.keys[i]
                if key is not None and _replayed_error(outcome) is not None:
                    self.keys[i] = successor(key)  # spent in this call: a resend moves on
                failed.append((i, outcome))
            else:
                self.results[i] = outcome
        if not failed:
            return self.job.finished(cast("list[R]", self.results), self.batch.last_response)
        raise self.error(failed) from failed[0][1]

    def error(self, failed: list[tuple[int, Exception]]) -> BulkError:
        job, results = self.job, self.results
        failures = [FailedChunk(job.starts[i], job.chunks[i], self.keys[i], error) for i, error in failed]
        failed_chunks = {i for i, _ in failed}
        accepted = [i for i, result in enumerate(results) if result is not _PENDING]
        sender = self.batch.sender
        keys = self.keys

        def resume() -> Any:
            if sender is None:
                raise RuntimeError(f"{job.operation}: this BulkError was raised by a call that sent nothing")
            again = _Pass(job, keys, results)
            send, is_async = sender
            return again.send_async(send) if is_async else again.send(send)

        return BulkError(
            job.operation,
            accepted=[results[i] for i in accepted],
            accepted_count=sum(len(job.chunks[i]) for i in accepted),
            failed_items=[item for failure in failures for item in failure.items],
            not_sent=[
                item
                for i, chunk in enumerate(job.chunks)
                if results[i] is _PENDING and i not in failed_chunks
                for item in chunk
            ],
            retry_key=failures[0].retry_key,
            cause=failures[0].error,
            failures=failures,
            accepted_starts=[job.starts[i] for i in accepted],
            resume=resume,
        )


def chunked(
    operation: str,
    items: Sequence[T],
    size: int,
    request: Callable[[list[T], dict[str, str] | None], Call],
    pick: Callable[[Any], R],
    finish: Callable[[list[R]], F],
    *,
    keyed: bool = True,
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
    idempotency_key: str | None = None,
    progress: Progress | None = None,
) -> Generator[Batch, Any, F]:
    """A plan (see novu_facade._core) sending `items`, `size` at a time, up to `max_in_flight` at once.

    Yields one Batch of `request(chunk, headers)` per chunk (`chunk`: the caller's items, in
    order) and receives their outcomes; `pick(answer)` is a chunk's result, `finish(results)`
    (every chunk's, in input order) the call's. Each chunk carries its own idempotency key, reused
    by every retry and resend of it: derived from `idempotency_key` when given (`job_keys`), else
    a random one when `keyed` (the retry policy's automatic keys), else none. `progress(done,
    total)` is told after each accepted chunk. When a chunk fails, no further chunk starts and the
    BulkError accounts for every item: accepted (with results), failed (each chunk with its key),
    never sent; its `resume()` finishes the call.
    """
    job = _Job(operation, items, size, request, pick, finish, max_in_flight, progress)
    count = len(job.chunks)
    if idempotency_key is not None:
        keys: list[str | None] = list(job_keys(idempotency_key, count))
    else:
        keys = [new_idempotency_key() for _ in range(count)] if keyed else [None] * count
    first = _Pass(job, keys, [_PENDING] * count)
    outcomes: list[Outcome] = yield first.batch
    return first.settle(outcomes)
