"""A documented success whose body does not match its schema raises UnexpectedResponseError.

Table-driven over every generated operation with a JSON success body (discovered at run time, like
tests/unit/test_raw_client_errors.py, whose helpers build the arguments): an empty body, a body that
is not JSON, a JSON value of the wrong type and, for models with required keys, an object without
them. All four functions raise the same error (the detailed ones too: see docs/raw-client.md).
"""

from __future__ import annotations

import asyncio
import json
import pickle
from collections.abc import Callable
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
from novu_client import AuthenticatedClient, errors

from novu_facade import errors as facade_errors
from tests.unit.test_raw_client_errors import (
    IDS,
    OPERATIONS,
    ROUTES,
    _hints,
    _members,
    answering,
    arguments,
    is_empty,
    raw_client,
)

TOKEN = "sk_test_secret"


def route(module: ModuleType) -> tuple[str, dict[str, Any]]:
    """'METHOD /path/{param}' as the spec writes it, and the operation's documented responses."""
    request = module._get_kwargs(
        **{k: v for k, v in arguments(module, raw_client(answering(200, []))).items() if k != "client"}
    )
    method, path = request["method"].upper(), request["url"]
    matches = [(template, responses) for m, rx, template, responses in ROUTES if m == method and rx.match(path)]
    template, responses = min(matches, key=lambda match: match[0].count("{"))
    return f"{method} {template}", responses


def json_success_status(responses: dict[str, Any]) -> int | None:
    """A status the operation documents as a JSON success with a body, or None."""
    for code, response in responses.items():
        if code.startswith("2") and not is_empty(response) and "application/json" in (response.get("content") or {}):
            return int(code) if code.isdigit() else 200
    return None


def success_models(module: ModuleType) -> list[type]:
    return [t for t in _members(_hints(module.sync)["return"]) if isinstance(t, type) and attrs.has(t)]


def required_keys(model: type) -> bool:
    return any(f.init and f.default is attrs.NOTHING for f in attrs.fields(model))


CASES: list[tuple[ModuleType, int, str]] = []
for _module in OPERATIONS:
    _operation, _responses = route(_module)
    _status = json_success_status(_responses)
    if _status is not None:
        CASES.append((_module, _status, _operation))
CASE_IDS = [IDS[OPERATIONS.index(module)] for module, _, _ in CASES]

# (body, exception the generated parser raises, words the detail must contain)
BAD_BODIES: list[tuple[str, bytes, type[Exception], str]] = [
    ("empty", b"", json.JSONDecodeError, "empty body"),
    ("not JSON", b"<html>gateway</html>", json.JSONDecodeError, "not JSON"),
]
WRONG_TYPE = b"42"  # a number where an object belongs


def bodies(module: ModuleType) -> list[tuple[str, bytes, type[Exception] | tuple[type[Exception], ...], str]]:
    """The bad bodies that must fail for `module`: a wrong type and missing keys only where a model is expected."""
    found: list[tuple[str, bytes, type[Exception] | tuple[type[Exception], ...], str]] = list(BAD_BODIES)
    models = success_models(module)
    if models and len(models) == len(_members(_hints(module.sync)["return"]) - {type(None)}):
        found.append(("wrong type", WRONG_TYPE, (TypeError, ValueError), "TypeError"))
        if all(required_keys(model) for model in models):
            found.append(("missing key", b"{}", KeyError, "required key"))
    return found


def answer_with(status: int, body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json", "x-request-id": "r-1"})

    return handler


async def call(module: ModuleType, name: str, client: AuthenticatedClient) -> Any:
    result = getattr(module, name)(**arguments(module, client))
    return await result if asyncio.iscoroutine(result) else result


def check(exc: BaseException, status: int, operation: str, body: bytes, cause: Any, words: str, where: str) -> None:
    assert type(exc) is errors.UnexpectedResponseError, f"{where}: raised {type(exc).__name__}: {exc}"
    assert isinstance(exc, facade_errors.NovuError), where
    assert exc.operation == operation and exc.status_code == status, f"{where}: {exc.operation} {exc.status_code}"
    assert exc.response.status_code == status and exc.response.content == body, where
    assert exc.request_id == "r-1", where
    assert isinstance(exc.__cause__, cause), f"{where}: cause {type(exc.__cause__).__name__}"
    message = str(exc)
    assert operation in message and str(status) in message and exc.expected in message, f"{where}: {message}"
    assert words in exc.detail, f"{where}: {exc.detail!r} lacks {words!r}"
    assert TOKEN not in message and TOKEN not in repr(exc), where
    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is errors.UnexpectedResponseError and str(copy) == message, where


def test_the_table_covers_most_operations() -> None:
    assert len(CASES) >= len(OPERATIONS) * 3 // 4, (len(CASES), len(OPERATIONS))
    assert sum(len(bodies(m)) > len(BAD_BODIES) for m, _, _ in CASES) >= len(CASES) * 3 // 4


@pytest.mark.parametrize(("module", "status", "operation"), CASES, ids=CASE_IDS)
def test_every_function_raises_unexpected_response_for_a_body_off_the_schema(
    module: ModuleType, status: int, operation: str
) -> None:
    async def run() -> None:
        for label, body, cause, words in bodies(module):
            client = raw_client(answer_with(status, body))
            for name in ("sync", "asyncio", "sync_detailed", "asyncio_detailed"):
                where = f"{module.__name__}.{name} with a {label} {status} body"
                with pytest.raises(errors.NovuError) as caught:
                    returned = await call(module, name, client)
                    pytest.fail(f"{where} returned {returned!r}")
                check(caught.value, status, operation, body, cause, words, where)

    asyncio.run(run())


def test_a_missing_key_is_named() -> None:
    from novu_client.api.topics import get_topic

    client = raw_client(answer_with(200, b'{"data": {"name": "News"}}'))
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        get_topic.sync("news", client=client)
    exc = caught.value
    assert exc.operation == "GET /v1/topics/{topicKey}" and exc.path == "/v1/topics/news"
    assert exc.expected == "GetTopicResponseDtoEnvelope"
    assert isinstance(exc.__cause__, KeyError) and exc.detail.startswith("required key '_")
    assert str(exc).startswith("Novu's 200 answer to GET /v1/topics/{topicKey} does not match the spec")


def test_the_detail_never_carries_the_credential() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"{}")

    client = raw_client(handler)
    response = client.get_httpx_client().get("/v1/topics/x", headers={"Authorization": f"ApiKey {TOKEN}"})
    exc = errors.unexpected_response(response, "GET /v1/topics/{topicKey}", "Topic", ValueError(f"bad {TOKEN}"))
    assert TOKEN not in str(exc) and "bad <redacted>" in exc.detail


def test_a_long_detail_is_cut() -> None:
    response = httpx.Response(200, content=b"{}", request=httpx.Request("GET", "https://api.novu.test/v1/x"))
    exc = errors.unexpected_response(response, "GET /v1/x", "X", ValueError("v" * 5000))
    assert len(exc.detail) <= 300 and exc.detail.endswith("...")


def test_a_body_that_matches_still_parses() -> None:
    from novu_client.api.topics import get_topic

    topic = {"_environmentId": "e", "_organizationId": "o", "key": "news", "name": "News", "subscribers": []}
    client = raw_client(answer_with(200, json.dumps({"data": topic}).encode()))
    assert get_topic.sync("news", client=client).data.key == "news"
    assert get_topic.sync_detailed("news", client=client).parsed is not None


def test_an_error_status_is_still_the_status_error() -> None:
    """Error bodies are not parsed: an HTML 502 is a ServerError, not a schema mismatch."""
    from novu_client.api.topics import get_topic

    client = raw_client(lambda request: httpx.Response(502, content=b"<html>bad gateway</html>"))
    with pytest.raises(errors.ServerError):
        get_topic.sync("news", client=client)
    assert get_topic.sync_detailed("news", client=client).parsed is None
