"""The raw client from `novu_facade.raw.client` over real sockets: typed errors for every error status,
connection and timeout errors, no retry with `max_retries=0`."""

from __future__ import annotations

import asyncio

import pytest

from novu_facade import errors
from novu_facade.raw import client
from tests.faults.server import FaultServer, delayed, novu_error, reply

SUBSCRIBER_PATH = "/v1/subscribers/sub-1"

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


@pytest.mark.parametrize("status", sorted(EXPECTED))
def test_sync_and_asyncio_raise_the_typed_error(server: FaultServer, status: int) -> None:
    from novu_client.api.subscribers import get_subscriber

    message = ["name must be a string", "email is invalid"] if status == 422 else f"failure {status}"
    server.script(
        reply(status, novu_error(status, message, SUBSCRIBER_PATH)),
        reply(status, novu_error(status, message, SUBSCRIBER_PATH)),
    )
    raw = client(server.url, "sk_raw_errors", max_retries=0)

    with raw, pytest.raises(errors.NovuAPIError) as sync_caught:
        get_subscriber.sync(subscriber_id="sub-1", client=raw)

    async def call() -> None:
        async with raw:
            await get_subscriber.asyncio(subscriber_id="sub-1", client=raw)

    with pytest.raises(errors.NovuAPIError) as async_caught:
        asyncio.run(call())

    for exc in (sync_caught.value, async_caught.value):
        assert type(exc) is EXPECTED[status]
        assert exc.status_code == status and exc.path == SUBSCRIBER_PATH
        assert exc.messages == (message if isinstance(message, list) else [message])
        assert exc.body["statusCode"] == status
        assert "sk_raw_errors" not in str(exc)
    assert len(server.requests) == 2  # one each: max_retries=0 retries nothing


def test_a_refused_connection_raises_novu_connection_error(refused_url: str) -> None:
    from novu_client.api.subscribers import get_subscriber

    raw = client(refused_url, "sk_raw_errors", max_retries=0)
    with raw, pytest.raises(errors.NovuConnectionError) as caught:
        get_subscriber.sync(subscriber_id="sub-1", client=raw)
    assert type(caught.value) is errors.NovuConnectionError
    assert str(caught.value).startswith(f"connection failed: GET {SUBSCRIBER_PATH}")


def test_a_slow_answer_raises_novu_timeout_error(server: FaultServer) -> None:
    from novu_client.api.subscribers import get_subscriber

    server.script(delayed(0.5, reply(200, {"data": {}})))
    raw = client(server.url, "sk_raw_errors", timeout=0.05, max_retries=0)
    with raw, pytest.raises(errors.NovuTimeoutError) as caught:
        get_subscriber.sync(subscriber_id="sub-1", client=raw)
    assert str(caught.value) == f"timed out: GET {SUBSCRIBER_PATH}"


def test_detailed_calls_return_any_status_whole(server: FaultServer) -> None:
    from novu_client.api.subscribers import get_subscriber

    server.script(reply(404, novu_error(404, "subscriber not found", SUBSCRIBER_PATH)))
    with client(server.url, "sk_raw_errors", max_retries=0) as raw:
        response = get_subscriber.sync_detailed(subscriber_id="sub-1", client=raw)
    assert response.status_code == 404 and response.parsed is None
    assert b"subscriber not found" in response.content
