"""`Novu`: one client for every operation of Novu's API, under Novu's own names.

    from novu_facade import Novu

    with Novu() as novu:                              # NOVU_API_KEY, NOVU_API_URL, ...
        subscriber = novu.subscribers.get_subscriber_v2("user-1")
        for found in novu.subscribers.search_subscribers(email="ada@example.com"):
            ...

Its methods are generated from openapi/novu.yaml (novu_facade/_modern/, `make regen`), grouped in
namespaces loaded on first use; each sends through the project's one transport (novu_facade._core):
retries with one idempotency key per call across its attempts, deadlines, rate-limit state, the
errors of novu_facade.errors, fork safety. `novu_facade.aio_client.AsyncNovu` is its async twin.
"""

from __future__ import annotations

import httpx

from novu_facade._core import core_for
from novu_facade._modern import NovuRoot

__all__ = ["Novu"]


class Novu(NovuRoot):
    """A client of the Novu API: `novu.<namespace>.<method>(...)`, and the root's own methods.

    Settings resolve like the rest of the project: argument, then `NovuConfig.configure(...)`, then
    environment (`NOVU_API_KEY`, `NOVU_API_URL`, `NOVU_PYTHON_REQUESTS_TIMEOUT`, `NOVU_MAX_RETRIES`,
    `NOVU_MAX_WAIT`, `NOVU_DEADLINE`), then default.

    Args:
        api_key: The environment's secret key.
        url: The API's base URL (`https://api.novu.co`, `https://eu.api.novu.co`, or a host).
        timeout: Seconds each attempt may take.
        max_retries: Retries of a failed attempt that is safe to resend (0 for none).
        max_wait: Longest `Retry-After` / `RateLimit-Reset` slept on, seconds; a longer one ends
            the call at once.
        deadline: Seconds for a whole call, all attempts and waits included.
        session: An `httpx.Client` to send through instead of the shared connection pool.

    Clients of one URL and API key share one connection pool; `close()`, or leaving a `with`
    block, closes it now (the next call opens a new one). A client is safe to share between
    threads and survives `fork()`.
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
        session: httpx.Client | None = None,
    ) -> None:
        self._core = core_for(self._configure(url, api_key, timeout, max_retries, max_wait, deadline))
        self.session = session
