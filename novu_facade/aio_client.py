"""`AsyncNovu`: the async twin of `novu_facade.Novu`, the same namespaces and methods to `await`.

    from novu_facade import AsyncNovu

    async with AsyncNovu() as novu:
        subscriber = await novu.subscribers.get_subscriber_v2("user-1")
        async for found in novu.subscribers.search_subscribers(email="ada@example.com"):
            ...

It sends through the async facade's one transport (novu_facade.aio): one connection pool per event
loop, httpx's or aiohttp's (`NOVU_ASYNC_TRANSPORT=aiohttp`), the same retries, keys and errors.
"""

from __future__ import annotations

import httpx

from novu_facade._modern._aio import AsyncNovuRoot
from novu_facade.aio import core_for

__all__ = ["AsyncNovu"]


class AsyncNovu(AsyncNovuRoot):
    """An async client of the Novu API: `await novu.<namespace>.<method>(...)`.

    The same arguments and settings as `novu_facade.Novu`; `session` may be an
    `httpx.AsyncClient`. Lists are async iterators (`async for`), fetched page by page.
    `await novu.close()`, or leaving an `async with` block, closes the running event loop's
    connections of this URL and API key now; the next call opens new ones.
    """

    def __init__(
        self,
        api_key: str | None = None,
        url: str | None = None,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
        session: httpx.AsyncClient | None = None,
    ) -> None:
        self._core = core_for(self._configure(url, api_key, timeout, max_retries, max_wait, deadline))
        self.session = session
