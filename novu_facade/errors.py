"""The exception hierarchy: one base, status errors by code, connection and timeout errors.

The classes and the one mapping from a response to its error live in `novu_client.errors`, so the
generated operations raise the same errors as the facade; this module re-exports them and adds the
facade's own `BulkError`. Status errors subclass `httpx.HTTPStatusError`, so callers written for the
legacy SDK still find `exc.response.status_code` and `exc.response.json()`.
"""

from __future__ import annotations

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


class BulkError(NovuError):
    """A chunk of a bulk call failed after retries. Nothing is lost or silently dropped:

    - `accepted`: results of the chunks the server accepted, in input order;
    - `accepted_count`: how many input items those chunks carried (items `[0, accepted_count)`);
    - `failed_items`: the items of the failed chunk; whether the server processed them is unknown
      when the failure was a timeout or a dropped connection — resend them with `retry_key` as the
      idempotency key and the server will not process them twice (`retry_key` is None when the
      retry policy gives no automatic keys);
    - `not_sent`: the items after the failed chunk, never sent;
    - `__cause__`: the underlying error.
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
    ) -> None:
        self.accepted = accepted
        self.accepted_count = accepted_count
        self.failed_items = failed_items
        self.not_sent = not_sent
        self.retry_key = retry_key
        total = accepted_count + len(failed_items) + len(not_sent)
        end = accepted_count + len(failed_items)
        super().__init__(
            f"{operation}: {accepted_count} of {total} items accepted; items {accepted_count}-{end - 1} failed "
            f"({cause}); {len(not_sent)} items after them were not sent"
        )
