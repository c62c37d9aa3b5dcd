"""Retry policy: which failures are retried, how long to wait, and the idempotency key.

One policy serves every path to the wire: the shared clients' transports (so the facade and the raw
generated client both get it) and a caller-supplied session. All numbers live here.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
from novu_client.errors import parse_wait, server_wait

logger = logging.getLogger("novu_facade")

IDEMPOTENCY_HEADER = "Idempotency-Key"
IDEMPOTENCY_KEY_MAX = 255  # characters the server accepts
REPLAY_HEADER = "Idempotency-Replay"
# Per-request overrides of the policy, set by the core from the caller's settings.
RETRIES_EXTENSION = "novu_facade.max_retries"
MAX_WAIT_EXTENSION = "novu_facade.max_wait"
DEADLINE_EXTENSION = "novu_facade.deadline"
# Set by the retry loop on a request it gives up on with an error answer: that attempt's number,
# from 1 (novu_facade._bulk reads it to tell a key spent before this call from one spent by it).
ATTEMPT_EXTENSION = "novu_facade.attempt"

DEFAULT_MAX_RETRIES = 2
BACKOFF_BASE = 0.5  # seconds before the first retry, doubled per attempt, with full jitter
BACKOFF_MAX = 8.0
# The defaults suit a call made while a web request waits (gateways give up after about 30 s).
# A server asking for a longer wait than SERVER_WAIT_CAP is not slept on: the call ends at once
# (a 429 raises RateLimitError with `retry_after`) so the caller can reschedule the work.
SERVER_WAIT_CAP = 10.0  # longest Retry-After / RateLimit-Reset honoured
DEADLINE = 30.0  # overall budget of one logical call, all attempts and waits included

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
KEYED_METHODS = frozenset({"POST", "PATCH"})


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = DEFAULT_MAX_RETRIES
    backoff_base: float = BACKOFF_BASE
    backoff_max: float = BACKOFF_MAX
    server_wait_cap: float = SERVER_WAIT_CAP
    deadline: float = DEADLINE
    idempotency_keys: bool = True


def new_idempotency_key() -> str:
    """A random (version 4) UUID in its usual text form.

    Formatted here rather than with `uuid.uuid4()`: the uuid module costs more to import (it loads
    `platform`) than the facade spends on a call.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def checked_idempotency_key(key: str) -> str:
    """A caller's key, refused before anything is sent if the server would reject it."""
    if not isinstance(key, str):
        raise TypeError(f"idempotency_key must be a str, not {type(key).__name__}")
    if len(key) > IDEMPOTENCY_KEY_MAX:
        raise ValueError(f"idempotency_key is {len(key)} characters; Novu accepts at most {IDEMPOTENCY_KEY_MAX}")
    if not key.isascii() or not key.isprintable():
        raise ValueError("idempotency_key must be printable ASCII (it is sent as an HTTP header)")
    return key


def ensure_idempotency_key(request: httpx.Request, policy: RetryPolicy) -> None:
    """Give a POST/PATCH one key for all its attempts; a key the caller set wins."""
    if policy.idempotency_keys and request.method in KEYED_METHODS and IDEMPOTENCY_HEADER not in request.headers:
        request.headers[IDEMPOTENCY_HEADER] = new_idempotency_key()


def replayable(request: httpx.Request) -> bool:
    """Whether the request's body can be sent again as it was: bytes, or a multipart body whose files
    are bytes or seekable (httpx rewinds those). A stream or a pipe is read once: resent, it would
    send nothing or the rest (a truncated upload processed as a whole one)."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    fields = getattr(stream, "fields", None)  # httpx's multipart stream
    if fields is None:
        return False
    for part in fields:
        file = getattr(part, "file", b"")  # data fields have none
        if not isinstance(file, str | bytes) and not _seekable(file):
            return False
    return True


def _seekable(file: object) -> bool:
    seekable = getattr(file, "seekable", None)
    try:
        return bool(seekable()) if callable(seekable) else False
    except (OSError, ValueError):
        return False


def _resendable(request: httpx.Request) -> bool:
    """Resending is safe for idempotent methods and for requests the server can deduplicate."""
    return request.method in SAFE_METHODS or IDEMPOTENCY_HEADER in request.headers


def retry_reason(request: httpx.Request, response: httpx.Response | None, error: Exception | None) -> str | None:
    """Why this outcome may be retried, or None when it must not be."""
    if error is not None:
        if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return type(error).__name__  # nothing reached the server
        if isinstance(error, httpx.TransportError) and _resendable(request):
            return type(error).__name__
        return None
    assert response is not None
    status = response.status_code
    if response.headers.get(REPLAY_HEADER) == "true":
        return None  # the answer the server stored for this key: a resend would get it again
    if status == 429:
        return "429"  # rate limited: the request was not processed
    if status == 409 and "retry-after" in response.headers and IDEMPOTENCY_HEADER in request.headers:
        return "409 in progress"
    if status in RETRY_STATUSES or status >= 500:
        return str(status) if _resendable(request) else None
    return None


def backoff_seconds(attempt: int, policy: RetryPolicy) -> float:
    """Exponential backoff with full jitter."""
    return random.uniform(0, min(policy.backoff_max, policy.backoff_base * 2**attempt))


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The rate-limit headers of a response: `RateLimit-Limit`, `-Remaining` and `-Reset` (seconds).

    A field is None when the header is absent or not a number.
    """

    limit: int | None
    remaining: int | None
    reset: float | None

    @classmethod
    def of(cls, response: httpx.Response) -> RateLimit | None:
        """The response's rate-limit state; None when it carries none of the three headers."""
        headers = response.headers
        limit, remaining, reset = (headers.get(f"ratelimit-{name}") for name in ("limit", "remaining", "reset"))
        if limit is None and remaining is None and reset is None:
            return None
        return cls(_parse_count(limit), _parse_count(remaining), parse_wait(reset))


def _parse_count(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return max(0, int(value.strip()))
    except ValueError:
        return None


class _Attempts:
    """State of one logical call across attempts; shared by the sync and async loops."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy) -> None:
        ensure_idempotency_key(request, policy)
        self.request = request
        self.policy = policy
        extensions = request.extensions
        self.max_retries = int(extensions.get(RETRIES_EXTENSION, policy.max_retries))
        self.max_wait = float(extensions.get(MAX_WAIT_EXTENSION, policy.server_wait_cap))
        self.deadline = float(extensions.get(DEADLINE_EXTENSION, policy.deadline))
        self.attempt = 0
        self.started = time.monotonic()

    def ended(self, response: httpx.Response) -> None:
        """Mark an error answer given up on with the number of the attempt that got it."""
        if response.status_code >= 400:
            self.request.extensions[ATTEMPT_EXTENSION] = self.attempt + 1

    def bound_attempt(self) -> None:
        """Shorten a retry's timeouts to what is left of the deadline (the first attempt has the caller's)."""
        if self.attempt == 0:
            return
        timeout = self.request.extensions.get("timeout")
        if not timeout:
            return
        left = max(0.001, self.deadline - (time.monotonic() - self.started))
        if any(v is None or v > left for v in timeout.values()):
            self.request.extensions["timeout"] = {k: left if v is None else min(v, left) for k, v in timeout.items()}

    def next_wait(self, response: httpx.Response | None, error: Exception | None) -> float | None:
        """Seconds to wait before the next attempt, or None to stop here."""
        request = self.request
        status = response.status_code if response is not None else type(error).__name__
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s attempt %d -> %s", request.method, request.url.path, self.attempt + 1, status)
        if self.attempt >= self.max_retries:
            return None
        reason = retry_reason(request, response, error)
        if reason is None:
            return None
        server = server_wait(response) if response is not None else None
        if server is None:
            wait = backoff_seconds(self.attempt, self.policy)
        elif server > self.max_wait:
            logger.debug(
                "%s %s: no retry, the server asks for %.0fs, more than the %.0fs honoured",
                request.method,
                request.url.path,
                server,
                self.max_wait,
            )
            return None
        else:
            wait = server
        if time.monotonic() - self.started + wait > self.deadline:
            logger.debug("%s %s: no retry, deadline of %.0fs reached", request.method, request.url.path, self.deadline)
            return None
        self.attempt += 1
        logger.debug(
            "%s %s: retry %d/%d in %.2fs (%s)",
            request.method,
            request.url.path,
            self.attempt,
            self.max_retries,
            wait,
            reason,
        )
        return wait


def send_with_retries(
    request: httpx.Request,
    send: Callable[[httpx.Request], httpx.Response],
    policy: RetryPolicy,
    sleep: Callable[[float], None] = time.sleep,
) -> httpx.Response:
    attempts = _Attempts(request, policy)
    if attempts.max_retries and not replayable(request):
        request.read()  # buffered, so that a retry sends the whole body again
    while True:
        if attempts.attempt:
            attempts.bound_attempt()
        try:
            response = send(request)
        except httpx.TransportError as exc:
            wait = attempts.next_wait(None, exc)
            if wait is None:
                raise
        else:
            if response.status_code < 400 and not logger.isEnabledFor(logging.DEBUG):
                return response  # never retried: next_wait would only have logged it
            wait = attempts.next_wait(response, None)
            if wait is None:
                attempts.ended(response)
                return response
            response.read()
            response.close()
        sleep(wait)


async def async_send_with_retries(
    request: httpx.Request,
    send: Callable[[httpx.Request], Awaitable[httpx.Response]],
    policy: RetryPolicy,
    sleep: Callable[[float], Awaitable[None]],
) -> httpx.Response:
    attempts = _Attempts(request, policy)
    if attempts.max_retries and not replayable(request):
        await request.aread()  # buffered, so that a retry sends the whole body again
    while True:
        if attempts.attempt:
            attempts.bound_attempt()
        try:
            response = await send(request)
        except httpx.TransportError as exc:
            wait = attempts.next_wait(None, exc)
            if wait is None:
                raise
        else:
            if response.status_code < 400 and not logger.isEnabledFor(logging.DEBUG):
                return response  # never retried: next_wait would only have logged it
            wait = attempts.next_wait(response, None)
            if wait is None:
                attempts.ended(response)
                return response
            await response.aread()
            await response.aclose()
        await sleep(wait)


class RetryTransport(httpx.BaseTransport):
    """An httpx transport that applies the policy around another transport."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return send_with_retries(request, self.inner.handle_request, self.policy, self.sleep)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of RetryTransport."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        import asyncio

        self.inner = inner or httpx.AsyncHTTPTransport()
        self.policy = policy or RetryPolicy()
        self.sleep = sleep or asyncio.sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await async_send_with_retries(request, self.inner.handle_async_request, self.policy, self.sleep)

    async def aclose(self) -> None:
        await self.inner.aclose()
