"""Every generated operation raises the facade's typed errors and returns only its success type.

The operations are discovered at run time (every module under `novu_client.api`), so operations a
regeneration adds are covered too. Each is called with dummy arguments built from its signature,
through `AuthenticatedClient` over `httpx.MockTransport` (no retries), with the generator's default
`raise_on_unexpected_status=False`: `sync` / `asyncio` must raise regardless.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import functools
import importlib
import inspect
import io
import pickle
import pkgutil
import re
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import novu_client.api
import novu_client.models
import pytest
import yaml
from novu_client import AuthenticatedClient, errors
from novu_client.types import File, Response, Unset

from novu_facade import errors as facade_errors
from tests.legacy_surface import ROOT

BASE_URL = "https://api.novu.test"

EXPECTED: dict[int, type[errors.NovuAPIError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitError,
    500: errors.ServerError,
    503: errors.ServerError,
    # Any other status gets the generic class.
    302: errors.NovuAPIError,
    418: errors.NovuAPIError,
}


def _operations() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(novu_client.api.__path__, novu_client.api.__name__ + "."):
        module = importlib.import_module(info.name)
        if not info.ispkg:
            found.append(module)
    return found


OPERATIONS = _operations()
IDS = [m.__name__.removeprefix("novu_client.api.") for m in OPERATIONS]
# Names the string annotations of the generated code refer to (models are imported for type checking only).
NAMESPACE: dict[str, Any] = {
    **{name: getattr(novu_client.models, name) for name in novu_client.models.__all__},
    "AuthenticatedClient": AuthenticatedClient,
    "Client": novu_client.Client,
    "File": File,
    "Response": Response,
    "Unset": Unset,
    "datetime": datetime,
}


def _hints(obj: Any) -> dict[str, Any]:
    return typing.get_type_hints(obj, localns=NAMESPACE)


def dummy(annotation: Any, depth: int = 0) -> Any:
    """A value of `annotation` that the operation's request builder accepts."""
    if depth > 10:
        raise TypeError(f"no dummy value for {annotation!r}: nesting too deep")
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        members = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        return dummy(members[0], depth + 1)
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin is list:
        return [dummy(typing.get_args(annotation)[0], depth + 1)]
    if origin is dict or annotation is dict:
        return {}
    if annotation is Any or annotation is object or annotation is str:
        return "x"
    if annotation is bool:
        return True
    if annotation is int:
        return 1
    if annotation is float:
        return 1.5
    if annotation is datetime.datetime:
        return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    if annotation is datetime.date:
        return datetime.date(2024, 1, 1)
    if annotation is uuid.UUID:
        return uuid.UUID(int=1)
    if annotation is File:
        return File(payload=io.BytesIO(b"x"), file_name="x.txt")
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if isinstance(annotation, type) and attrs.has(annotation):
        hints = _hints(annotation)
        required = {
            f.alias: dummy(hints[f.name], depth + 1)
            for f in attrs.fields(annotation)
            if f.init and f.default is attrs.NOTHING
        }
        return annotation(**required)
    raise TypeError(f"no dummy value for {annotation!r}: teach tests/unit/test_raw_client_errors.dummy this type")


@functools.cache
def _parameters(module: ModuleType) -> dict[str, Any]:
    hints = _hints(module.sync)
    return {
        name: dummy(hints[name])
        for name, parameter in inspect.signature(module.sync).parameters.items()
        if name != "client" and parameter.default is parameter.empty
    }


def parameters(module: ModuleType) -> dict[str, Any]:
    """A dummy for every required parameter of `module.sync` but the client; the others keep their defaults."""
    return dict(_parameters(module))  # the request builders only read their arguments


def arguments(module: ModuleType, client: AuthenticatedClient) -> dict[str, Any]:
    return {**parameters(module), "client": client}


def messages_of(status: int) -> list[str]:
    # Validation errors carry a list of messages, the others one string.
    return [f"field a is bad ({status})", "field b is bad"] if status in (400, 422) else [f"m{status}"]


def error_body(status: int, path: str) -> dict[str, Any]:
    """Novu's error body: {"statusCode", "timestamp", "path", "message": str | [str]}."""
    messages = messages_of(status)
    message: str | list[str] = messages if len(messages) > 1 else messages[0]
    return {"statusCode": status, "timestamp": "2024-01-01T00:00:00.000Z", "path": path, "message": message}


Handler = Callable[[httpx.Request], httpx.Response]


def raw_client(handler: Handler, **options: Any) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url=BASE_URL, token="sk_test_secret", **options)
    transport = httpx.MockTransport(handler)
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=transport))
    client.set_async_httpx_client(httpx.AsyncClient(base_url=BASE_URL, transport=transport))
    return client


def answering(status: int, seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=error_body(status, request.url.path), headers={"x-request-id": "req-1"})

    return handler


def check_error(exc: BaseException, status: int, request: httpx.Request, where: str) -> None:
    expected = EXPECTED[status]
    assert type(exc) is expected, f"{where}: {status} raised {type(exc).__name__}, expected {expected.__name__}"
    assert isinstance(exc, facade_errors.NovuAPIError) and isinstance(exc, httpx.HTTPStatusError), where
    assert exc.status_code == status and exc.response.status_code == status, where
    assert exc.messages == messages_of(status), f"{where}: {exc.messages}"
    assert exc.body == error_body(status, request.url.path), where
    assert exc.path == request.url.path, where
    assert exc.request_id == "req-1", where
    assert all(m in str(exc) for m in exc.messages), where
    assert "sk_test_secret" not in str(exc), where
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is expected and (copy.status_code, copy.messages, copy.path) == (status, exc.messages, exc.path)


@pytest.mark.parametrize("module", OPERATIONS, ids=IDS)
def test_sync_raises_the_typed_error_of_every_error_status(module: ModuleType) -> None:
    for status in EXPECTED:
        seen: list[httpx.Request] = []
        client = raw_client(answering(status, seen))
        with pytest.raises(errors.NovuError) as caught:
            returned = module.sync(**arguments(module, client))
            pytest.fail(f"{module.__name__}.sync returned {returned!r} for {status}")
        assert len(seen) == 1
        check_error(caught.value, status, seen[0], f"{module.__name__}.sync")


@pytest.mark.parametrize("module", OPERATIONS, ids=IDS)
def test_asyncio_raises_the_typed_error_of_every_error_status(module: ModuleType) -> None:
    async def run() -> None:
        for status in EXPECTED:
            seen: list[httpx.Request] = []
            client = raw_client(answering(status, seen))
            with pytest.raises(errors.NovuError) as caught:
                returned = await module.asyncio(**arguments(module, client))
                pytest.fail(f"{module.__name__}.asyncio returned {returned!r} for {status}")
            assert len(seen) == 1
            check_error(caught.value, status, seen[0], f"{module.__name__}.asyncio")

    asyncio.run(run())


@pytest.mark.parametrize("module", OPERATIONS, ids=IDS)
def test_detailed_calls_return_every_error_response_whole(module: ModuleType) -> None:
    async def run() -> list[Response[Any]]:
        found = []
        for status in EXPECTED:
            client = raw_client(answering(status, []))
            found.append(module.sync_detailed(**arguments(module, client)))
            found.append(await module.asyncio_detailed(**arguments(module, client)))
        return found

    responses = asyncio.run(run())
    assert [r.status_code for r in responses] == [s for s in EXPECTED for _ in range(2)]
    for response in responses:
        assert isinstance(response, Response) and response.parsed is None
        assert response.headers["x-request-id"] == "req-1"
        assert b'"statusCode":%d' % response.status_code in response.content.replace(b" ", b"")


TRANSPORT_FAILURES: list[tuple[httpx.TransportError, type[errors.NovuError], str]] = [
    (httpx.ConnectError("connection refused"), errors.NovuConnectionError, "connection failed"),
    (httpx.RemoteProtocolError("peer closed the connection"), errors.NovuConnectionError, "connection failed"),
    (httpx.ReadTimeout("read timed out"), errors.NovuTimeoutError, "timed out"),
    (httpx.ConnectTimeout("connect timed out"), errors.NovuTimeoutError, "timed out"),
]


@pytest.mark.parametrize("module", OPERATIONS, ids=IDS)
def test_every_call_maps_a_request_without_response_to_a_connection_or_timeout_error(module: ModuleType) -> None:
    def failing(failure: httpx.TransportError) -> Handler:
        def handler(request: httpx.Request) -> httpx.Response:
            raise failure

        return handler

    async def run() -> None:
        for failure, expected, wording in TRANSPORT_FAILURES:
            client = raw_client(failing(failure))
            for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
                with pytest.raises(errors.NovuError) as caught:
                    result = getattr(module, name)(**arguments(module, client))
                    if asyncio.iscoroutine(result):
                        await result
                exc = caught.value
                where = f"{module.__name__}.{name} on {type(failure).__name__}"
                assert type(exc) is expected, f"{where}: raised {type(exc).__name__}"
                assert isinstance(exc, getattr(facade_errors, expected.__name__)), where
                assert exc.__cause__ is failure, where
                assert str(exc).startswith(wording), where

    asyncio.run(run())


# --------------------------------------------------------------------------------------------
# What the spec documents for each operation
# --------------------------------------------------------------------------------------------

SPEC: dict[str, Any] = yaml.load(  # a safe loader, the C one when available
    (ROOT / "openapi" / "novu.yaml").read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
)
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _resolved(response: dict[str, Any]) -> dict[str, Any]:
    ref = response.get("$ref")
    if isinstance(ref, str):
        found: dict[str, Any] = SPEC["components"]["responses"][ref.rsplit("/", 1)[-1]]
        return found
    return response


ROUTES = [
    (
        method.upper(),
        re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"),
        path,
        {str(code): _resolved(response) for code, response in op.get("responses", {}).items()},
    )
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in HTTP_METHODS
]


def documented(module: ModuleType) -> dict[str, dict[str, Any]]:
    """The responses the spec documents for the operation `module` was generated from (found by its route)."""
    request = module._get_kwargs(
        **{k: v for k, v in arguments(module, raw_client(answering(200, []))).items() if k != "client"}
    )
    method, path = request["method"].upper(), request["url"]
    matches = [(template, responses) for m, rx, template, responses in ROUTES if m == method and rx.match(path)]
    assert matches, f"{module.__name__}: {method} {path} matches no route of openapi/novu.yaml"
    # A literal segment wins over a parameter, as in the server's router.
    return min(matches, key=lambda match: match[0].count("{"))[1]


def is_documented(responses: dict[str, Any], status: int) -> bool:
    return bool({str(status), f"{status // 100}XX", f"{status // 100}xx", "default"} & set(responses))


def is_empty(response: dict[str, Any]) -> bool:
    """A response without a body schema: the generated code returns None for it."""
    return not any(
        isinstance(media, dict) and media.get("schema") for media in (response.get("content") or {}).values()
    )


def _refs(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("$ref"), str):
            yield schema["$ref"].rsplit("/", 1)[-1]
        for value in schema.values():
            yield from _refs(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _refs(value)


def error_models() -> set[type]:
    """The model classes of every error (non-2xx) response the spec documents."""
    names = {
        ref
        for _, _, _, responses in ROUTES
        for code, response in responses.items()
        if not code.startswith("2")
        for ref in _refs(response.get("content", {}))
    }
    by_key = {name.lower(): getattr(novu_client.models, name) for name in novu_client.models.__all__}
    return {by_key[key] for key in (re.sub(r"[^a-z0-9]", "", n.lower()) for n in names) if key in by_key}


ERROR_MODELS = error_models()


def _members(annotation: Any) -> set[Any]:
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        return set(typing.get_args(annotation))
    return {annotation}


def test_the_spec_documents_error_models() -> None:
    assert novu_client.models.ErrorDto in ERROR_MODELS, ERROR_MODELS


@pytest.mark.parametrize("module", OPERATIONS, ids=IDS)
def test_return_annotations_name_no_error_model(module: ModuleType) -> None:
    returns = _hints(module.sync)["return"]
    assert not _members(returns) & ERROR_MODELS, f"{module.__name__}.sync -> {returns}"
    assert _hints(module.asyncio)["return"] == returns
    # The detailed calls' `parsed` is the same success type (None for an error status).
    assert _hints(module.sync_detailed)["return"] == Response[returns]
    assert _hints(module.asyncio_detailed)["return"] == Response[returns]


@pytest.mark.parametrize("module", OPERATIONS, ids=IDS)
def test_the_return_type_is_the_documented_success_and_optional_only_for_an_empty_one(module: ModuleType) -> None:
    responses = documented(module)
    success = [r for code, r in responses.items() if code.startswith("2")]
    if not success and "default" in responses:
        success = [responses["default"]]
    members = _members(_hints(module.sync)["return"])
    where = f"{module.__name__}.sync -> {members}"
    assert (type(None) in members) == (any(is_empty(r) for r in success) or not success), where
    if any(not is_empty(r) for r in success):
        assert members - {type(None)}, where


@pytest.mark.parametrize("module", OPERATIONS, ids=IDS)
def test_detailed_with_raise_on_unexpected_status_raises_for_undocumented_statuses_only(module: ModuleType) -> None:
    responses = documented(module)

    async def run() -> None:
        for status in EXPECTED:
            seen: list[httpx.Request] = []
            client = raw_client(answering(status, seen), raise_on_unexpected_status=True)
            for name in ("sync_detailed", "asyncio_detailed"):
                where = f"{module.__name__}.{name} for {status}"
                if is_documented(responses, status):
                    result = getattr(module, name)(**arguments(module, client))
                    response = await result if asyncio.iscoroutine(result) else result
                    assert response.status_code == status and response.parsed is None, where
                else:
                    with pytest.raises(errors.NovuError) as caught:
                        result = getattr(module, name)(**arguments(module, client))
                        if asyncio.iscoroutine(result):
                            await result
                    check_error(caught.value, status, seen[-1], where)

    asyncio.run(run())


def test_an_undocumented_success_status_raises_unexpected_status() -> None:
    checked = 0
    for module in OPERATIONS:
        responses = documented(module)
        status = next((s for s in (202, 203, 200, 201) if not is_documented(responses, s)), None)
        if status is None:
            continue  # every success status is documented (a 2XX range or a default response)
        client = raw_client(lambda request, status=status: httpx.Response(status, content=b"queued"))
        with pytest.raises(errors.UnexpectedStatus) as caught:
            module.sync(**arguments(module, client))
        assert (caught.value.status_code, caught.value.content) == (status, b"queued"), module.__name__
        assert isinstance(caught.value, facade_errors.NovuError)
        assert pickle.loads(pickle.dumps(caught.value)).content == b"queued"
        checked += 1
    assert checked >= len(OPERATIONS) // 2, checked


# --------------------------------------------------------------------------------------------
# Single operations and the shared hierarchy
# --------------------------------------------------------------------------------------------


def test_sync_returns_the_parsed_success_and_none_for_an_empty_one() -> None:
    from novu_client.api.topics import delete_topic, get_topic  # operations the facade uses

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(204)
        topic = {"_environmentId": "e", "_organizationId": "o", "key": "news", "name": "News", "subscribers": []}
        return httpx.Response(200, json={"data": topic})

    client = raw_client(handler)
    topic = get_topic.sync("news", client=client)
    assert isinstance(topic, novu_client.models.GetTopicResponseDtoEnvelope) and topic.data.key == "news"
    assert delete_topic.sync("news", client=client) is None
    assert get_topic.sync_detailed("news", client=client).parsed == topic


def test_the_facade_and_the_raw_client_share_one_hierarchy() -> None:
    classes = [name for name in errors.__all__ if isinstance(getattr(errors, name), type)]
    assert len(classes) == 14, classes
    for name in [*classes, "error_from_response", "transport_error"]:
        assert getattr(facade_errors, name) is getattr(errors, name), name
    assert issubclass(facade_errors.BulkError, errors.NovuError)
    assert not hasattr(errors, "BulkError")


def test_the_generated_code_does_not_import_the_facade() -> None:
    package = Path(novu_client.__file__).parent
    imports = re.compile(r"^\s*(from|import)\s+novu_facade\b", re.MULTILINE)
    files = list(package.rglob("*.py"))
    assert len(files) > 100
    assert [str(p.relative_to(package)) for p in files if imports.search(p.read_text())] == []
