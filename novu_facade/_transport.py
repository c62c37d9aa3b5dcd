"""Which transport the shared clients send through, in one place.

Both stacks are the retry policy (novu_facade._retry) around the bulk pause (novu_facade._pause)
around the network. The network is httpx's own transport, or for the async clients aiohttp's
when chosen: `NOVU_ASYNC_TRANSPORT=aiohttp` (or `async_transport="aiohttp"` where a function takes
it), which needs `pip install 'novu-facade[aiohttp]'`. httpx's is the default because it needs
nothing more; aiohttp's keeps up with many requests in flight (see README, Performance).
"""

from __future__ import annotations

import os

import httpx

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


def sync_transport(policy: RetryPolicy) -> RetryTransport:
    return RetryTransport(inner=PauseTransport(httpx.HTTPTransport(), policy), policy=policy)


def async_transport(
    policy: RetryPolicy, name: str | None = None, limits: httpx.Limits | None = None
) -> AsyncRetryTransport:
    """The async stack; `limits` caps the connections of either network transport."""
    limits = limits or httpx.Limits()
    network: httpx.AsyncBaseTransport
    if async_transport_name(name) == "aiohttp":
        try:
            from novu_facade._aiohttp import AsyncAiohttpTransport
        except ImportError as exc:
            raise ConfigurationError(
                "the aiohttp async transport needs aiohttp and httpx-aiohttp: "
                f"pip install 'novu-facade[aiohttp]' ({exc})"
            ) from exc
        network = AsyncAiohttpTransport(limits)
    else:
        network = httpx.AsyncHTTPTransport(limits=limits)
    return AsyncRetryTransport(inner=AsyncPauseTransport(network, policy), policy=policy)
