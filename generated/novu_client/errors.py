"""The error hierarchy of the raw client and the facade (`novu_facade.errors` re-exports it).

One base; status errors by code, with the parsed body and the server's messages; connection and
timeout errors; a success body that does not match the spec. Status errors subclass `httpx.HTTPStatusError`, so callers written for the legacy SDK
still find `exc.response.status_code` and `exc.response.json()`. No error message carries a header, so
the API key never appears in one.
"""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import httpx


class NovuError(Exception):
    """Base of every error the raw client and the facade raise."""


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
        # Rebuilt from the response, so errors cross process boundaries (multiprocessing, task queues),
        # without the request's credentials (a pickled error may be stored, e.g. by a result backend).
        return (type(self), (_portable(self.response),))

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
        return server_wait(self.response)


class ServerError(NovuAPIError):
    """5xx"""


class UnexpectedStatus(NovuError):
    """A success status the operation does not document, so there is nothing to parse it into.

    Error statuses raise `NovuAPIError` subclasses instead; `sync_detailed` returns any response whole.
    """

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content)")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.status_code, self.content))


class UnexpectedResponseError(NovuError):
    """A documented success status whose body does not match the spec: empty, not JSON, a required key
    missing, a value of the wrong type.

    `operation` is the route ("GET /v1/topics/{topicKey}"), `expected` the type the body should parse
    into, `detail` what failed, `response` the whole answer (status, headers, content) and `__cause__`
    the parser's own exception. Values Novu adds to an enum are no such failure (see OpenStrEnum).
    """

    status_code: int
    path: str

    def __init__(self, response: httpx.Response, operation: str, expected: str, detail: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.path = response.request.url.path
        self.operation = operation
        self.expected = expected
        self.detail = _redact(detail, response.request)
        super().__init__(
            f"Novu's {self.status_code} answer to {operation} does not match the spec "
            f"(expected {expected}): {self.detail}"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (_portable(self.response), self.operation, self.expected, self.detail))

    @property
    def request_id(self) -> str | None:
        value: str | None = self.response.headers.get("x-request-id")
        return value


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


def status_error(response: httpx.Response) -> NovuError:
    """What an operation raises for a response it cannot return: the status error of a non-2xx
    response, or UnexpectedStatus for a success status the operation does not document."""
    if 200 <= response.status_code <= 299:
        return UnexpectedStatus(response.status_code, response.content)
    return error_from_response(response)


def unexpected_response(
    response: httpx.Response, operation: str, expected: str, exc: Exception
) -> UnexpectedResponseError:
    """The error for a documented success whose body failed to parse into `expected` with `exc`."""
    return UnexpectedResponseError(response, operation, expected, _describe_mismatch(response, exc))


def transport_error(request: httpx.Request, exc: httpx.TransportError) -> NovuError:
    """The error for a request that got no response."""
    if isinstance(exc, httpx.TimeoutException):
        return NovuTimeoutError(f"timed out: {request.method} {request.url.path}")
    return NovuConnectionError(f"connection failed: {request.method} {request.url.path}: {exc}")


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


# Long enough for a value and its context, short enough for a log line.
_DETAIL_LIMIT = 300


def _describe_mismatch(response: httpx.Response, exc: Exception) -> str:
    if not response.content.strip():
        return "empty body"
    if isinstance(exc, json.JSONDecodeError):
        return f"{_describe_unparsed(response)}: {exc.msg} at position {exc.pos}"
    if isinstance(exc, KeyError) and len(exc.args) == 1:
        return f"required key {exc.args[0]!r} is missing"
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= _DETAIL_LIMIT else text[: _DETAIL_LIMIT - 3] + "..."


def _redact(text: str, request: httpx.Request) -> str:
    """`text` without the request's credential, should the body have echoed it into a parse error."""
    credential = request.headers.get("authorization", "")
    for secret in {credential, credential.rpartition(" ")[2]}:
        if len(secret) >= 8:
            text = text.replace(secret, "<redacted>")
    return text


CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def _portable(response: httpx.Response) -> httpx.Response:
    """A copy of `response` whose request carries no credential header, for pickling."""
    request = response.request
    headers = [(name, value) for name, value in request.headers.multi_items() if name.lower() not in CREDENTIAL_HEADERS]
    clone = copy.copy(response)  # httpx's own pickling state: the body as read, no stream
    clone.request = httpx.Request(request.method, request.url, headers=headers)
    return clone


def _describe_unparsed(response: httpx.Response) -> str:
    content_type = response.headers.get("content-type", "no content type").split(";")[0]
    if not response.content:
        return "empty body"
    return f"body is {content_type}, not JSON ({len(response.content)} bytes)"


__all__ = [
    "AuthenticationError",
    "BadRequestError",
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
    "status_error",
    "transport_error",
    "unexpected_response",
]


def server_wait(response: httpx.Response) -> float | None:
    """Seconds the server asked the client to wait (Retry-After, else RateLimit-Reset), or None."""
    headers = response.headers
    for header in ("retry-after", "ratelimit-reset"):
        seconds = parse_wait(headers.get(header))
        if seconds is not None:
            return seconds
    return None


def parse_wait(value: str | None) -> float | None:
    """A wait header's seconds: a number, or an HTTP date (seconds from now); None if neither."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # only for the rare HTTP-date form

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
