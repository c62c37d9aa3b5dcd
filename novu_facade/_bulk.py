"""Bulk calls in chunks the server accepts, with a full account when one chunk fails."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any, TypeVar

from novu_facade._retry import IDEMPOTENCY_HEADER, new_idempotency_key
from novu_facade.errors import BulkError

EVENTS_PER_REQUEST = 100  # /v1/events/trigger/bulk
SUBSCRIBERS_PER_REQUEST = 500  # /v1/subscribers/bulk

T = TypeVar("T")
C = TypeVar("C")
R = TypeVar("R")


def chunked(
    operation: str,
    items: Sequence[T],
    size: int,
    request: Callable[[list[T], dict[str, str] | None], C],
    pick: Callable[[Any], R],
    *,
    keyed: bool = True,
) -> Generator[C, Any, list[R]]:
    """A plan (see novu_facade._core) sending `items` in order, `size` at a time.

    Yields `request(chunk, headers)` per chunk and receives its answer; `pick(answer)` is that
    chunk's result. With `keyed` (the retry policy's automatic keys), each chunk carries its own
    idempotency key, reused by every retry of that chunk.
    On a failure the BulkError says which items were accepted, which failed, and which were never
    sent. An empty input is still sent once, as the legacy SDK did, so the server's answer to it is
    unchanged.
    """
    results: list[R] = []
    for start in range(0, max(len(items), 1), size):
        chunk = list(items[start : start + size])
        key = new_idempotency_key() if keyed else None
        try:
            results.append(pick((yield request(chunk, {IDEMPOTENCY_HEADER: key} if key else None))))
        except Exception as exc:  # an unreadable answer must not lose the account either
            raise BulkError(
                operation,
                accepted=results,
                accepted_count=start,
                failed_items=chunk,
                not_sent=list(items[start + size :]),
                retry_key=key,
                cause=exc,
            ) from exc
    return results
