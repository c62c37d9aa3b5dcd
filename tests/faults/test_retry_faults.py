"""Retry, idempotency, timeout and error-reporting behaviour of the facade against real sockets.

Every scenario asserts the number of attempts, the waits the retry loop asked for (recorded, never
slept) and the outcome.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from novu_facade._lifecycle import AsyncPool, ssl_context
from novu_facade._retry import (
    ATTEMPT_EXTENSION,
    BACKOFF_BASE,
    IDEMPOTENCY_HEADER,
    SERVER_WAIT_CAP,
    RetryPolicy,
    RetryTransport,
)
from novu_facade._transport import async_network, async_stack
from novu_facade.api import EventApi, MessageApi, SubscriberApi
from novu_facade.config import NovuConfig
from novu_facade.dto.event import EventDto
from novu_facade.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    NovuAPIError,
    NovuConnectionError,
    NovuError,
    NovuTimeoutError,
    RateLimitError,
    ServerError,
)
from tests.faults.conftest import MakeApi
from tests.faults.server import RESET, FaultServer, delayed, html, malformed_json, novu_error, reply

TRIGGER_PATH = "/v1/events/trigger"
SUBSCRIBER_PATH = "/v1/subscribers/sub-1"
TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "tx-1"}}
SUBSCRIBER = {"data": {"_id": "6f1", "subscriberId": "sub-1", "firstName": "Ada"}}


def trigger(api: EventApi, idempotency_key: str | None = None) -> EventDto:
    return api.trigger("welcome", "sub-1", {"n": 1}, idempotency_key=idempotency_key)


RAW_SUBSCRIBER = {
    "data": {
        "_id": "6f1",
        "_environmentId": "env",
        "_organizationId": "org",
        "subscriberId": "sub-1",
        "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-01T00:00:00.000Z",
        "deleted": False,
        "unknownField": 1,
    }
}


def http_date(seconds_from_now: float) -> str:
    return email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True)


# 1 ------------------------------------------------------------------------------------------------
def test_429_retry_after_seconds_then_created(server: FaultServer, make_api: MakeApi) -> None:
    server.script(
        reply(429, novu_error(429, "ThrottlerException: Too Many Requests", TRIGGER_PATH), {"Retry-After": "2"}),
        reply(201, TRIGGERED),
    )
    h = make_api(EventApi)

    result = trigger(h.api)

    assert result.transaction_id == "tx-1"
    assert h.attempts == len(server.requests) == 2
    assert h.waits == [2.0]
    assert h.api.last_response.status_code == 201


# 2 ------------------------------------------------------------------------------------------------
def test_429_retry_after_http_date_is_the_difference(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(429, headers={"Retry-After": http_date(30)}), reply(201, TRIGGERED))
    h = make_api(EventApi, max_wait=60)  # the default honours at most SERVER_WAIT_CAP (10 s)

    trigger(h.api)

    assert h.attempts == 2
    [wait] = h.waits
    assert 27.5 <= wait <= 30.0  # the date has 1 s resolution; the clock moved a little


def test_429_retry_after_http_date_beyond_the_cap_raises_at_once(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(429, headers={"Retry-After": http_date(3600)}), reply(201, TRIGGERED))
    h = make_api(EventApi)

    with pytest.raises(RateLimitError) as caught:
        trigger(h.api)

    assert h.attempts == 1 and h.waits == [] and server.pending == 1
    assert caught.value.retry_after is not None and 3590 <= caught.value.retry_after <= 3600
    assert SERVER_WAIT_CAP < 3590


# 3 ------------------------------------------------------------------------------------------------
def test_429_ratelimit_reset_is_honoured(server: FaultServer, make_api: MakeApi) -> None:
    server.script(
        reply(429, headers={"RateLimit-Limit": "60", "RateLimit-Remaining": "0", "RateLimit-Reset": "3"}),
        reply(200, SUBSCRIBER),
    )
    h = make_api(SubscriberApi)

    assert h.api.get("sub-1").first_name == "Ada"
    assert h.attempts == 2
    assert h.waits == [3.0]


def test_429_exhausted_raises_rate_limit_error(server: FaultServer, make_api: MakeApi) -> None:
    server.script(*[reply(429, novu_error(429, "Too Many Requests", TRIGGER_PATH), {"Retry-After": "1"})] * 3)
    h = make_api(EventApi)

    with pytest.raises(RateLimitError) as caught:
        trigger(h.api)

    assert h.attempts == 3
    assert h.waits == [1.0, 1.0]
    assert caught.value.status_code == 429
    assert caught.value.messages == ["Too Many Requests"]


# 4 ------------------------------------------------------------------------------------------------
def test_503_on_get_then_200_backs_off(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(503, novu_error(503, "Service Unavailable", SUBSCRIBER_PATH)), reply(200, SUBSCRIBER))
    h = make_api(SubscriberApi)

    subscriber = h.api.get("sub-1")

    assert subscriber.subscriber_id == "sub-1"
    assert h.attempts == 2
    [wait] = h.waits
    assert 0 <= wait <= BACKOFF_BASE * 2**0
    assert [r.method for r in server.requests] == ["GET", "GET"]
    assert all(r.idempotency_key is None for r in server.requests)  # GETs carry no key


# 5 ------------------------------------------------------------------------------------------------
def test_500_three_times_on_get_raises_server_error(server: FaultServer, make_api: MakeApi) -> None:
    error_body = novu_error(500, "Internal server error", SUBSCRIBER_PATH)
    server.script(*[reply(500, error_body)] * 3)
    h = make_api(SubscriberApi)

    with pytest.raises(ServerError) as caught:
        h.api.get("sub-1")

    exc = caught.value
    assert h.attempts == len(server.requests) == 3
    assert len(h.waits) == 2
    assert 0 <= h.waits[0] <= BACKOFF_BASE
    assert 0 <= h.waits[1] <= BACKOFF_BASE * 2
    assert exc.status_code == 500
    assert exc.body == error_body
    assert exc.messages == ["Internal server error"]
    assert exc.path == SUBSCRIBER_PATH
    assert "500" in str(exc) and "Internal server error" in str(exc)
    assert server.pending == 0 and server.unscripted == 0


# 6 ------------------------------------------------------------------------------------------------
def test_post_502_is_retried_with_the_same_automatic_key(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(502), reply(502), reply(201, TRIGGERED))
    h = make_api(EventApi)

    trigger(h.api)

    assert h.attempts == 3
    assert len(h.waits) == 2
    keys = [r.idempotency_key for r in server.requests]
    assert keys[0] and len(set(keys)) == 1
    assert h.api.last_response.request.headers[IDEMPOTENCY_HEADER] == keys[0]
    assert len({r.body for r in server.requests}) == 1  # the same body every time


def test_each_trigger_call_gets_a_fresh_key(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(201, TRIGGERED), reply(201, TRIGGERED))
    h = make_api(EventApi)

    trigger(h.api)
    trigger(h.api)

    first, second = (r.idempotency_key for r in server.requests)
    assert first and second and first != second


def test_post_502_without_idempotency_keys_is_not_retried(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(502, novu_error(502, "Bad Gateway", TRIGGER_PATH)))
    h = make_api(EventApi, policy=RetryPolicy(idempotency_keys=False))

    with pytest.raises(ServerError) as caught:
        trigger(h.api)

    assert caught.value.status_code == 502
    assert h.attempts == 1
    assert h.waits == []
    assert server.requests[0].idempotency_key is None


# 7 ------------------------------------------------------------------------------------------------
def test_caller_key_is_sent_on_every_attempt(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(503), reply(500), reply(201, TRIGGERED, {"Idempotency-Replay": "true"}))
    h = make_api(EventApi)

    trigger(h.api, idempotency_key="k-1")

    assert h.attempts == 3
    assert [r.idempotency_key for r in server.requests] == ["k-1", "k-1", "k-1"]
    assert h.api.last_response.headers["Idempotency-Replay"] == "true"


def test_a_replayed_error_answer_is_not_retried(server: FaultServer, make_api: MakeApi) -> None:
    """The server stored a 500 for this key: every resend under it would get the same answer."""
    stored = novu_error(500, "Internal server error", TRIGGER_PATH)
    server.script(reply(503), reply(500, stored, {"Idempotency-Replay": "true"}), reply(201, TRIGGERED))
    h = make_api(EventApi)

    with pytest.raises(ServerError) as caught:
        trigger(h.api, idempotency_key="k-stored")

    assert h.attempts == 2 and len(h.waits) == 1 and server.pending == 1
    assert caught.value.response.request.extensions[ATTEMPT_EXTENSION] == 2  # the attempt that got it


def test_caller_key_makes_a_post_resendable_even_with_automatic_keys_off(
    server: FaultServer, make_api: MakeApi
) -> None:
    server.script(reply(502), reply(201, TRIGGERED))
    h = make_api(EventApi, policy=RetryPolicy(idempotency_keys=False))

    trigger(h.api, idempotency_key="k-2")

    assert h.attempts == 2
    assert [r.idempotency_key for r in server.requests] == ["k-2", "k-2"]


@pytest.mark.parametrize(
    ("key", "error", "names"),
    [
        ("k" * 256, ValueError, "256 characters"),
        ("clé-1", ValueError, "printable ASCII"),
        ("k\n1", ValueError, "printable ASCII"),
        (12345, TypeError, "must be a str"),
    ],
)
def test_a_caller_key_the_server_would_refuse_is_refused_before_sending(
    server: FaultServer, make_api: MakeApi, key: Any, error: type[Exception], names: str
) -> None:
    h = make_api(EventApi)

    with pytest.raises(error, match=names):
        trigger(h.api, idempotency_key=key)

    assert server.requests == []


def test_a_caller_key_of_255_characters_is_sent(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(201, TRIGGERED))
    h = make_api(EventApi)

    trigger(h.api, idempotency_key="k" * 255)

    assert [r.idempotency_key for r in server.requests] == ["k" * 255]


# 8 ------------------------------------------------------------------------------------------------
def test_409_in_progress_with_retry_after_is_retried(server: FaultServer, make_api: MakeApi) -> None:
    in_progress = novu_error(409, "Request with key k-1 is currently being processed", TRIGGER_PATH)
    server.script(reply(409, in_progress, {"Retry-After": "1"}), reply(201, TRIGGERED))
    h = make_api(EventApi)

    trigger(h.api, idempotency_key="k-1")

    assert h.attempts == 2
    assert h.waits == [1.0]


def test_409_without_retry_after_is_a_conflict(server: FaultServer, make_api: MakeApi) -> None:
    conflict = novu_error(409, "Request with key k-1 was already used with a different body", TRIGGER_PATH)
    server.script(reply(409, conflict))
    h = make_api(EventApi)

    with pytest.raises(ConflictError) as caught:
        trigger(h.api, idempotency_key="k-1")

    assert h.attempts == 1
    assert h.waits == []
    assert caught.value.status_code == 409
    assert caught.value.messages == [conflict["message"]]


# 9 ------------------------------------------------------------------------------------------------
def test_connection_refused_is_retried_even_for_post(refused_url: str, make_api: MakeApi) -> None:
    # Keys switched off: the retry rests only on "nothing reached the server".
    h = make_api(EventApi, url=refused_url, policy=RetryPolicy(idempotency_keys=False))

    with pytest.raises(NovuConnectionError) as caught:
        trigger(h.api)

    assert not isinstance(caught.value, NovuTimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert h.attempts == 3
    assert h.counter.outcomes == ["ConnectError"] * 3
    assert len(h.waits) == 2
    assert "POST /v1/events/trigger" in str(caught.value)


# 10 -----------------------------------------------------------------------------------------------
def test_reset_after_get_was_sent_is_retried(server: FaultServer, make_api: MakeApi) -> None:
    server.script(RESET, reply(200, SUBSCRIBER))
    h = make_api(SubscriberApi)

    assert h.api.get("sub-1").subscriber_id == "sub-1"
    assert h.attempts == len(server.requests) == 2
    assert h.counter.outcomes[0] in {"ReadError", "RemoteProtocolError"}
    assert len(h.waits) == 1


def test_reset_after_post_without_key_is_not_retried(server: FaultServer, make_api: MakeApi) -> None:
    server.script(RESET)
    h = make_api(EventApi, policy=RetryPolicy(idempotency_keys=False))

    with pytest.raises(NovuConnectionError) as caught:
        trigger(h.api)

    assert not isinstance(caught.value, NovuTimeoutError)
    assert h.attempts == len(server.requests) == 1
    assert h.waits == []


def test_reset_after_post_with_key_is_retried(server: FaultServer, make_api: MakeApi) -> None:
    server.script(RESET, reply(201, TRIGGERED))
    h = make_api(EventApi)

    trigger(h.api)

    assert h.attempts == 2
    first, second = server.requests
    assert first.idempotency_key == second.idempotency_key is not None


# 11 -----------------------------------------------------------------------------------------------
def test_read_timeout_on_get_is_retried_then_raises(server: FaultServer, make_api: MakeApi) -> None:
    server.script(*[delayed(0.3, reply(200, SUBSCRIBER))] * 3)
    h = make_api(SubscriberApi, requests_timeout=0.1)

    started = time.monotonic()
    with pytest.raises(NovuTimeoutError) as caught:
        h.api.get("sub-1")
    elapsed = time.monotonic() - started

    assert isinstance(caught.value, NovuConnectionError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert h.attempts == len(server.requests) == 3
    assert h.counter.outcomes == ["ReadTimeout"] * 3
    assert len(h.waits) == 2
    assert elapsed < 1.5  # three 0.1 s attempts, no real sleeping
    assert "GET /v1/subscribers/sub-1" in str(caught.value)


def test_timeout_then_success(server: FaultServer, make_api: MakeApi) -> None:
    server.script(delayed(0.3, reply(200, SUBSCRIBER)), reply(200, SUBSCRIBER))
    h = make_api(SubscriberApi, requests_timeout=0.1)

    assert h.api.get("sub-1").subscriber_id == "sub-1"
    assert h.attempts == 2


# 12 -----------------------------------------------------------------------------------------------
def test_html_502_names_status_and_content_type(server: FaultServer, make_api: MakeApi) -> None:
    server.script(*[html(502)] * 3)
    h = make_api(SubscriberApi)

    with pytest.raises(ServerError) as caught:
        h.api.get("sub-1")

    exc = caught.value
    assert h.attempts == 3
    assert exc.status_code == 502
    assert exc.body is None
    assert exc.messages == []
    assert "502" in str(exc)
    assert "text/html" in str(exc)
    assert exc.response.text.startswith("<html>")  # the raw body is still there


# 13 -----------------------------------------------------------------------------------------------
def test_malformed_json_on_200_names_the_status(server: FaultServer, make_api: MakeApi) -> None:
    server.script(malformed_json(200))
    h = make_api(SubscriberApi)

    with pytest.raises(NovuError) as caught:
        h.api.get("sub-1")

    assert not isinstance(caught.value, NovuAPIError)
    assert "200" in str(caught.value)
    assert "not JSON" in str(caught.value)
    assert h.attempts == 1


def test_empty_200_body_reads_as_empty(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(200))
    h = make_api(SubscriberApi)

    assert h.api.delete("sub-1") is None
    assert h.attempts == 1


# 14 -----------------------------------------------------------------------------------------------
def test_401_is_not_retried_and_never_shows_the_key(
    server: FaultServer, make_api: MakeApi, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NOVU_LOG", "debug")
    caplog.set_level(logging.DEBUG)  # every logger: novu_facade, httpx, httpcore
    server.script(reply(401, novu_error(401, "API Key not found", SUBSCRIBER_PATH, "Unauthorized")))
    h = make_api(SubscriberApi)
    config = NovuConfig()
    monkeypatch.setattr(config, "url", server.url)
    monkeypatch.setattr(config, "api_key", h.api_key)

    with pytest.raises(AuthenticationError) as caught:
        h.api.get("sub-1")

    exc = caught.value
    assert h.attempts == 1 and h.waits == []
    assert server.requests[0].headers["authorization"] == f"ApiKey {h.api_key}"  # it was sent
    assert exc.status_code == 401 and exc.messages == ["API Key not found"]
    shown = [
        str(exc),
        repr(exc),
        repr(exc.args),
        "".join(traceback.format_exception(exc)),
        repr(exc.request),
        repr(exc.response),
        repr(h.api),
        repr(h.core),
        repr(h.api._settings),
        repr(config),
    ]
    shown += [record.getMessage() for record in caplog.records]
    shown += [repr(record.args) for record in caplog.records]
    assert caplog.records, "debug logging produced nothing"
    for text in shown:
        assert h.api_key not in text


# 15 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "error_class", "message"),
    [(404, NotFoundError, "Subscriber not found"), (400, BadRequestError, ["email must be an email"])],
)
def test_errors_keep_the_legacy_response_interface(
    server: FaultServer, make_api: MakeApi, status: int, error_class: type[NovuAPIError], message: object
) -> None:
    body = novu_error(status, message, SUBSCRIBER_PATH)  # type: ignore[arg-type]
    server.script(reply(status, body))
    h = make_api(SubscriberApi)

    with pytest.raises(httpx.HTTPStatusError) as caught:
        h.api.get("sub-1")

    exc = caught.value
    assert isinstance(exc, error_class)
    assert exc.response.status_code == status
    assert exc.response.json() == body
    assert h.attempts == 1


# 18 -----------------------------------------------------------------------------------------------
def test_unknown_fields_and_enum_values_parse(server: FaultServer, make_api: MakeApi) -> None:
    subscriber = {
        "data": {
            "subscriberId": "sub-1",
            "brandNewField": {"nested": [1, 2]},
            "channels": [
                {
                    "providerId": "carrier-pigeon",
                    "_integrationId": "int-1",
                    "credentials": {"webhookUrl": "https://x", "channel": "coop", "futureKey": 1},
                    "anotherNewField": True,
                }
            ],
        },
        "meta": {"unexpected": True},
    }
    server.script(reply(200, subscriber))
    h = make_api(SubscriberApi)

    result = h.api.get("sub-1")

    assert result.subscriber_id == "sub-1"
    [channel] = result.channels
    assert channel.provider_id == "carrier-pigeon"
    assert channel.credentials.webhook_url == "https://x"


def test_message_list_with_unknown_status_and_channel(server: FaultServer, make_api: MakeApi) -> None:
    page = {
        "page": 0,
        "pageSize": 10,
        "totalCount": 1,
        "hasMore": False,
        "futurePagingField": "x",
        "data": [{"_id": "m1", "status": "teleported", "channel": "hologram", "providerId": "new-provider", "x": 1}],
    }
    server.script(reply(200, page))
    h = make_api(MessageApi)

    result = h.api.list()

    [message] = result.data
    assert message.status == "teleported"
    assert message.channel == "hologram"
    assert result.total_count == 1


def test_trigger_with_unknown_event_status(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(201, {"data": {"acknowledged": True, "status": "queued_for_later", "transactionId": "t"}}))
    h = make_api(EventApi)

    assert trigger(h.api).status == "queued_for_later"


def test_stream_ends_on_an_empty_page_despite_has_more(server: FaultServer, make_api: MakeApi) -> None:
    server.script(
        reply(200, {"page": 0, "hasMore": True, "data": [{"subscriberId": "a"}, {"subscriberId": "b"}]}),
        reply(200, {"page": 1, "hasMore": True, "data": []}),
    )
    h = make_api(SubscriberApi)

    ids = [s.subscriber_id for s in h.api.stream(page_size=2)]

    assert ids == ["a", "b"]
    assert [r.query for r in server.requests] == [{"page": "0", "limit": "2"}, {"page": "1", "limit": "2"}]
    assert server.unscripted == 0


# 19 -----------------------------------------------------------------------------------------------
def test_max_retries_zero_means_one_attempt(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(503))
    h = make_api(SubscriberApi, max_retries=0)

    with pytest.raises(ServerError):
        h.api.get("sub-1")

    assert h.attempts == 1 and h.waits == []


def test_max_retries_from_environment(server: FaultServer, make_api: MakeApi, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOVU_MAX_RETRIES", "1")
    server.script(reply(503), reply(503))
    h = make_api(SubscriberApi)

    with pytest.raises(ServerError):
        h.api.get("sub-1")

    assert h.attempts == 2 and len(h.waits) == 1
    assert server.unscripted == 0


def test_max_retries_argument_beats_environment(
    server: FaultServer, make_api: MakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NOVU_MAX_RETRIES", "0")
    server.script(reply(503), reply(503), reply(503), reply(503))
    h = make_api(SubscriberApi, max_retries=3)

    with pytest.raises(ServerError):
        h.api.get("sub-1")

    assert h.attempts == 4 and len(h.waits) == 3


# 20 -----------------------------------------------------------------------------------------------
def test_deadline_stops_a_wait_that_would_overrun_it(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(429, novu_error(429, "Too Many Requests", TRIGGER_PATH), {"Retry-After": "5"}))
    h = make_api(EventApi, policy=RetryPolicy(deadline=1.0))

    with pytest.raises(RateLimitError) as caught:
        trigger(h.api)

    assert h.attempts == 1
    assert h.waits == []
    assert caught.value.response.headers["Retry-After"] == "5"  # the caller can still see it


# 21 -----------------------------------------------------------------------------------------------
def test_debug_log_names_every_attempt_and_retry(
    server: FaultServer, make_api: MakeApi, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NOVU_LOG", "debug")
    caplog.set_level(logging.DEBUG)
    server.script(reply(503), reply(429, headers={"Retry-After": "2"}), reply(200, SUBSCRIBER))
    h = make_api(SubscriberApi)

    h.api.get("sub-1")

    assert h.attempts == 3
    assert logging.getLogger("novu_facade").level == logging.DEBUG  # NOVU_LOG=debug switched it on
    ours = [r.getMessage() for r in caplog.records if r.name == "novu_facade"]
    backoff = h.waits[0]
    assert ours == [
        f"GET {SUBSCRIBER_PATH} attempt 1 -> 503",
        f"GET {SUBSCRIBER_PATH}: retry 1/2 in {backoff:.2f}s (503)",
        f"GET {SUBSCRIBER_PATH} attempt 2 -> 429",
        f"GET {SUBSCRIBER_PATH}: retry 2/2 in 2.00s (429)",
        f"GET {SUBSCRIBER_PATH} attempt 3 -> 200",
    ]
    everything = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    assert "Authorization" not in everything
    assert "ApiKey" not in everything
    assert h.api_key not in everything


def test_debug_log_names_connection_errors(
    refused_url: str, make_api: MakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="novu_facade")
    h = make_api(SubscriberApi, url=refused_url, max_retries=1)

    with pytest.raises(NovuConnectionError):
        h.api.get("sub-1")

    ours = [r.getMessage() for r in caplog.records if r.name == "novu_facade"]
    assert ours[0] == f"GET {SUBSCRIBER_PATH} attempt 1 -> ConnectError"
    assert ours[1].startswith(f"GET {SUBSCRIBER_PATH}: retry 1/1 in ")
    assert ours[1].endswith("(ConnectError)")
    assert ours[2] == f"GET {SUBSCRIBER_PATH} attempt 2 -> ConnectError"


# 22 -----------------------------------------------------------------------------------------------
def test_raw_generated_client_gets_the_policy(server: FaultServer, new_key: Callable[[], str]) -> None:
    from novu_client import AuthenticatedClient
    from novu_client.api.subscribers import get_subscriber
    from novu_client.models import SubscriberResponseDtoEnvelope

    api_key = new_key()
    waits: list[float] = []
    server.script(
        reply(503, novu_error(503, "Service Unavailable", SUBSCRIBER_PATH)),
        reply(200, RAW_SUBSCRIBER),
    )
    client = AuthenticatedClient(base_url=server.url, token=api_key)
    # set_httpx_client replaces every setting of the generated client: the auth header must be given here.
    transport = RetryTransport(policy=RetryPolicy(), sleep=waits.append)
    client.set_httpx_client(
        httpx.Client(base_url=server.url, headers={"Authorization": f"ApiKey {api_key}"}, transport=transport)
    )

    with client:
        response = get_subscriber.sync_detailed(subscriber_id="sub-1", client=client)

    assert response.status_code == 200
    assert isinstance(response.parsed, SubscriberResponseDtoEnvelope)
    assert response.parsed.data.subscriber_id == "sub-1"
    assert len(server.requests) == 2
    assert len(waits) == 1 and 0 <= waits[0] <= BACKOFF_BASE
    assert server.requests[1].headers["authorization"] == f"ApiKey {api_key}"


def test_raw_client_helper_gets_the_policy_and_settings(server: FaultServer, new_key: Callable[[], str]) -> None:
    from novu_client.api.subscribers import get_subscriber
    from novu_client.models import SubscriberResponseDtoEnvelope

    from novu_facade.raw import client

    api_key = new_key()
    server.script(reply(503), reply(503), reply(200, RAW_SUBSCRIBER))
    raw = client(server.url, api_key, max_retries=2)
    waits: list[float] = []
    transport = raw.get_httpx_client()._transport
    assert isinstance(transport, RetryTransport)
    transport.sleep = waits.append

    with raw:
        parsed = get_subscriber.sync(subscriber_id="sub-1", client=raw)

    assert isinstance(parsed, SubscriberResponseDtoEnvelope)
    assert parsed.data.subscriber_id == "sub-1"
    assert len(server.requests) == 3 and len(waits) == 2
    assert {r.headers["authorization"] for r in server.requests} == {f"ApiKey {api_key}"}


def test_raw_client_helper_honours_novu_log(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from novu_facade.raw import client

    logger = logging.getLogger("novu_facade")
    logger.handlers.clear()  # restored by the autouse fixture
    logger.setLevel(logging.NOTSET)
    monkeypatch.setenv("NOVU_LOG", "debug")

    client(server.url, "sk_raw_log")

    assert logger.isEnabledFor(logging.DEBUG)


@pytest.mark.parametrize("network", ["httpx", "aiohttp"])
def test_async_transport_applies_the_same_policy(server: FaultServer, network: str) -> None:
    if network == "aiohttp":
        pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is a dev dependency")
    server.script(reply(429, headers={"Retry-After": "1"}), reply(502), reply(201, TRIGGERED))
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    async def run() -> httpx.Response:
        transport = async_stack(RetryPolicy(), AsyncPool(async_network(network, verify=ssl_context())))
        transport.sleep = record
        async with httpx.AsyncClient(base_url=server.url, transport=transport) as client:
            return await client.post(TRIGGER_PATH, json={"name": "welcome"})

    response = asyncio.run(asyncio.wait_for(run(), timeout=5))

    assert response.status_code == 201
    assert len(server.requests) == 3
    assert waits[0] == 1.0 and 0 <= waits[1] <= BACKOFF_BASE * 2
    assert len({r.idempotency_key for r in server.requests}) == 1
    assert server.requests[0].idempotency_key is not None


def test_caller_session_gets_the_same_policy(server: FaultServer, make_api: MakeApi) -> None:
    # Retry-After: 0 keeps the real sleep of the session path at zero.
    server.script(reply(503, headers={"Retry-After": "0"}), reply(201, TRIGGERED))
    with httpx.Client() as session:
        h = make_api(EventApi, session=session)
        trigger(h.api)

    assert len(server.requests) == 2
    assert h.attempts == 0  # the shared pool was bypassed
    first, second = server.requests
    assert first.idempotency_key == second.idempotency_key is not None
    assert first.headers["authorization"] == f"ApiKey {h.api_key}"


# Errors crossing a process boundary (multiprocessing, Celery task results) ------------------------
def test_status_errors_survive_pickling(server: FaultServer, make_api: MakeApi) -> None:
    import pickle

    server.script(reply(404, novu_error(404, "Subscriber not found", SUBSCRIBER_PATH)))
    h = make_api(SubscriberApi)
    with pytest.raises(NotFoundError) as caught:
        h.api.get("sub-1")

    copy = pickle.loads(pickle.dumps(caught.value))

    assert type(copy) is NotFoundError
    assert copy.status_code == 404 and copy.messages == ["Subscriber not found"]
