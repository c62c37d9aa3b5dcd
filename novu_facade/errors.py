"""The exception hierarchy: one base, status errors by code, connection and timeout errors.

Status errors subclass `httpx.HTTPStatusError`, so callers written for the legacy SDK still find
`exc.response.status_code` and `exc.response.json()`. No error message carries a header, so the API
key never appears in one.
"""

from __future__ import annotations

import json
from typing import Any

import httpx


class NovuError(Exception):
    """Base of every error this package raises."""


class NovuConnectionError(NovuError):
    """The request did not get a response (refused, reset, DNS failure)."""


class NovuTimeoutError(NovuConnectionError):
    """The request, or the overall deadline of its retries, timed out."""


class NovuAPIError(NovuError, httpx.HTTPStatusError):
    """Novu answered with an error status. `body` is the parsed JSON body, or None when it was not JSON."""

    status_code: int
    body: Any
    messages: list[str]
    path: str

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.path = response.request.url.path
        self.body, self.messages = _parse_error_body(response)
        detail = "; ".join(self.messages) if self.messages else _describe_unparsed(response)
        message = f"Novu API error {self.status_code} on {response.request.method} {self.path}: {detail}"
        super().__init__(message, request=response.request, response=response)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from the response, so errors cross process boundaries (multiprocessing, task queues).
        return (type(self), (self.response,))

    @property
    def request_id(self) -> str | None:
        value: str | None = self.response.headers.get("x-request-id")
        return value


class BadRequestError(NovuAPIError):
    """400"""


class AuthenticationError(NovuAPIError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(NovuAPIError):
    """403"""


class NotFoundError(NovuAPIError):
    """404"""


class ConflictError(NovuAPIError):
    """409, e.g. a request with the same idempotency key is still in progress."""


class UnprocessableEntityError(NovuAPIError):
    """422: the request body failed validation."""


class RateLimitError(NovuAPIError):
    """429. `retry_after`: seconds the server asked to wait (Retry-After, else RateLimit-Reset), or None.

    Raised at once, without sleeping, when that wait is longer than the client honours (`max_wait`),
    so the caller can reschedule the work, e.g. a task queue's retry with `countdown=exc.retry_after`.
    """

    @property
    def retry_after(self) -> float | None:
        from novu_facade._retry import server_wait

        return server_wait(self.response)


class ServerError(NovuAPIError):
    """5xx"""


_BY_STATUS: dict[int, type[NovuAPIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_from_response(response: httpx.Response) -> NovuAPIError:
    """The one mapping from an error response to its exception class."""
    response.read()
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = ServerError if response.status_code >= 500 else NovuAPIError
    return cls(response)


def _parse_error_body(response: httpx.Response) -> tuple[Any, list[str]]:
    """Novu's error body is {"statusCode", "timestamp", "path", "message": str | [str]}."""
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        return None, []
    if not isinstance(body, dict):
        return body, [body] if isinstance(body, str) else []
    message = body.get("message")
    if isinstance(message, str):
        return body, [message]
    if isinstance(message, list):
        return body, [str(m) for m in message]
    # RFC 7807 problem details (gateways, the local mock): title/detail and per-field validation.
    found = [str(body[k]) for k in ("error", "title", "detail") if isinstance(body.get(k), str)]
    for item in body.get("validation") or []:
        if isinstance(item, dict) and "message" in item:
            where = ".".join(str(p) for p in item.get("location", []))
            found.append(f"{where}: {item['message']}" if where else str(item["message"]))
    return body, found


def _describe_unparsed(response: httpx.Response) -> str:
    content_type = response.headers.get("content-type", "no content type").split(";")[0]
    if not response.content:
        return "empty body"
    return f"body is {content_type}, not JSON ({len(response.content)} bytes)"


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
