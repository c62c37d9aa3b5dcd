"""The one core: client construction, auth, base URL, timeouts, connection sharing, envelope and errors.

Resource classes (novu_facade.api.*) name a generated operation and its arguments; the core takes the
request from that operation's request builder (method, path, query, body), sends it through the
shared client and returns the decoded JSON body. Operations are imported on first use, so importing
the facade does not import the generated client.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import re
import threading
from types import ModuleType
from typing import Any

import httpx

from novu_facade._retry import RETRIES_EXTENSION, RetryPolicy, RetryTransport, send_with_retries
from novu_facade._version import __version__
from novu_facade.config import Settings, debug_logging_requested, resolve
from novu_facade.errors import NovuConnectionError, NovuError, NovuTimeoutError, error_from_response

USER_AGENT = f"novu-facade/python@{__version__}"
_GENERATED_API = "novu_client.api."

_operations: dict[str, ModuleType] = {}

# The generated builders percent-encode every character of a path parameter. RFC 3986 allows
# sub-delimiters, ":" and "@" inside a path segment, and the legacy SDK sent them as they are
# (e.g. subscriber ids that are e-mail addresses), so they are restored; "/", "?", "#" and "%" stay
# encoded so an id can never change the route.
_SEGMENT_SAFE = re.compile(r"%(21|24|26|27|28|29|2A|2B|2C|3A|3B|3D|40)")


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


def auth_headers(api_key: str) -> dict[str, str]:
    return {"Authorization": f"ApiKey {api_key}", "User-Agent": USER_AGENT}


class Core:
    """Sends requests for one configuration (base URL + API key) over one connection pool.

    The pool's transport applies the retry policy (novu_facade._retry); a caller-supplied session
    gets the same policy around its own `send`.
    """

    def __init__(self, base_url: str, api_key: str, policy: RetryPolicy | None = None) -> None:
        self.base_url = base_url
        self.policy = policy or RetryPolicy()
        self.client = httpx.Client(
            base_url=base_url,
            headers=auth_headers(api_key),
            transport=RetryTransport(policy=self.policy),
        )

    def __repr__(self) -> str:
        return f"Core(base_url={self.base_url!r})"

    def build(
        self, name: str, settings: Settings, kwargs: dict[str, Any], headers: dict[str, str] | None = None
    ) -> httpx.Request:
        if "body" in kwargs:
            kwargs["body"] = JsonBody(kwargs["body"])
        spec = operation(name)._get_kwargs(**kwargs)
        url: str = spec["url"]
        if "%" in url:
            url = _SEGMENT_SAFE.sub(_segment_char, url)
        request = self.client.build_request(
            spec["method"],
            url,
            params=spec.get("params"),
            json=spec.get("json"),
            headers={**spec.get("headers", {}), **(headers or {})},
            timeout=settings.timeout,  # per attempt
        )
        request.extensions[RETRIES_EXTENSION] = settings.max_retries
        return request

    def send(self, request: httpx.Request, session: httpx.Client | None = None) -> httpx.Response:
        try:
            if session is None:
                response = self.client.send(request)
            else:
                response = send_with_retries(request, session.send, self.policy)
        except httpx.TimeoutException as exc:
            raise NovuTimeoutError(f"timed out: {request.method} {request.url.path}") from exc
        except httpx.TransportError as exc:
            raise NovuConnectionError(f"connection failed: {request.method} {request.url.path}: {exc}") from exc
        if response.status_code >= 400:
            raise error_from_response(response)
        return response


def decode(response: httpx.Response) -> Any:
    """The JSON body; `{}` for a 204 or an empty body, as the legacy SDK returned."""
    if response.status_code == 204 or not response.content:
        return {}
    try:
        return response.json()
    except ValueError:
        raise NovuError(
            f"Novu API answered {response.status_code} on {response.request.method} "
            f"{response.request.url.path} with a body that is not JSON"
        ) from None


_cores: dict[tuple[str, str], Core] = {}
_cores_lock = threading.Lock()


def core_for(settings: Settings) -> Core:
    """One Core (one connection pool) per base URL and API key, shared by every Api instance using it."""
    key = (settings.base_url, settings.api_key)
    core = _cores.get(key)
    if core is None:
        with _cores_lock:
            core = _cores.get(key)
            if core is None:
                if debug_logging_requested():
                    _enable_debug_logging()
                core = _cores[key] = Core(*key)
    return core


def _enable_debug_logging() -> None:
    logger = logging.getLogger("novu_facade")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


class Api:
    """Base of the resource classes; same constructor as the legacy SDK's.

    `session` may be an `httpx.Client` to send through instead of the shared pool.
    """

    session: httpx.Client | None
    last_response: httpx.Response | None
    """The last response this instance received, e.g. to read its `Idempotency-Replay` header."""

    def __init__(
        self,
        url: str | None = None,
        api_key: str | None = None,
        requests_timeout: int | None = None,
        session: httpx.Client | None = None,
        *,
        max_retries: int | None = None,
    ) -> None:
        self._settings = resolve(url, api_key, requests_timeout, max_retries)
        self._core = core_for(self._settings)
        self._url = self._settings.base_url
        self.session = session
        self.last_response = None

    @property
    def requests_timeout(self) -> float:
        """Seconds each attempt may take; settable, as in the legacy SDK."""
        return self._settings.timeout

    @requests_timeout.setter
    def requests_timeout(self, value: float) -> None:
        self._settings = dataclasses.replace(self._settings, timeout=float(value))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._url!r})"

    def _call(self, name: str, *, _headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        """Send the generated operation `name` with `kwargs`; return the decoded JSON body."""
        request = self._core.build(name, self._settings, kwargs, _headers)
        self.last_response = response = self._core.send(request, self.session)
        return decode(response)
