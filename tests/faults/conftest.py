"""Fixtures: the fault server, a refused port, and facade Api instances whose waits are recorded.

Every facade instance gets a fresh Core (a unique API key), so the shared-pool cache
(`novu_facade._core._cores`) never carries a transport, policy or sleep from one test to another.
The Core's RetryTransport gets a recording `sleep` (nothing is slept) and its inner transport is
wrapped to count attempts, including attempts that never reach the server (connection refused).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest

from novu_facade import _core, aio
from novu_facade._core import Api, Core
from novu_facade._retry import RetryPolicy, RetryTransport
from tests.faults.echo_server import EchoProcess
from tests.faults.server import FaultServer, refused_port

ApiT = TypeVar("ApiT", bound=Api)

_NOVU_ENV = (
    "NOVU_API_URL",
    "NOVU_API_KEY",
    "NOVU_MAX_RETRIES",
    "NOVU_LOG",
    "NOVU_PYTHON_REQUESTS_TIMEOUT",
    "NOVU_ASYNC_TRANSPORT",
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No ambient NOVU_* variable changes a scenario; the facade logger is restored afterwards."""
    for name in _NOVU_ENV:
        monkeypatch.delenv(name, raising=False)
    logger = logging.getLogger("novu_facade")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    srv = FaultServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def refused_url() -> Iterator[str]:
    sock = refused_port()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


class CountingTransport(httpx.BaseTransport):
    """Counts every attempt the retry loop makes, whether or not it reaches a server."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.attempts = 0
        self.outcomes: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        try:
            response = self.inner.handle_request(request)
        except httpx.TransportError as exc:
            self.outcomes.append(type(exc).__name__)
            raise
        self.outcomes.append(str(response.status_code))
        return response

    def close(self) -> None:
        self.inner.close()


@dataclass
class Harness:
    """One facade Api wired to record its waits and count its attempts."""

    api: Any
    api_key: str
    core: Core
    counter: CountingTransport
    waits: list[float] = field(default_factory=list)

    @property
    def attempts(self) -> int:
        return self.counter.attempts


MakeApi = Callable[..., Harness]


def _new_key() -> str:
    return f"sk_fault_{uuid.uuid4().hex}"


def instrument(api: Api, api_key: str) -> Harness:
    core = api._core
    transport = core.client._transport
    assert isinstance(transport, RetryTransport)
    counter = CountingTransport(transport.inner)
    transport.inner = counter
    harness = Harness(api=api, api_key=api_key, core=core, counter=counter)
    transport.sleep = harness.waits.append
    return harness


@pytest.fixture
def make_api(server: FaultServer) -> Iterator[MakeApi]:
    """`make_api(EventApi, policy=..., url=..., **api_kwargs)` -> Harness with a fresh Core."""
    made: list[tuple[str, str]] = []

    def make(cls: type[ApiT], *, policy: RetryPolicy | None = None, url: str | None = None, **kwargs: Any) -> Harness:
        base_url = url or server.url
        api_key = _new_key()
        made.append((base_url, api_key))
        if policy is not None:
            # What core_for would build, with a non-default policy.
            _core._cores[(base_url, api_key)] = Core(base_url, api_key, policy)
        api = cls(url=base_url, api_key=api_key, **kwargs)
        assert (base_url, api_key) in _core._cores, "Api did not go through the shared-pool cache"
        return instrument(api, api_key)

    yield make
    for key in made:
        core = _core._cores.pop(key, None)
        if core is not None:
            core.client.close()


@pytest.fixture
def new_key() -> Callable[[], str]:
    return _new_key


@pytest.fixture
def echo() -> Iterator[EchoProcess]:
    """A local server in a process of its own that echoes each request's id (fork and thread tests)."""
    srv = EchoProcess()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def api_key() -> Iterator[str]:
    """A key of its own, so the test gets a fresh shared pool; the pool is closed and dropped afterwards.

    (Async pools are closed by the end of their event loop.)
    """
    key = f"sk_pool_{uuid.uuid4().hex}"
    yield key
    for config in [c for c in _core._cores if c[1] == key]:
        _core._cores.pop(config).close()
    for config in [c for c in aio._cores if c[1] == key]:
        aio._cores.pop(config)
