"""The shared pause of a bulk call: one chunk's 429 holds back every chunk of the same call.

Novu rate-limits per API key, so when one chunk is answered 429, the chunks sent next would be too.
The bulk sender (novu_facade._bulk) gives its chunks one `PauseGate` through a context variable;
the transports here sit under the retry transport, see every attempt, and (only when a gate is
set) wait for the gate before an attempt and close it for the server's wait after a 429. The
retry policy itself (novu_facade._retry) is unchanged: the chunk that got the 429 waits as it
always did, and the others wait until the same moment instead of each running into a 429 of its own.
"""

from __future__ import annotations

import contextvars
import threading
import time

import httpx
from novu_client.errors import server_wait

from novu_facade._retry import MAX_WAIT_EXTENSION, RetryPolicy


class PauseGate:
    """Closed until a moment in time; `hold(...)` after a 429 moves that moment later, never earlier."""

    def __init__(self) -> None:
        self._until = 0.0
        self._lock = threading.Lock()

    def hold(self, request: httpx.Request, response: httpx.Response, policy: RetryPolicy) -> None:
        """Close for the wait the 429 asks for, as the retry policy reads it: the server's wait when
        given (none when it is longer than the policy honours: that chunk fails instead), else the
        policy's first backoff step."""
        server = server_wait(response)
        if server is None:
            wait = policy.backoff_base
        elif server > float(request.extensions.get(MAX_WAIT_EXTENSION, policy.server_wait_cap)):
            return
        else:
            wait = server
        until = time.monotonic() + wait
        with self._lock:
            self._until = max(self._until, until)

    def remaining(self) -> float:
        with self._lock:
            return self._until - time.monotonic()

    def wait(self) -> None:
        while (left := self.remaining()) > 0:
            time.sleep(left)

    async def wait_async(self) -> None:
        import asyncio  # not at import time: the sync facade never loads asyncio

        while (left := self.remaining()) > 0:
            await asyncio.sleep(left)


current_gate: contextvars.ContextVar[PauseGate | None] = contextvars.ContextVar("novu_facade_pause", default=None)
"""The gate of the bulk call this thread or task is sending a chunk of; None outside bulk calls."""


class PauseTransport(httpx.BaseTransport):
    """Applies the current bulk call's gate (if any) to each attempt through `inner`."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        gate = current_gate.get()
        if gate is None:
            return self.inner.handle_request(request)
        gate.wait()
        response = self.inner.handle_request(request)
        if response.status_code == 429:
            gate.hold(request, response, self.policy)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncPauseTransport(httpx.AsyncBaseTransport):
    """The async twin of PauseTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        gate = current_gate.get()
        if gate is None:
            return await self.inner.handle_async_request(request)
        await gate.wait_async()
        response = await self.inner.handle_async_request(request)
        if response.status_code == 429:
            gate.hold(request, response, self.policy)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
