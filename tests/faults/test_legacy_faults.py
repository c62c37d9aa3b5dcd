"""What the legacy SDK (novu 1.14.0, on requests) does in the same fault scenarios.

These pin down the "legacy" column of the comparison with novu_facade: no retries, no idempotency
keys, requests' exception types, one request per bulk call, and the pager's IndexError.
"""

from __future__ import annotations

import logging

import pytest

from tests.faults.server import RESET, FaultServer, delayed, html, malformed_json, novu_error, reply

novu = pytest.importorskip("novu")
requests = pytest.importorskip("requests")

from novu.api import EventApi, MessageApi, SubscriberApi  # noqa: E402
from novu.dto.event import InputEventDto  # noqa: E402
from novu.dto.subscriber import SubscriberDto  # noqa: E402

API_KEY = "sk_legacy_fault_0123456789"
TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "tx-1"}}


def _trigger(api: EventApi) -> object:
    return api.trigger("welcome", "sub-1", {"n": 1})


def test_legacy_429_raises_at_once_without_key(server: FaultServer) -> None:
    server.script(reply(429, novu_error(429, "Too Many Requests", "/v1/events/trigger"), {"Retry-After": "2"}))

    with pytest.raises(requests.HTTPError) as caught:
        _trigger(EventApi(server.url, API_KEY))

    assert caught.value.response.status_code == 429
    assert len(server.requests) == 1
    assert server.requests[0].idempotency_key is None


def test_legacy_5xx_is_not_retried_and_message_drops_the_body(server: FaultServer) -> None:
    server.script(reply(500, novu_error(500, "Internal server error", "/v1/subscribers/sub-1")), reply(502))

    with pytest.raises(requests.HTTPError) as caught:
        SubscriberApi(server.url, API_KEY).get("sub-1")
    with pytest.raises(requests.HTTPError):
        _trigger(EventApi(server.url, API_KEY))

    assert len(server.requests) == 2  # one attempt each
    assert "Internal server error" not in str(caught.value)
    assert caught.value.response.json()["message"] == "Internal server error"


def test_legacy_409_is_an_http_error(server: FaultServer) -> None:
    server.script(reply(409, headers={"Retry-After": "1"}))

    with pytest.raises(requests.HTTPError):
        _trigger(EventApi(server.url, API_KEY))

    assert len(server.requests) == 1


def test_legacy_connection_refused(refused_url: str) -> None:
    with pytest.raises(requests.ConnectionError):
        _trigger(EventApi(refused_url, API_KEY))


def test_legacy_reset_on_get(server: FaultServer) -> None:
    server.script(RESET, reply(200, {"data": {"subscriberId": "sub-1"}}))

    with pytest.raises(requests.ConnectionError):
        SubscriberApi(server.url, API_KEY).get("sub-1")

    assert len(server.requests) == 1


def test_legacy_timeout(server: FaultServer) -> None:
    server.script(delayed(0.3, reply(200, {"data": {"subscriberId": "sub-1"}})))

    with pytest.raises(requests.ReadTimeout):
        SubscriberApi(server.url, API_KEY, requests_timeout=0.1).get("sub-1")  # type: ignore[arg-type]

    assert len(server.requests) == 1


def test_legacy_html_502(server: FaultServer) -> None:
    server.script(html(502))

    with pytest.raises(requests.HTTPError) as caught:
        SubscriberApi(server.url, API_KEY).get("sub-1")

    assert str(caught.value).startswith("502 Server Error")
    assert "text/html" not in str(caught.value)


def test_legacy_malformed_json_on_200(server: FaultServer) -> None:
    server.script(malformed_json(200))

    with pytest.raises(requests.JSONDecodeError) as caught:
        SubscriberApi(server.url, API_KEY).get("sub-1")

    assert "200" not in str(caught.value)  # nothing names the status or the path


def test_legacy_401_does_not_show_the_key(server: FaultServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.script(reply(401, novu_error(401, "API Key not found", "/v1/subscribers/sub-1")))
    api = SubscriberApi(server.url, API_KEY)

    with pytest.raises(requests.HTTPError) as caught:
        api.get("sub-1")

    assert len(server.requests) == 1
    for text in (str(caught.value), repr(caught.value), repr(api), *(r.getMessage() for r in caplog.records)):
        assert API_KEY not in text
    assert API_KEY in repr(vars(api))  # but it sits in a plain attribute


def test_legacy_404_response_interface(server: FaultServer) -> None:
    body = novu_error(404, "Subscriber not found", "/v1/subscribers/sub-1")
    server.script(reply(404, body))

    with pytest.raises(requests.HTTPError) as caught:
        SubscriberApi(server.url, API_KEY).get("sub-1")

    assert caught.value.response.status_code == 404
    assert caught.value.response.json() == body


def test_legacy_bulk_is_one_oversize_request(server: FaultServer) -> None:
    too_many = novu_error(400, ["events must contain no more than 100 elements"], "/v1/events/trigger/bulk")
    server.script(reply(400, too_many), reply(201, {"data": {"created": [], "updated": [], "failed": []}}))
    events = [InputEventDto(name="welcome", recipients=f"s-{i}", payload={}) for i in range(250)]

    with pytest.raises(requests.HTTPError):
        EventApi(server.url, API_KEY).trigger_bulk(events)
    SubscriberApi(server.url, API_KEY).bulk_create(iter([SubscriberDto(subscriber_id=f"s-{i}") for i in range(1200)]))

    assert [len(server.requests[0].json()["events"]), len(server.requests[1].json()["subscribers"])] == [250, 1200]
    assert all(r.idempotency_key is None for r in server.requests)


def test_legacy_unknown_fields_parse_but_empty_page_crashes_the_pager(server: FaultServer) -> None:
    server.script(
        reply(200, {"data": [{"_id": "m1", "status": "teleported", "channel": "hologram", "x": 1}], "totalCount": 1}),
        reply(200, {"page": 0, "hasMore": True, "data": [{"subscriberId": "a"}]}),
        reply(200, {"page": 1, "hasMore": True, "data": []}),
    )

    messages = MessageApi(server.url, API_KEY).list().data
    assert messages is not None
    [message] = messages
    assert message.status == "teleported"
    pager = SubscriberApi(server.url, API_KEY).stream()
    assert next(pager).subscriber_id == "a"
    with pytest.raises(IndexError):
        next(pager)


def test_legacy_has_no_max_retries(server: FaultServer) -> None:
    with pytest.raises(TypeError):
        SubscriberApi(server.url, API_KEY, max_retries=0)  # type: ignore[call-arg]
    assert server.requests == []
