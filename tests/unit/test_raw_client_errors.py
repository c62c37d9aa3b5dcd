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
from tests.shared_data import ROOT

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


def arguments(module: ModuleType, client: AuthenticatedClient) -> dict[str, Any]:
    """Keyword arguments for `module.sync`: a dummy for every required parameter, defaults for the rest."""
    hints = _hints(module.sync)
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.sync).parameters.items():
        if name == "client":
            kwargs[name] = client
        elif parameter.default is parameter.empty:
            kwargs[name] = dummy(hints[name])
    return kwargs


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
        assert isinstance(response, Response)
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
# Return annotations
# --------------------------------------------------------------------------------------------


def _refs(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("$ref"), str):
            yield schema["$ref"].rsplit("/", 1)[-1]
        for value in schema.values():
            yield from _refs(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _refs(value)


def _is_success(code: str) -> bool:
    return code.startswith("2")


def error_models() -> set[type]:
    """The model classes of every error response (non-2xx) the spec documents."""
    spec = yaml.safe_load(Path(ROOT, "openapi", "novu.yaml").read_text())
    names = {
        ref
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for code, response in op.get("responses", {}).items()
        if not _is_success(str(code))
        for ref in _refs(response.get("content", {}))
    }
    by_key = {name.lower().replace("_", ""): getattr(novu_client.models, name) for name in novu_client.models.__all__}
    found = {by_key[key] for key in (n.lower().replace("_", "").replace("-", "") for n in names) if key in by_key}
    return found


ERROR_MODELS = error_models()


def _members(annotation: Any) -> set[Any]:
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        return set(typing.get_args(annotation))
    return {annotation}


def test_the_spec_documents_error_models() -> None:
    assert novu_client.models.ErrorDto in ERROR_MODELS, ERROR_MODELS


@pytest.mark.parametrize("module", OPERATIONS, ids=IDS)
def test_sync_and_asyncio_annotations_name_no_error_model(module: ModuleType) -> None:
    for name in ("sync", "asyncio"):
        returns = _members(_hints(getattr(module, name))["return"])
        assert not returns & ERROR_MODELS, f"{module.__name__}.{name} -> {returns}"
    assert _hints(module.sync)["return"] == _hints(module.asyncio)["return"]


def test_a_typed_success_is_not_optional() -> None:
    from novu_client.api.subscribers import get_subscriber
    from novu_client.api.topics import delete_topic

    assert _hints(get_subscriber.sync)["return"] is novu_client.models.SubscriberResponseDtoEnvelope
    assert _hints(delete_topic.sync)["return"] is type(None)  # 204: an empty success


# --------------------------------------------------------------------------------------------
# Single operations in detail
# --------------------------------------------------------------------------------------------


def test_sync_returns_the_parsed_success_and_none_for_an_empty_one() -> None:
    from novu_client.api.topics import delete_topic, get_topic

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(204)
        topic = {"_environmentId": "e", "_organizationId": "o", "key": "news", "name": "News", "subscribers": []}
        return httpx.Response(200, json={"data": topic})

    client = raw_client(handler)
    topic = get_topic.sync("news", client=client)
    assert isinstance(topic, novu_client.models.GetTopicResponseDtoEnvelope) and topic.data.key == "news"
    assert delete_topic.sync("news", client=client) is None


def test_an_undocumented_success_status_raises_unexpected_status() -> None:
    from novu_client.api.subscribers import get_subscriber

    client = raw_client(lambda request: httpx.Response(202, content=b"queued"))
    with pytest.raises(errors.UnexpectedStatus) as caught:
        get_subscriber.sync("s-1", client=client)
    assert caught.value.status_code == 202 and caught.value.content == b"queued"
    assert isinstance(caught.value, facade_errors.NovuError)
    assert pickle.loads(pickle.dumps(caught.value)).content == b"queued"


def test_a_redirect_raises_the_generic_api_error() -> None:
    from novu_client.api.subscribers import get_subscriber

    client = raw_client(lambda request: httpx.Response(302, headers={"location": "/elsewhere"}))
    with pytest.raises(errors.NovuAPIError) as caught:
        get_subscriber.sync("s-1", client=client)
    assert type(caught.value) is errors.NovuAPIError and caught.value.status_code == 302
    assert "empty body" in str(caught.value)


def test_detailed_with_raise_on_unexpected_status_raises_for_an_undocumented_status_only() -> None:
    from novu_client.api.subscribers import get_subscriber  # documents 200, 409, 429, 503

    client = raw_client(answering(404, []), raise_on_unexpected_status=True)
    with pytest.raises(errors.NotFoundError):
        get_subscriber.sync_detailed("s-1", client=client)
    client = raw_client(answering(409, []), raise_on_unexpected_status=True)
    response = get_subscriber.sync_detailed("s-1", client=client)
    assert response.status_code == 409
    assert isinstance(response.parsed, novu_client.models.ErrorDto) and response.parsed.status_code == 409


def test_the_facade_and_the_raw_client_share_one_hierarchy() -> None:
    classes = [name for name in errors.__all__ if isinstance(getattr(errors, name), type)]
    assert len(classes) == 13, classes
    for name in [*classes, "error_from_response", "transport_error"]:
        assert getattr(facade_errors, name) is getattr(errors, name), name
    assert issubclass(facade_errors.BulkError, errors.NovuError)
    assert not hasattr(errors, "BulkError")


def test_a_raw_client_error_pickles_with_its_status_body_and_messages() -> None:
    from novu_client.api.subscribers import get_subscriber

    with pytest.raises(errors.NotFoundError) as caught:
        get_subscriber.sync("s-1", client=raw_client(answering(404, [])))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is errors.NotFoundError
    assert (copy.status_code, copy.messages, copy.path, copy.request_id) == (
        404,
        ["m404"],
        "/v1/subscribers/s-1",
        "req-1",
    )


def test_the_generated_code_does_not_import_the_facade() -> None:
    package = Path(novu_client.__file__).parent
    imports = re.compile(r"^\s*(from|import)\s+novu_facade\b", re.MULTILINE)
    files = list(package.rglob("*.py"))
    assert len(files) > 100
    assert [str(p.relative_to(package)) for p in files if imports.search(p.read_text())] == []
