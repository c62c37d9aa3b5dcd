"""The generated raw client (`novu_client`), configured like the facade.

    from novu_facade.raw import client
    from novu_client.api.topics import get_topic

    with client() as novu:
        topic = get_topic.sync(topic_key="news", client=novu)

Settings resolve as for the facade (argument, `NovuConfig`, environment, default) and requests go
through the same retry policy, idempotency keys and debug logging. `sync` / `asyncio` return the
operation's success model (None for an empty success) and raise the facade's errors
(`novu_facade.errors`) for every error status and for connection failures and timeouts;
`sync_detailed` / `asyncio_detailed` return the whole response of any status (they raise only for
connection failures and timeouts). The client's connections are safe like the facade's: a forked
child opens its own, the async client keeps one pool per event loop, and `with client() as novu:`
closes the sync pool at the end of the block. The async client sends through httpx's transport, or
aiohttp's with `async_transport="aiohttp"` or `NOVU_ASYNC_TRANSPORT=aiohttp` (needs
`pip install 'novu-facade[aiohttp]'`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import httpx

from novu_facade import _transport
from novu_facade._core import auth_headers, enable_debug_logging_if_requested
from novu_facade._lifecycle import AsyncPool, Pool, ssl_context
from novu_facade._retry import RetryPolicy
from novu_facade.config import resolve

if TYPE_CHECKING:
    from novu_client import AuthenticatedClient


def client(
    url: str | None = None,
    api_key: str | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    *,
    max_wait: float | None = None,
    deadline: float | None = None,
    async_transport: str | None = None,
) -> AuthenticatedClient:
    """An `AuthenticatedClient` whose sync and async httpx clients apply the facade's transport policy."""
    from novu_client import AuthenticatedClient

    settings = resolve(url, api_key, timeout, max_retries, max_wait, deadline)
    enable_debug_logging_if_requested()
    policy = RetryPolicy(max_retries=settings.max_retries)
    if settings.max_wait is not None:
        policy = dataclasses.replace(policy, server_wait_cap=settings.max_wait)
    if settings.deadline is not None:
        policy = dataclasses.replace(policy, deadline=settings.deadline)
    # raise_on_unexpected_status stays off: sync/asyncio raise regardless, the detailed calls return every response.
    raw = AuthenticatedClient(base_url=settings.base_url, token=settings.api_key)
    url, headers, seconds = settings.base_url, auth_headers(settings.api_key), settings.timeout
    verify = ssl_context()
    raw.set_httpx_client(
        httpx.Client(
            base_url=url,
            headers=headers,
            timeout=seconds,
            transport=_transport.sync_stack(policy, Pool(lambda: httpx.HTTPTransport(verify=verify))),
        )
    )
    raw.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=url,
            headers=headers,
            timeout=seconds,
            transport=_transport.async_stack(
                policy, AsyncPool(_transport.async_network(async_transport, verify=verify))
            ),
        )
    )
    return raw
