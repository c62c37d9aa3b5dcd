"""The async facade: the same 17 classes and 92 methods as `novu_facade.api`, as awaitables.

    from novu_facade.aio import TopicApi          # was: from novu_facade.api import TopicApi

    api = TopicApi(url, api_key)
    topic = await api.get("news")
    async for subscriber in api_subscribers.stream():   # paged lists: async iterators
        ...
    async for feed in FeedApi(url, api_key).list():      # the legacy generator methods: async generators
        ...

Nothing is written twice: each class is made from its sync class in `novu_facade.api`, whose methods
are plans without I/O (see novu_facade._core); here they are driven with `await` on one shared
`httpx.AsyncClient` per configuration (base URL + API key) and event loop, whose transport applies
the retry policy (`novu_facade._retry.AsyncRetryTransport`). Constructors take the same arguments as
the sync classes; `session` may be an `httpx.AsyncClient` to send through instead.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from novu_facade._answers import decode
from novu_facade._bulk import Batch
from novu_facade._core import (
    PLAN_ATTRIBUTE,
    Api,
    ApiBase,
    Call,
    OperationCall,
    Pages,
    Plan,
    answer,
    auth_headers,
    build_request,
    enable_debug_logging_if_requested,
    expose,
    finish,
    inner_annotation,
    transport_error,
)
from novu_facade._lifecycle import AsyncPool, on_fork_in_child, ssl_context
from novu_facade._pagination import AsyncPaginationIterator
from novu_facade._retry import RetryPolicy, async_send_with_retries
from novu_facade._transport import async_network, async_stack
from novu_facade.config import Settings
from novu_facade.errors import NovuAPIError, error_from_response

if TYPE_CHECKING:
    # The classes are made on first access (module __getattr__, below). Type checkers read their
    # declarations from a stub generated from the sync classes (scripts/gen_aio_types.py); it has no
    # .py twin, so this module is type-checked as well.
    from novu_facade._aio_types import (
        BlueprintApi,
        ChangeApi,
        EnvironmentApi,
        EventApi,
        ExecutionDetailApi,
        FeedApi,
        InboundParseApi,
        IntegrationApi,
        LayoutApi,
        MessageApi,
        NotificationApi,
        NotificationGroupApi,
        NotificationTemplateApi,
        OrganizationApi,
        SubscriberApi,
        TenantApi,
        TopicApi,
    )

__all__ = [
    "AsyncApi",
    "AsyncPaginationIterator",
    "BlueprintApi",
    "ChangeApi",
    "EnvironmentApi",
    "EventApi",
    "ExecutionDetailApi",
    "FeedApi",
    "InboundParseApi",
    "IntegrationApi",
    "LayoutApi",
    "MessageApi",
    "NotificationApi",
    "NotificationGroupApi",
    "NotificationTemplateApi",
    "OrganizationApi",
    "SubscriberApi",
    "TenantApi",
    "TopicApi",
]

T = TypeVar("T")
_Self = TypeVar("_Self", bound="AsyncApi")

# Concurrency is what an async client is for: keep every connection it opens alive for reuse
# (httpx's default keeps only 20 of its 100).
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


class _NoAsyncioLoop:
    """Stands for the event loop when there is no asyncio loop (e.g. under trio)."""


_NO_ASYNCIO_LOOP = _NoAsyncioLoop()


class AsyncCore:
    """Sends requests for one configuration (base URL + API key); the async twin of `Core`.

    Connections belong to the event loop that opened them, so each event loop gets its own
    `httpx.AsyncClient` (made on first use there, dropped with the loop); `client` builds requests
    and is the first loop's client. A caller-supplied session gets the retry policy around its own
    `send`. All of them send through one `novu_facade._lifecycle.AsyncPool`, which keeps each loop's
    connections apart, closes them when their loop shuts down, and is never used across a fork.
    """

    def __init__(self, base_url: str, api_key: str, policy: RetryPolicy | None = None) -> None:
        self.base_url = base_url
        self.policy = policy or RetryPolicy()
        self._headers = auth_headers(api_key)
        verify = ssl_context()
        self.pool = AsyncPool(async_network(verify=verify, limits=LIMITS))  # NOVU_ASYNC_TRANSPORT chooses
        self.client = self._new_client()
        self._unused = True  # self.client is not yet any loop's client
        self._clients: weakref.WeakKeyDictionary[object, httpx.AsyncClient] = weakref.WeakKeyDictionary()
        self._last: tuple[weakref.ref[object] | None, httpx.AsyncClient] = (None, self.client)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"AsyncCore(base_url={self.base_url!r})"

    def _new_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url,
            headers=self._headers,
            transport=async_stack(self.policy, self.pool),
        )

    async def aclose(self) -> None:
        """Close the running event loop's connections now; the next call opens new ones."""
        await self.pool.aclose()

    def loop_client(self) -> httpx.AsyncClient:
        """The shared client of the running event loop."""
        try:
            loop: object = asyncio.get_running_loop()
        except RuntimeError:
            loop = _NO_ASYNCIO_LOOP
        last_loop, client = self._last
        if last_loop is not None and last_loop() is loop:
            return client
        with self._lock:
            found = self._clients.get(loop)
            if found is None:
                if self._unused:
                    found, self._unused = self.client, False
                else:
                    found = self._new_client()
                self._clients[loop] = found
            self._last = (weakref.ref(loop), found)
        return found

    def build(self, call: Call, settings: Settings) -> httpx.Request:
        return build_request(self.client, call, settings)

    async def send(self, request: httpx.Request, session: httpx.AsyncClient | None = None) -> httpx.Response:
        try:
            if session is None:
                response = await self.loop_client().send(request)
            else:
                response = await async_send_with_retries(request, session.send, self.policy, asyncio.sleep)
        except httpx.TransportError as exc:
            raise transport_error(request, exc) from exc
        if response.status_code >= 400:
            raise error_from_response(response)
        return response


_cores: dict[tuple[str, str], AsyncCore] = {}
_cores_lock = threading.Lock()


@on_fork_in_child
def _new_locks_in_child() -> None:
    global _cores_lock
    _cores_lock = threading.Lock()  # a parent thread may have held it at the fork
    for core in _cores.values():
        core._lock = threading.Lock()


def core_for(settings: Settings) -> AsyncCore:
    """One AsyncCore per base URL and API key, shared by every AsyncApi instance using it."""
    key = (settings.base_url, settings.api_key)
    core = _cores.get(key)
    if core is None:
        with _cores_lock:
            core = _cores.get(key)
            if core is None:
                enable_debug_logging_if_requested()
                core = _cores[key] = AsyncCore(*key)
    return core


class AsyncApi(ApiBase):
    """Base of the async resource classes; same constructor as the sync ones.

    `session` may be an `httpx.AsyncClient` to send through instead of the shared pool.

    An instance may be used from any number of tasks, from several event loops (each gets its own
    connections, closed when its loop shuts down, as `asyncio.run` does), and in forked children.
    `await api.close()`, or leaving an `async with` block, closes the running loop's connections of
    this URL and API key now; the next call opens new ones.
    """

    session: httpx.AsyncClient | None
    _core: AsyncCore

    def __init__(
        self,
        url: str | None = None,
        api_key: str | None = None,
        requests_timeout: int | None = None,
        session: httpx.AsyncClient | None = None,
        *,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> None:
        self._core = core_for(self._configure(url, api_key, requests_timeout, max_retries, max_wait, deadline))
        self.session = session

    async def close(self) -> None:
        """Close the shared connections of this configuration on the running loop (not a `session` you passed)."""
        await self._core.aclose()

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(self, call: Call) -> httpx.Response:
        """Send one Call; return its success response (the driver decodes the body)."""
        core = self._core
        try:
            self.last_response = response = await core.send(core.build(call, self._settings), self.session)
        except NovuAPIError as exc:
            self.last_response = exc.response
            raise
        return response


async def run(plan: Plan[T], send: Callable[[Call], Awaitable[httpx.Response]], lazy: bool = False) -> T:
    """Run `plan` to its result, answering each Call with the decoded body of `await send(call)`
    (see novu_facade._core.run)."""
    response: httpx.Response | None = None
    try:
        call = plan.send(None)  # errors for bad input, before anything is sent, pass unchanged
        while True:
            try:
                if isinstance(call, Batch):
                    body: Any = await call.send_all_async(send)
                    response = call.last_response
                else:
                    response = await send(call)
                    body = response if type(call) is OperationCall else decode(response)
            except Exception as exc:
                call = plan.throw(exc)
            else:
                call = answer(plan, body, response)
    except StopIteration as done:
        return finish(plan, done, response, lazy)


# --------------------------------------------------------------------------------------------
# The async classes, made from the sync ones
# --------------------------------------------------------------------------------------------


def _coroutine_method(plan: Callable[..., Any]) -> Callable[..., Any]:
    async def method(self: AsyncApi, /, *args: Any, **kwargs: Any) -> Any:
        return await run(plan(self, *args, **kwargs), self._send)

    expose(method, plan, inner_annotation(plan.__annotations__.get("return"), "Plan"), "call")
    return method


def _async_generator_method(plan: Callable[..., Any]) -> Callable[..., Any]:
    async def method(self: AsyncApi, /, *args: Any, **kwargs: Any) -> Any:
        for item in await run(plan(self, *args, **kwargs), self._send, lazy=True):
            yield item

    items = inner_annotation(inner_annotation(plan.__annotations__.get("return"), "Plan"), "Iterable")
    expose(method, plan, f"AsyncIterator[{items}]", "lazy")
    return method


def _paged_method(pager: Callable[..., Pages[Any]]) -> Callable[..., Any]:
    def method(self: AsyncApi, /, *args: Any, **kwargs: Any) -> AsyncPaginationIterator[Any]:
        pages = pager(self, *args, **kwargs)
        send, page_call = self._send, pages.call
        return AsyncPaginationIterator(
            lambda page, limit: send(page_call(page, limit)), pages.item_class, pages.page_size
        )

    items = inner_annotation(pager.__annotations__.get("return"), "Pages")
    expose(method, pager, f"AsyncPaginationIterator[{items}]", "paged")
    return method


_MAKERS: dict[str, Callable[[Callable[..., Any]], Callable[..., Any]]] = {
    "call": _coroutine_method,
    "lazy": _async_generator_method,
    "paged": _paged_method,
}
_NOT_COPIED = frozenset({"__module__", "__qualname__", "__doc__", "__dict__", "__weakref__"})


def async_class(sync_class: type[Api]) -> type[AsyncApi]:
    """The async twin of a sync resource class: each of its endpoints driven with `await`."""
    namespace: dict[str, Any] = {"__module__": __name__, "__qualname__": sync_class.__name__}
    mro = sync_class.__mro__
    for klass in reversed(mro[: mro.index(Api)]):
        for name, value in vars(klass).items():
            if name in _NOT_COPIED:
                continue
            marked = getattr(value, PLAN_ATTRIBUTE, None)
            if marked is not None:
                kind, plan = marked
                namespace[name] = _MAKERS[kind](plan)
            elif callable(value) and not name.startswith("_"):
                raise TypeError(f"{klass.__name__}.{name} is not an endpoint, so it has no async form")
            else:
                namespace[name] = value
    namespace["__doc__"] = sync_class.__doc__
    return type(sync_class.__name__, (AsyncApi,), namespace)


_classes_lock = threading.Lock()


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from novu_facade import api

    with _classes_lock:
        cls = globals().get(name)
        if cls is None:
            cls = globals()[name] = async_class(getattr(api, name))
    return cls


def __dir__() -> list[str]:
    return __all__
