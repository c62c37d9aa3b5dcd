"""Connection pools that survive fork(), close() and the end of an event loop.

Every shared httpx client of the facade and of `novu_facade.raw.client()` sends through a `Pool`
(sync) or an `AsyncPool`: a transport that opens its real pool (made by a factory) on first use and

- in a forked child, drops the pool inherited from the parent before anything else runs there
  (`os.register_at_fork`), so no socket is ever shared by two processes; the child's copies of the
  parent's sockets are closed (close only: the parent's connections stay up) and the child opens its
  own connections on first use;
- after `close()`, opens a fresh pool on the next request, so closing is safe for any other holder;
- (async) keeps one pool per event loop, since connections belong to the loop that opened them,
  and closes a loop's pool when that loop shuts down its async generators (`asyncio.run` does);
- (sync) is closed at interpreter exit, so no socket is left for the garbage collector to warn about.

Every pool of the process verifies TLS with one SSL context (`ssl_context()`), made once: a pool
reopened after close() or in a forked child loads no certificates, and a child never creates an
SSL context — with OpenSSL 3 that can hang in a child forked while some thread was exiting. A pool
may make it on first use (a client that never sends loads no certificates); a process holding any
pool makes it just before it forks, if it has not yet.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import ssl
import threading
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import Any

import httpx

_pools: weakref.WeakSet[Pool | AsyncPool] = weakref.WeakSet()
_ssl_context: ssl.SSLContext | None = None
_ssl_lock = threading.Lock()
_in_child: list[Callable[[], None]] = []
# Pools a forked child inherited: their sockets are closed, the objects kept so that the garbage
# collector never meets a transport of an event loop that does not run in this process.
_inherited: list[Any] = []


def ssl_context() -> ssl.SSLContext:
    """The process's SSL context for verifying Novu (httpx's default: certifi, or SSL_CERT_FILE/DIR)."""
    global _ssl_context
    if _ssl_context is None:
        with _ssl_lock:
            if _ssl_context is None:
                _ssl_context = httpx.create_ssl_context()
    return _ssl_context


def on_fork_in_child(callback: Callable[[], None]) -> Callable[[], None]:
    """Run `callback` in every forked child, before the child runs anything else (e.g. new locks)."""
    _in_child.append(callback)
    return callback


def _after_fork_in_child() -> None:
    # Only the forking thread exists here, so nothing else can be holding a lock or sending.
    global _ssl_lock
    _ssl_lock = threading.Lock()
    for pool in list(_pools):
        pool._forget_inherited()
    for callback in _in_child:
        callback()


def _before_fork() -> None:
    # A pool that has not connected yet would make the context in the child: make it here instead.
    if _ssl_context is None and len(_pools):
        ssl_context()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_before_fork, after_in_child=_after_fork_in_child)


def _close_sockets(transport: Any) -> None:
    """Close this process's copy of each socket of an httpx/httpcore pool, without I/O or locks.

    Best effort by design: a transport of another kind (no httpcore pool) is only dropped.
    """
    pool = getattr(transport, "_pool", None)
    for connection in getattr(pool, "connections", ()):
        stream = getattr(getattr(connection, "_connection", None), "_network_stream", None)
        try:
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                sock.close()
        except Exception:  # a half-open connection has nothing to close
            continue


class Pool(httpx.BaseTransport):
    """The sync pool of one shared client (see the module docstring)."""

    def __init__(self, factory: Callable[[], httpx.BaseTransport]) -> None:
        self._factory = factory
        self._inner: httpx.BaseTransport | None = None
        self._lock = threading.Lock()
        _pools.add(self)

    def _open(self) -> httpx.BaseTransport:
        with self._lock:
            if self._inner is None:
                self._inner = self._factory()
            return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return (self._inner or self._open()).handle_request(request)

    def close(self) -> None:
        """Close every connection now; the next request opens a new pool."""
        with self._lock:
            inner, self._inner = self._inner, None
        if inner is not None:
            inner.close()

    def _forget_inherited(self) -> None:
        self._lock = threading.Lock()
        inner, self._inner = self._inner, None
        if inner is not None:
            _close_sockets(inner)


class _NoAsyncioLoop:
    """Stands for the event loop when there is no asyncio loop (e.g. under trio)."""


NO_ASYNCIO_LOOP: object = _NoAsyncioLoop()


def running_loop() -> object:
    import asyncio  # not at import time: a sync client never loads asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return NO_ASYNCIO_LOOP


class AsyncPool(httpx.AsyncBaseTransport):
    """The async pool of one shared client: one real pool per event loop (see the module docstring)."""

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._factory = factory
        # loop -> (its pool, the async generator that closes it when the loop shuts down)
        self._by_loop: dict[object, tuple[httpx.AsyncBaseTransport, Any]] = {}
        self._last: tuple[object, httpx.AsyncBaseTransport] | None = None
        self._lock = threading.Lock()
        _pools.add(self)

    def _open(self, loop: object) -> httpx.AsyncBaseTransport:
        with self._lock:
            found = self._by_loop.get(loop)
            if found is None:
                inner = self._factory()
                closer = _close_at_loop_shutdown(self, loop) if loop is not NO_ASYNCIO_LOOP else None
                found = self._by_loop[loop] = (inner, closer)
            self._last = (loop, found[0])
            return found[0]

    def _inner_for(self, loop: object) -> httpx.AsyncBaseTransport:
        last = self._last
        if last is not None and last[0] is loop:
            return last[1]
        return self._open(loop)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner_for(running_loop()).handle_async_request(request)

    def _take(self, loop: object) -> httpx.AsyncBaseTransport | None:
        with self._lock:
            found = self._by_loop.pop(loop, None)
            if self._last is not None and self._last[0] is loop:
                self._last = None
        return found[0] if found is not None else None

    async def aclose(self) -> None:
        """Close the running loop's connections now; its next request opens a new pool."""
        inner = self._take(running_loop())
        if inner is not None:
            await inner.aclose()

    def _forget_inherited(self) -> None:
        self._lock = threading.Lock()
        inherited, self._by_loop, self._last = self._by_loop, {}, None
        for inner, closer in inherited.values():
            _close_sockets(inner)
            _inherited.append((inner, closer))


def _close_at_loop_shutdown(pool: AsyncPool, loop: object) -> Any:
    """An async generator, started now, whose finalisation closes `pool`'s connections on `loop`.

    An event loop finalises the async generators still open when it shuts down
    (`loop.shutdown_asyncgens()`, which `asyncio.run` calls before closing the loop): that is the
    last moment the loop's connections can be closed cleanly. The generator is kept by the pool.
    """

    async def closer() -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            if pool._by_loop.get(loop, (None, None))[1] is generator:
                inner = pool._take(loop)
                if inner is not None:
                    await inner.aclose()

    generator = closer()
    step: Any = generator.__anext__()  # registers the generator with the running loop
    with contextlib.suppress(StopIteration):  # it stops at its `yield`
        step.send(None)
    return generator


@atexit.register
def _close_at_exit() -> None:
    for pool in list(_pools):
        if isinstance(pool, Pool):
            pool.close()
