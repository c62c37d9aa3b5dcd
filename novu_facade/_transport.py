"""How the shared clients reach the network, in one place.

Every shared client sends through the retry policy (novu_facade._retry), around the bulk pause
(novu_facade._pause), around a pool that survives fork() and the end of an event loop
(novu_facade._lifecycle). The pool's network transport is httpx's own, or for the async clients
aiohttp's when chosen: `NOVU_ASYNC_TRANSPORT=aiohttp` (or `async_transport="aiohttp"` where a
function takes it), which needs `pip install 'novu-facade[aiohttp]'`. httpx's is the default
because it needs nothing more; aiohttp's keeps up with many requests in flight (README, Performance).
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable

import httpx

from novu_facade._lifecycle import AsyncPool, Pool
from novu_facade._pause import AsyncPauseTransport, PauseTransport
from novu_facade._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from novu_facade.config import ConfigurationError

ENV_ASYNC_TRANSPORT = "NOVU_ASYNC_TRANSPORT"
ASYNC_TRANSPORTS = ("httpx", "aiohttp")
DEFAULT_ASYNC_TRANSPORT = "httpx"


def async_transport_name(name: str | None = None) -> str:
    """The async transport to use: the argument, else NOVU_ASYNC_TRANSPORT, else httpx."""
    chosen = (name or os.environ.get(ENV_ASYNC_TRANSPORT) or DEFAULT_ASYNC_TRANSPORT).strip().lower()
    if chosen not in ASYNC_TRANSPORTS:
        where = "async_transport" if name else ENV_ASYNC_TRANSPORT
        raise ConfigurationError(f"{where}={chosen!r}: the async transport is one of {', '.join(ASYNC_TRANSPORTS)}")
    return chosen


def async_network(
    name: str | None = None, *, verify: ssl.SSLContext, limits: httpx.Limits | None = None
) -> Callable[[], httpx.AsyncBaseTransport]:
    """The factory of an AsyncPool's network transport (one per event loop), chosen now."""
    limits = limits or httpx.Limits()
    if async_transport_name(name) == "httpx":
        return lambda: httpx.AsyncHTTPTransport(limits=limits, verify=verify)
    try:
        from novu_facade._aiohttp import AsyncAiohttpTransport
    except ImportError as exc:
        raise ConfigurationError(
            f"the aiohttp async transport needs aiohttp and httpx-aiohttp: pip install 'novu-facade[aiohttp]' ({exc})"
        ) from exc
    return lambda: AsyncAiohttpTransport(limits=limits, verify=verify)


def sync_stack(policy: RetryPolicy, pool: Pool) -> RetryTransport:
    return RetryTransport(inner=PauseTransport(pool, policy), policy=policy)


def async_stack(policy: RetryPolicy, pool: AsyncPool) -> AsyncRetryTransport:
    return AsyncRetryTransport(inner=AsyncPauseTransport(pool, policy), policy=policy)
