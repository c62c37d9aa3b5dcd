"""The exception hierarchy: one base, status errors by code, connection and timeout errors.

The classes and the one mapping from a response to its error live in `novu_client.errors`, so the
generated operations raise the same errors as the facade; this module re-exports them and adds the
facade's own `BulkError`. Status errors subclass `httpx.HTTPStatusError`, so callers written for the
legacy SDK still find `exc.response.status_code` and `exc.response.json()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from novu_client.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    NovuAPIError,
    NovuConnectionError,
    NovuError,
    NovuTimeoutError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    UnexpectedStatus,
    UnprocessableEntityError,
    error_from_response,
    transport_error,
)

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "BulkError",
    "ConflictError",
    "FailedChunk",
    "NotFoundError",
    "NovuAPIError",
    "NovuConnectionError",
    "NovuError",
    "NovuTimeoutError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "error_from_response",
    "transport_error",
]


@dataclass(frozen=True)
class FailedChunk:
    """One chunk of a bulk call that failed: where it starts in the input, its items (the objects
    the caller passed, in input order), the idempotency key to resend it with safely (None without
    keys), and the error."""

    start: int
    items: list[Any]
    retry_key: str | None
    error: Exception


class BulkError(NovuError):
    """Chunks of a bulk call failed after retries. Nothing is lost or silently dropped:

    - `accepted`: results of the chunks the server accepted, in input order, and `accepted_starts`
      the input index of each one's first item;
    - `accepted_count`: how many input items those chunks carried (one chunk at a time, the
      default, that is items `[0, accepted_count)`);
    - `failures`: each failed chunk (`FailedChunk`: start, items, retry_key, error), in input
      order. Whether the server processed a failed chunk is unknown when the failure was a timeout
      or a dropped connection: resent with its `retry_key` as the idempotency key, it is not
      processed twice;
    - `failed_items`: the items of every failed chunk, in input order; `retry_key`: the key of the
      first failed chunk;
    - `not_sent`: the items of the chunks never started (a failure stops new chunks), in input order;
    - `__cause__`: the first failed chunk's error.

    Items are the objects the caller passed (`InputEventDto`, `SubscriberDto`). `resume()`
    finishes the call.
    """

    def __init__(
        self,
        operation: str,
        *,
        accepted: list[Any],
        accepted_count: int,
        failed_items: list[Any],
        not_sent: list[Any],
        retry_key: str | None,
        cause: Exception,
        failures: list[FailedChunk],
        accepted_starts: list[int],
        resume: Callable[[], Any] | None = None,
    ) -> None:
        self.accepted = accepted
        self.accepted_count = accepted_count
        self.failed_items = failed_items
        self.not_sent = not_sent
        self.retry_key = retry_key
        self.failures = failures
        self.accepted_starts = accepted_starts
        self._resume = resume
        self.operation = operation
        total = accepted_count + len(failed_items) + len(not_sent)
        ranges = ", ".join(f"{f.start}-{f.start + len(f.items) - 1}" for f in self.failures)
        super().__init__(
            f"{operation}: {accepted_count} of {total} items accepted; items {ranges} failed "
            f"({cause}); {len(not_sent)} items after them were not sent"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # The accounting crosses process boundaries (multiprocessing, task queues); the means to
        # resume (the call's client and send function) stay in the process that raised it.
        state = {key: value for key, value in vars(self).items() if key != "_resume"}
        return (_rebuilt_bulk_error, (type(self), str(self), state))

    def resume(self) -> Any:
        """Send what the call did not get accepted, and return the whole call's result.

        Each failed chunk is resent under its `retry_key` (a chunk the server processed already
        is answered from the server's idempotency record, not processed again); the chunks never
        sent go under keys the server has not seen; `max_in_flight` and `progress` are the call's.
        The result is what the call would have returned: every item's, in input order, accepted
        ones included. If chunks fail again, raises a `BulkError` accounting for the whole call
        the same way, which can be resumed in turn; resuming this error again resends the same
        chunks under the same keys.

        From the sync classes this returns the result; from `novu_facade.aio`, an awaitable of
        it (`await exc.resume()`).
        """
        if self._resume is None:
            raise RuntimeError(
                "this BulkError cannot resume its call: it was not raised by a bulk call of this process "
                "(an unpickled copy has the accounting only); re-run the job with its idempotency_key instead"
            )
        return self._resume()


def _rebuilt_bulk_error(cls: type[BulkError], message: str, state: dict[str, Any]) -> BulkError:
    """A BulkError unpickled: its message and accounting, with no call to resume."""
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    vars(error).update(state)
    error._resume = None
    return error
