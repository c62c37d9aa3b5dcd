"""The one core: client construction, auth, base URL, timeouts, connection sharing, envelope and errors.

Resource classes (novu_facade.api.*) are written once, without I/O: each public method is a *plan*,
a generator that yields a `Call` (a generated operation's name and arguments) and receives that
call's decoded JSON body, then returns the method's result. A driver runs the plan: `Api` (here)
sends each call through the shared `httpx.Client`, `novu_facade.aio.AsyncApi` awaits it on the shared
`httpx.AsyncClient`. Three decorators say how a plan is exposed:

- `@endpoint`: the method returns the plan's result;
- `@lazy_endpoint`: the plan returns an iterable; the method is a generator (sync) or an async
  generator (aio) that sends nothing until iterated, as the legacy SDK's generator methods did;
- `@paged_endpoint`: the method returns a `Pages` description of a paged list; the method returns
  a `PaginationIterator` (sync) or an `AsyncPaginationIterator` (aio) over it.

The request itself comes from the operation's request builder (method, path, query, body).
Operations are imported on first use, so importing the facade does not import the generated client.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import logging
import re
import threading
import types
from collections.abc import Callable, Generator, Iterable, Iterator
from types import ModuleType
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeAlias, TypeVar

import httpx

from novu_facade._answers import UNREADABLE, checked_items, decode, off_spec, reader
from novu_facade._bulk import Batch
from novu_facade._lifecycle import Pool, on_fork_in_child, ssl_context
from novu_facade._pagination import PaginationIterator
from novu_facade._retry import (
    DEADLINE_EXTENSION,
    MAX_WAIT_EXTENSION,
    RETRIES_EXTENSION,
    RateLimit,
    RetryPolicy,
    send_with_retries,
)
from novu_facade._transport import sync_stack
from novu_facade._version import __version__
from novu_facade.config import Settings, debug_logging_requested, resolve
from novu_facade.errors import NovuAPIError, error_from_response
from novu_facade.errors import transport_error as transport_error  # novu_facade.aio imports it from here

USER_AGENT = f"novu-facade/python@{__version__}"
_GENERATED_API = "novu_client.api."

_operations: dict[str, ModuleType] = {}

# The only header the generated builders set for JSON bodies, which httpx sets as well.
_JSON_CONTENT_TYPE = {"Content-Type": "application/json"}

# The generated builders percent-encode every character of a path parameter. RFC 3986 allows
# sub-delimiters, ":" and "@" inside a path segment, and the legacy SDK sent them as they are
# (e.g. subscriber ids that are e-mail addresses), so they are restored; "/", "?", "#" and "%" stay
# encoded so an id can never change the route.
_SEGMENT_SAFE = re.compile(r"%(21|24|26|27|28|29|2A|2B|2C|3A|3B|3D|40)")

T = TypeVar("T")
C = TypeVar("C")
P = ParamSpec("P")


def _segment_char(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16))


def operation(name: str) -> ModuleType:
    """The generated operation module `novu_client.api.<tag>.<operation>`, imported once."""
    module = _operations.get(name)
    if module is None:
        module = _operations[name] = importlib.import_module(_GENERATED_API + name)
    return module


class JsonBody:
    """A request body passed through the generated request builder unchanged.

    The facade must send exactly what the legacy SDK sent, explicit nulls included, which the typed
    models would drop or reject; the builder only calls `to_dict()` on its body.
    """

    __slots__ = ("_payload",)

    def __init__(self, payload: Any) -> None:
        self._payload = payload

    def to_dict(self) -> Any:
        return self._payload


class Call:
    """One request a plan asks for: the generated operation `name`, its arguments and extra headers.

    `Call("topics.get_topic", topic_key=key)`; `_headers` adds request headers (e.g. an idempotency
    key). A `body` argument is sent as given (see `JsonBody`).
    """

    __slots__ = ("headers", "kwargs", "name")

    def __init__(self, name: str, /, *, _headers: dict[str, str] | None = None, **kwargs: Any) -> None:
        if "body" in kwargs:
            kwargs["body"] = JsonBody(kwargs["body"])
        self.name = name
        self.kwargs = kwargs
        self.headers = _headers

    def __repr__(self) -> str:
        return f"Call({self.name!r}, {sorted(self.kwargs)})"


class OperationCall(Call):
    """A Call whose request is already built, answered with the response itself (the modern client).

    `spec` holds what a generated request builder returns (method, url, and params, json, content,
    data, files or headers as needed); the plan reads the response with the operation's own parser
    (novu_facade._namespace.read), so the body is decoded once, by the model that types it.
    """

    __slots__ = ("spec",)

    def __init__(self, name: str, spec: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        self.name = name
        self.spec = spec
        self.kwargs = {}
        self.headers = headers

    def __repr__(self) -> str:
        return f"OperationCall({self.name!r}, {self.spec['method'].upper()} {self.spec['url']})"


Plan: TypeAlias = Generator[Call | Batch, Any, T]
"""A method without I/O: yields Calls, receives each call's decoded JSON body, returns the result.
A bulk plan yields a `Batch` of Calls instead, answered by one outcome per Call (novu_facade._bulk)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Pages(Generic[T]):
    """A paged list without I/O: the Call for page `page` of `limit` items, and the item class."""

    call: Callable[[int, int], Call]
    item_class: type[T]
    page_size: int


def auth_headers(api_key: str) -> dict[str, str]:
    return {"Authorization": f"ApiKey {api_key}", "User-Agent": USER_AGENT}


def build_request(client: httpx.Client | httpx.AsyncClient, call: Call, settings: Settings) -> httpx.Request:
    """The request of `call` from its operation's builder, on `client`'s base URL and headers."""
    spec = call.spec if type(call) is OperationCall else operation(call.name)._get_kwargs(**call.kwargs)
    url: str = spec["url"]
    if "%" in url:
        url = _SEGMENT_SAFE.sub(_segment_char, url)
    headers = spec.get("headers")
    json = spec.get("json")
    if json is not None and headers == _JSON_CONTENT_TYPE:
        headers = None  # httpx sets this header for a JSON body itself; merging headers costs ~10 us a call
    if call.headers:
        headers = {**headers, **call.headers} if headers else call.headers
    request = client.build_request(
        spec["method"],
        url,
        params=spec.get("params"),
        json=json,
        content=spec.get("content"),
        data=spec.get("data"),
        files=spec.get("files"),
        headers=headers,
        timeout=settings.timeout,  # per attempt
    )
    extensions = request.extensions
    extensions[RETRIES_EXTENSION] = settings.max_retries
    if settings.max_wait is not None:
        extensions[MAX_WAIT_EXTENSION] = settings.max_wait
    if settings.deadline is not None:
        extensions[DEADLINE_EXTENSION] = settings.deadline
    return request


class Core:
    """Sends requests for one configuration (base URL + API key) over one connection pool.

    The pool's transport applies the retry policy (novu_facade._retry); a caller-supplied session
    gets the same policy around its own `send`. The pool is a `novu_facade._lifecycle.Pool`: a
    forked child opens its own connections, and `close()` closes them now (the next call reopens).
    """

    def __init__(self, base_url: str, api_key: str, policy: RetryPolicy | None = None) -> None:
        self.base_url = base_url
        self.policy = policy or RetryPolicy()
        # The SSL context is made with the first connection (or before a fork: novu_facade._lifecycle),
        # not here: a client costs little to make, and nothing if it never sends.
        self.pool = Pool(lambda: httpx.HTTPTransport(verify=ssl_context()))
        self.client = httpx.Client(
            base_url=base_url,
            headers=auth_headers(api_key),
            transport=sync_stack(self.policy, self.pool),
        )

    def close(self) -> None:
        self.pool.close()

    def __repr__(self) -> str:
        return f"Core(base_url={self.base_url!r})"

    def build(self, call: Call, settings: Settings) -> httpx.Request:
        return build_request(self.client, call, settings)

    def send(self, request: httpx.Request, session: httpx.Client | None = None) -> httpx.Response:
        try:
            if session is None:
                response = self.client.send(request)
            else:
                response = send_with_retries(request, session.send, self.policy)
        except httpx.TransportError as exc:
            raise transport_error(request, exc) from exc
        if response.status_code >= 400:
            raise error_from_response(response)
        return response


_cores: dict[tuple[str, str], Core] = {}
_cores_lock = threading.Lock()


@on_fork_in_child
def _new_lock_in_child() -> None:
    global _cores_lock
    _cores_lock = threading.Lock()  # a parent thread may have held it at the fork


def core_for(settings: Settings) -> Core:
    """One Core (one connection pool) per base URL and API key, shared by every Api instance using it."""
    key = (settings.base_url, settings.api_key)
    core = _cores.get(key)
    if core is None:
        with _cores_lock:
            core = _cores.get(key)
            if core is None:
                enable_debug_logging_if_requested()
                core = _cores[key] = Core(*key)
    return core


def enable_debug_logging_if_requested() -> None:
    if not debug_logging_requested():
        return
    logger = logging.getLogger("novu_facade")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


# --------------------------------------------------------------------------------------------
# Plans and how they are exposed
# --------------------------------------------------------------------------------------------

PLAN_ATTRIBUTE = "__novu_plan__"
"""Attribute of a decorated method holding (kind, plan function); `novu_facade.aio` reads it."""

_A = TypeVar("_A", bound="Api")
_Self = TypeVar("_Self", bound="Api")


def run(plan: Plan[T], send: Callable[[Call], httpx.Response], lazy: bool = False) -> T:
    """Run `plan` to its result, answering each Call it yields with the decoded body of `send(call)`
    (a Batch: one outcome per Call).

    An exception from `send` is raised inside the plan at its `yield`, so a plan may handle it
    (e.g. a 404 meaning False) or add to it (a bulk call's BulkError). A body the plan cannot read
    raises UnexpectedResponseError (novu_facade._answers); so does, for a `lazy` plan, one whose
    items fail to parse while iterated. An OperationCall is answered with its response, not its body.
    """
    response: httpx.Response | None = None
    try:
        call = plan.send(None)  # errors for bad input, before anything is sent, pass unchanged
        while True:
            try:
                if isinstance(call, Batch):
                    body: Any = call.send_all(send)
                    response = call.last_response
                else:
                    response = send(call)
                    body = response if type(call) is OperationCall else decode(response)
            except Exception as exc:
                call = plan.throw(exc)
            else:
                call = answer(plan, body, response)
    except StopIteration as done:
        return finish(plan, done, response, lazy)


def answer(plan: Plan[T], body: Any, response: httpx.Response | None) -> Call | Batch:
    """Hand `body` to `plan`; its next Call. A body the plan cannot read raises UnexpectedResponseError."""
    try:
        return plan.send(body)
    except UNREADABLE as exc:
        if response is None:
            raise
        raise off_spec(response, reader(plan), exc) from exc


def finish(plan: Plan[T], done: StopIteration, response: httpx.Response | None, lazy: bool) -> T:
    """The plan's result; for a `lazy` plan, its items checked as they are iterated."""
    result: T = done.value
    if lazy:
        return checked_items(result, response, reader(plan))  # type: ignore[arg-type, return-value]
    return result


def inner_annotation(annotation: Any, outer: str) -> Any:
    """`X` of a string annotation `outer[X]`; anything else unchanged."""
    prefix = outer + "["
    if isinstance(annotation, str) and annotation.startswith(prefix) and annotation.endswith("]"):
        return annotation[len(prefix) : -1]
    return annotation


def expose(method: Callable[..., Any], plan: Callable[..., Any], returns: Any, kind: str) -> None:
    """Give `method` the name, docs and signature of `plan`, with the return annotation `returns`.

    `inspect.signature(method)` is the plan's parameters (followed through `__wrapped__`) with the
    return type the caller sees, not the plan's generator type.
    """
    twin = types.FunctionType(plan.__code__, plan.__globals__, plan.__name__, plan.__defaults__, plan.__closure__)
    twin.__kwdefaults__ = plan.__kwdefaults__
    twin.__annotations__ = {**plan.__annotations__, "return": returns}
    twin.__module__, twin.__qualname__, twin.__doc__ = plan.__module__, plan.__qualname__, plan.__doc__
    functools.update_wrapper(method, twin)
    setattr(method, PLAN_ATTRIBUTE, (kind, plan))


def endpoint(plan: Callable[Concatenate[_A, P], Plan[T]]) -> Callable[Concatenate[_A, P], T]:
    """A method that returns what its plan returns."""

    def method(self: _A, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return run(plan(self, *args, **kwargs), self._send)

    expose(method, plan, inner_annotation(plan.__annotations__.get("return"), "Plan"), "call")
    return method


def lazy_endpoint(plan: Callable[Concatenate[_A, P], Plan[Iterable[T]]]) -> Callable[Concatenate[_A, P], Iterator[T]]:
    """A generator method: nothing is sent until iteration starts; then it yields the plan's items."""

    def method(self: _A, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        yield from run(plan(self, *args, **kwargs), self._send, lazy=True)

    items = inner_annotation(inner_annotation(plan.__annotations__.get("return"), "Plan"), "Iterable")
    expose(method, plan, f"Iterator[{items}]", "lazy")
    return method


def paged_endpoint(
    pager: Callable[Concatenate[_A, P], Pages[T]],
) -> Callable[Concatenate[_A, P], PaginationIterator[T]]:
    """A method returning a PaginationIterator over the pages its pager describes (first page fetched now)."""

    def method(self: _A, /, *args: P.args, **kwargs: P.kwargs) -> PaginationIterator[T]:
        pages = pager(self, *args, **kwargs)
        send, page_call = self._send, pages.call
        return PaginationIterator(lambda page, limit: send(page_call(page, limit)), pages.item_class, pages.page_size)

    items = inner_annotation(pager.__annotations__.get("return"), "Pages")
    expose(method, pager, f"PaginationIterator[{items}]", "paged")
    return method


# --------------------------------------------------------------------------------------------
# The resource classes' base
# --------------------------------------------------------------------------------------------


class _PolicyHolder(Protocol):
    policy: RetryPolicy


class ApiBase:
    """Settings shared by the sync and async resource classes."""

    _settings: Settings
    _url: str
    _core: _PolicyHolder
    last_response: httpx.Response | None
    """The last response this instance received, error responses included, e.g. to read its
    `Idempotency-Replay` header. Shared by every thread or task using the instance."""

    def _configure(
        self,
        url: str | None,
        api_key: str | None,
        requests_timeout: float | None,
        max_retries: int | None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> Settings:
        self._settings = settings = resolve(url, api_key, requests_timeout, max_retries, max_wait, deadline)
        self._url = settings.base_url
        self.last_response = None
        return settings

    @property
    def rate_limit(self) -> RateLimit | None:
        """`RateLimit-Limit` / `-Remaining` / `-Reset` of the last response; None before any, or without them.

        E.g. a batch job pauses `api.rate_limit.reset` seconds when `api.rate_limit.remaining == 0`.
        """
        response = self.last_response
        return None if response is None else RateLimit.of(response)

    @property
    def requests_timeout(self) -> float:
        """Seconds each attempt may take; settable, as in the legacy SDK."""
        return self._settings.timeout

    @requests_timeout.setter
    def requests_timeout(self, value: float) -> None:
        self._settings = dataclasses.replace(self._settings, timeout=float(value))

    @property
    def _automatic_keys(self) -> bool:
        """Whether this instance's retry policy gives POST/PATCH requests idempotency keys."""
        return self._core.policy.idempotency_keys

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._url!r})"


class Api(ApiBase):
    """Base of the resource classes; same constructor as the legacy SDK's.

    `session` may be an `httpx.Client` to send through instead of the shared pool. Keyword-only:
    `max_retries`, `max_wait` (longest Retry-After / RateLimit-Reset slept on, seconds; a longer one
    ends the call at once), `deadline` (seconds for a whole call, all attempts and waits).

    An instance is safe to share between threads and survives `fork()` (the child opens its own
    connections). `close()`, or leaving a `with` block, closes the shared pool of this URL and API
    key now, for every instance using it; the next call through any of them opens a new one.
    """

    session: httpx.Client | None
    _core: Core

    def __init__(
        self,
        url: str | None = None,
        api_key: str | None = None,
        requests_timeout: int | None = None,
        session: httpx.Client | None = None,
        *,
        max_retries: int | None = None,
        max_wait: float | None = None,
        deadline: float | None = None,
    ) -> None:
        self._core = core_for(self._configure(url, api_key, requests_timeout, max_retries, max_wait, deadline))
        self.session = session

    def close(self) -> None:
        """Close the shared connection pool of this configuration (not a `session` you passed)."""
        self._core.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, call: Call) -> httpx.Response:
        """Send one Call; return its success response (the driver decodes the body)."""
        core = self._core
        try:
            self.last_response = response = core.send(core.build(call, self._settings), self.session)
        except NovuAPIError as exc:
            self.last_response = exc.response
            raise
        return response

    def _call(self, name: str, *, _headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        """Send the generated operation `name` with `kwargs`; return the decoded JSON body."""
        return decode(self._send(Call(name, _headers=_headers, **kwargs)))
