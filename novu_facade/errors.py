"""The exception hierarchy: one base, status errors by code, connection and timeout errors.

The classes and the one mapping from a response to its error live in `novu_client.errors`, so the
generated operations raise the same errors as the facade; this module re-exports them and adds the
facade's own `BulkError`. Status errors subclass `httpx.HTTPStatusError`, so callers written for the
legacy SDK still find `exc.response.status_code` and `exc.response.json()`.
"""

from __future__ import annotations

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
    """One chunk of a bulk call that failed: where it starts in the input, its items, the
    idempotency key to resend it with safely (None without automatic keys), and the error."""

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
      or a dropped connection: resend its items with its `retry_key` as the idempotency key and
      the server will not process them twice;
    - `failed_items`: the items of every failed chunk, in input order; `retry_key`: the key of the
      first failed chunk;
    - `not_sent`: the items of the chunks never started (a failure stops new chunks), in input order;
    - `__cause__`: the first failed chunk's error.
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
    ) -> None:
        self.accepted = accepted
        self.accepted_count = accepted_count
        self.failed_items = failed_items
        self.not_sent = not_sent
        self.retry_key = retry_key
        self.failures = failures
        self.accepted_starts = accepted_starts
        total = accepted_count + len(failed_items) + len(not_sent)
        ranges = ", ".join(f"{f.start}-{f.start + len(f.items) - 1}" for f in self.failures)
        super().__init__(
            f"{operation}: {accepted_count} of {total} items accepted; items {ranges} failed "
            f"({cause}); {len(not_sent)} items after them were not sent"
        )
