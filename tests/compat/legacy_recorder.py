"""Run a :class:`~cases.Case` through an SDK package over a fake ``requests.Session``.

``record(case, package="novu")`` builds ``<package>.api.<Api>(url=..., api_key=..., session=fake)``,
calls the method, exhausts any generator/iterator it returns, and returns a :class:`Recording` of
what went on the wire (as ``requests`` would prepare it) and what came back. Nothing touches the
network. Pass ``package="novu_facade"`` to record the facade the same way.

Run as a script to write a survey of the legacy SDK's requests to a JSON file
(``python -m tests.compat.legacy_recorder OUT.json [package]``; default ``survey.json`` here).
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import json
import sys
import types
import warnings
from collections import deque
from collections.abc import Iterator
from datetime import timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import requests
from requests.structures import CaseInsensitiveDict

try:
    from .cases import CASES, Case, Dto, Enum, Iter
except ImportError:  # executed as a script: tests/compat is on sys.path
    from cases import CASES, Case, Dto, Enum, Iter

BASE_URL = "https://api.novu.test"
API_KEY = "test-secret-key"
HEADERS_OF_INTEREST = ("Authorization", "User-Agent", "Content-Type")

__all__ = [
    "API_KEY",
    "BASE_URL",
    "ErrorInfo",
    "FakeSession",
    "Recording",
    "ResponsesExhausted",
    "WireRequest",
    "record",
    "resolve",
    "to_plain",
]


# --------------------------------------------------------------------------------------------
# What gets recorded
# --------------------------------------------------------------------------------------------


@dataclasses.dataclass
class WireRequest:
    """One request as it would leave the process."""

    method: str
    url: str
    """Full prepared URL."""
    path: str
    """Percent-encoded path as on the wire."""
    query: str
    """Encoded query string as on the wire ('' when none)."""
    query_pairs: list[tuple[str, str]]
    """Decoded ``(key, value)`` pairs, in wire order, blanks kept."""
    body: bytes | None
    """Exact body bytes (``None`` when no body is sent)."""
    json: Any
    """Body parsed as JSON (``None`` when there is no body or it is not JSON)."""
    headers: dict[str, str | None]
    """Authorization, User-Agent and Content-Type (``None`` when absent)."""
    all_headers: dict[str, str]
    timeout: Any
    extra: dict[str, Any]
    """Keyword arguments other than the usual ones passed to ``Session.request``."""

    @property
    def has_body(self) -> bool:
        return self.body is not None

    def to_json(self) -> dict:
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "query_pairs": [list(p) for p in self.query_pairs],
            "has_body": self.has_body,
            "body": self.body.decode("utf-8") if self.body is not None else None,
            "json": self.json,
            "headers": self.headers,
            "timeout": self.timeout,
        }


@dataclasses.dataclass
class ErrorInfo:
    type: str
    """Qualified class name, e.g. ``requests.exceptions.HTTPError``."""
    status: int | None
    """``exc.response.status_code`` when the exception carries a response."""
    message: str


@dataclasses.dataclass
class Recording:
    case_id: str
    package: str
    requests: list[WireRequest]
    result: Any
    """The return value; generators and iterators are exhausted into a list."""
    result_type: str
    """Type name of what the method returned, before exhausting (e.g. ``generator``)."""
    requests_at_return: int
    """How many requests had been sent when the method returned (laziness)."""
    plain: Any
    """``result`` normalised to JSON-friendly data (see :func:`to_plain`)."""
    error: ErrorInfo | None
    unused_responses: int
    missing_responses: int

    def to_json(self) -> dict:
        return {
            "id": self.case_id,
            "package": self.package,
            "requests": [r.to_json() for r in self.requests],
            "result_type": self.result_type,
            "requests_at_return": self.requests_at_return,
            "result": self.plain,
            "error": dataclasses.asdict(self.error) if self.error else None,
            "unused_responses": self.unused_responses,
            "missing_responses": self.missing_responses,
        }


class ResponsesExhausted(AssertionError):
    """The code under test sent more requests than the case has canned responses for."""


# --------------------------------------------------------------------------------------------
# Fake transport
# --------------------------------------------------------------------------------------------


def _json_bytes(body: Any) -> bytes:
    # Compact, like the Novu API (Express) serialises.
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _make_response(spec: tuple[Any, ...], prepared: requests.PreparedRequest) -> requests.Response:
    status, body = spec[0], spec[1]
    extra_headers = spec[2] if len(spec) > 2 else {}
    resp = requests.Response()
    resp.status_code = status
    try:
        resp.reason = HTTPStatus(status).phrase
    except ValueError:
        resp.reason = ""
    headers = CaseInsensitiveDict()
    if body is None:
        resp._content = b""
    else:
        resp._content = _json_bytes(body)
        headers["Content-Type"] = "application/json; charset=utf-8"
    headers["Content-Length"] = str(len(resp._content))
    headers.update(extra_headers)
    resp.headers = headers
    resp._content_consumed = True
    resp.encoding = "utf-8"
    resp.url = prepared.url
    resp.request = prepared
    resp.elapsed = timedelta(0)
    return resp


class FakeSession(requests.Session):
    """A ``requests.Session`` that records prepared requests and answers from a queue.

    Both entry points are covered: ``request()`` (and so ``get``/``post``/...) prepares the request
    exactly as ``requests`` does (session default headers merged in), and ``send()`` records it.
    """

    def __init__(self, responses: list[tuple[Any, ...]]):
        super().__init__()
        self.queue: deque[tuple[Any, ...]] = deque(responses)
        self.calls: list[WireRequest] = []
        self.missing = 0

    def request(  # type: ignore[override]
        self,
        method,
        url,
        params=None,
        data=None,
        headers=None,
        cookies=None,
        files=None,
        auth=None,
        timeout=None,
        allow_redirects=True,
        proxies=None,
        hooks=None,
        stream=None,
        verify=None,
        cert=None,
        json=None,
        **extra,
    ):
        req = requests.Request(
            method=method.upper(),
            url=url,
            headers=headers,
            files=files,
            data=data or {},
            json=json,
            params=params or {},
            auth=auth,
            cookies=cookies,
            hooks=hooks,
        )
        prepared = self.prepare_request(req)
        passed = {
            "allow_redirects": allow_redirects,
            "proxies": proxies,
            "stream": stream,
            "verify": verify,
            "cert": cert,
        }
        defaults = {"allow_redirects": True}
        unusual = {k: v for k, v in passed.items() if v != defaults.get(k)}
        unusual.update(extra)
        return self._answer(prepared, timeout, unusual)

    def send(self, request, **kwargs):  # type: ignore[override]
        timeout = kwargs.pop("timeout", None)
        return self._answer(request, timeout, kwargs)

    def _answer(self, prepared: requests.PreparedRequest, timeout: Any, extra: dict[str, Any]) -> requests.Response:
        self.calls.append(_wire(prepared, timeout, extra))
        if not self.queue:
            self.missing += 1
            raise ResponsesExhausted(f"no canned response left for {prepared.method} {prepared.url}")
        return _make_response(self.queue.popleft(), prepared)


def _wire(prepared: requests.PreparedRequest, timeout: Any, extra: dict[str, Any]) -> WireRequest:
    parts = urlsplit(prepared.url)
    body = prepared.body
    if isinstance(body, str):
        body = body.encode("utf-8")
    parsed: Any = None
    if body is not None:
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
    all_headers = {k: v for k, v in prepared.headers.items()}
    interesting = {name: prepared.headers.get(name) for name in HEADERS_OF_INTEREST}
    return WireRequest(
        method=prepared.method,
        url=prepared.url,
        path=parts.path,
        query=parts.query,
        query_pairs=parse_qsl(parts.query, keep_blank_values=True),
        body=body,
        json=parsed,
        headers=interesting,
        all_headers=all_headers,
        timeout=timeout,
        extra=extra,
    )


# --------------------------------------------------------------------------------------------
# Markers -> objects of the package under test
# --------------------------------------------------------------------------------------------


def _locate(path: str, package: str) -> Any:
    """Find ``novu.<sub>.<module>.<Name>`` inside ``package``.

    The exact module is tried first, then the subpackage's public namespace
    (``<package>.dto`` / ``<package>.enums``), so a facade may lay its modules out differently.
    """
    head, _, rest = path.partition(".")
    if head != "novu":
        raise ValueError(f"marker path must start with 'novu.': {path}")
    module_name, _, name = f"{package}.{rest}".rpartition(".")
    try:
        return getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError):
        sub = rest.split(".", 1)[0]
        return getattr(importlib.import_module(f"{package}.{sub}"), name)


def resolve(value: Any, package: str) -> Any:
    """Turn markers (recursively, through lists/tuples/dicts) into real objects of ``package``."""
    if isinstance(value, Dto):
        cls = _locate(value.path, package)
        return cls(**{k: resolve(v, package) for k, v in value.kwargs.items()})
    if isinstance(value, Enum):
        return getattr(_locate(value.path, package), value.member)
    if isinstance(value, Iter):
        return iter([resolve(v, package) for v in value.items])
    if isinstance(value, list):
        return [resolve(v, package) for v in value]
    if isinstance(value, tuple):
        return tuple(resolve(v, package) for v in value)
    if isinstance(value, dict):
        return {resolve(k, package): resolve(v, package) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------------------------
# Results -> comparable data
# --------------------------------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """Normalise a result to JSON-friendly data that keeps the type information that matters.

    DTOs become ``{"__dto__": ClassName, <field>: ...}`` (fields in declaration order), enum members
    ``{"__enum__": ClassName, "value": ...}``, tuples ``{"__tuple__": [...]}``.
    """
    if isinstance(value, enum.Enum):
        return {"__enum__": type(value).__name__, "value": to_plain(value.value)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"__dto__": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = to_plain(getattr(value, f.name))
        return out
    if isinstance(value, tuple):
        return {"__tuple__": [to_plain(v) for v in value]}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(to_plain(k)) if not isinstance(k, str) else k: to_plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return {"__repr__": repr(value)}


def _is_lazy(value: Any) -> bool:
    if isinstance(value, (str, bytes, dict, list, tuple)) or value is None:
        return False
    return isinstance(value, (types.GeneratorType, Iterator))


def _error_info(exc: BaseException) -> ErrorInfo:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    cls = type(exc)
    return ErrorInfo(type=f"{cls.__module__}.{cls.__qualname__}", status=status, message=str(exc))


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def _api_class(package: str, name: str) -> type:
    with warnings.catch_warnings():
        # The legacy SDK imports pkg_resources, which warns on import.
        warnings.simplefilter("ignore")
        module = importlib.import_module(f"{package}.api")
    return getattr(module, name)


def record(case: Case, package: str = "novu") -> Recording:
    """Run ``case`` against ``package`` over a :class:`FakeSession`; never raises for HTTP errors."""
    session = FakeSession([tuple(r) for r in case.responses])
    api = _api_class(package, case.api)(url=BASE_URL, api_key=API_KEY, session=session)
    method = getattr(api, case.method)
    args = resolve(case.args, package)
    kwargs = resolve(case.kwargs, package)

    result: Any = None
    result_type = "NoneType"
    requests_at_return: int | None = None
    error: ErrorInfo | None = None
    try:
        returned = method(*args, **kwargs)
        result_type = type(returned).__name__
        requests_at_return = len(session.calls)
        if _is_lazy(returned):
            result = []
            for item in returned:  # keep what was produced even if iteration fails later
                result.append(item)
        else:
            result = returned
    except Exception as exc:
        if requests_at_return is None:  # raised by the call itself, not while iterating
            requests_at_return = len(session.calls)
        error = _error_info(exc)

    return Recording(
        case_id=case.id,
        package=package,
        requests=list(session.calls),
        result=result,
        result_type=result_type,
        requests_at_return=requests_at_return,
        plain=to_plain(result),
        error=error,
        unused_responses=len(session.queue),
        missing_responses=session.missing,
    )


# --------------------------------------------------------------------------------------------
# Survey (script mode)
# --------------------------------------------------------------------------------------------


def _path_template(case: Case, path: str, package: str) -> str:
    """Replace path segments that came from arguments with ``{param}`` (legacy parameter names)."""
    method = getattr(_api_class(package, case.api), case.method)
    bound = inspect.signature(method).bind(None, *resolve(case.args, package), **resolve(case.kwargs, package))
    bound.apply_defaults()
    names: dict[str, str] = {}
    for name, value in bound.arguments.items():
        if name == "self":
            continue
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
            names.setdefault(str(value), name)
        elif dataclasses.is_dataclass(value):
            for attr in ("_id", "subscriber_id"):
                inner = getattr(value, attr, None)
                if inner:
                    names.setdefault(str(inner), f"{name}.{attr}")
    # Only segments after the /v1 prefix can come from arguments.
    head, _, tail = path.partition("/v1/")
    segments = [f"{{{names[unquote(seg)]}}}" if unquote(seg) in names else seg for seg in tail.split("/")]
    return f"{head}/v1/" + "/".join(segments)


def survey(package: str = "novu") -> dict:
    cases_out = []
    routes: dict[tuple[str, str], dict[str, Any]] = {}
    for case in CASES:
        rec = record(case, package)
        entry = rec.to_json()
        entry.pop("result", None)
        cases_out.append(entry)
        for req in rec.requests:
            key = (req.method, _path_template(case, req.path, package))
            route = routes.setdefault(
                key,
                {
                    "method": key[0],
                    "path": key[1],
                    "query": [],
                    "body_keys": [],
                    "null_body_keys": [],
                    "no_body_cases": [],
                    "cases": [],
                },
            )
            for k, _ in req.query_pairs:
                if k not in route["query"]:
                    route["query"].append(k)
            if isinstance(req.json, dict):
                for k, v in req.json.items():
                    if k not in route["body_keys"]:
                        route["body_keys"].append(k)
                    if v is None and k not in route["null_body_keys"]:
                        route["null_body_keys"].append(k)
            elif req.json is not None:
                route["body_keys"].append(f"<{type(req.json).__name__}>")
            if not req.has_body:
                route["no_body_cases"].append(case.id)
            if case.id not in route["cases"]:
                route["cases"].append(case.id)
    return {
        "package": package,
        "base_url": BASE_URL,
        "cases": cases_out,
        "routes": sorted(routes.values(), key=lambda r: (r["path"], r["method"])),
    }


def main(argv: list[str]) -> int:
    out = argv[1] if len(argv) > 1 else "survey.json"
    package = argv[2] if len(argv) > 2 else "novu"
    data = survey(package)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, ensure_ascii=False)
    failures = [c["id"] for c in data["cases"] if c["unused_responses"] or c["missing_responses"]]
    print(f"{len(data['cases'])} cases, {len(data['routes'])} routes -> {out}")
    for r in data["routes"]:
        print(f"{r['method']:6} {r['path']}  query={r['query']} body={r['body_keys']} nulls={r['null_body_keys']}")
    if failures:
        print("cases with unconsumed/missing responses:", failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
