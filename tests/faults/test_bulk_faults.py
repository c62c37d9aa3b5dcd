"""Oversize bulk calls: chunking, per-chunk idempotency keys, and the BulkError account of a failure."""

from __future__ import annotations

import pytest

from novu_facade._bulk import EVENTS_PER_REQUEST, SUBSCRIBERS_PER_REQUEST
from novu_facade._retry import RetryPolicy
from novu_facade.api import EventApi, SubscriberApi
from novu_facade.dto.event import InputEventDto
from novu_facade.dto.subscriber import SubscriberDto
from novu_facade.errors import BadRequestError, BulkError, ServerError
from tests.faults.conftest import MakeApi
from tests.faults.server import FaultServer, Recorded, Reply, dynamic, novu_error, reply

EVENTS_BULK_PATH = "/v1/events/trigger/bulk"
SUBSCRIBERS_BULK_PATH = "/v1/subscribers/bulk"


def events(count: int) -> list[InputEventDto]:
    return [
        InputEventDto(name="welcome", recipients=f"sub-{i}", payload={"i": i}, transaction_id=f"tx-{i}")
        for i in range(count)
    ]


def _echo_events(request: Recorded) -> Reply:
    """Novu's answer: one result per event, in order."""
    return reply(
        201,
        {
            "data": [
                {"acknowledged": True, "status": "processed", "transactionId": e["transactionId"]}
                for e in request.json()["events"]
            ]
        },
    )


def _echo_subscribers(request: Recorded) -> Reply:
    subscribers = request.json()["subscribers"]
    created = [{"subscriberId": s["subscriberId"]} for s in subscribers if not s["subscriberId"].endswith("7")]
    updated = [{"subscriberId": s["subscriberId"]} for s in subscribers if s["subscriberId"].endswith("7")]
    return reply(201, {"data": {"created": created, "updated": updated, "failed": []}})


ECHO_EVENTS = dynamic(_echo_events)
ECHO_SUBSCRIBERS = dynamic(_echo_subscribers)


# 16 -----------------------------------------------------------------------------------------------
def test_250_events_go_in_chunks_of_100(server: FaultServer, make_api: MakeApi) -> None:
    server.script(ECHO_EVENTS, ECHO_EVENTS, ECHO_EVENTS)
    h = make_api(EventApi)

    results = h.api.trigger_bulk(events(250))

    assert EVENTS_PER_REQUEST == 100
    assert [len(r.json()["events"]) for r in server.requests] == [100, 100, 50]
    assert {r.path for r in server.requests} == {EVENTS_BULK_PATH}
    assert [r.transaction_id for r in results] == [f"tx-{i}" for i in range(250)]
    sent = [e["transactionId"] for r in server.requests for e in r.json()["events"]]
    assert sent == [f"tx-{i}" for i in range(250)]
    keys = [r.idempotency_key for r in server.requests]
    assert all(keys) and len(set(keys)) == 3
    assert h.attempts == 3 and h.waits == []


def test_1200_subscribers_go_in_chunks_of_500_and_merge(server: FaultServer, make_api: MakeApi) -> None:
    server.script(ECHO_SUBSCRIBERS, ECHO_SUBSCRIBERS, ECHO_SUBSCRIBERS)
    h = make_api(SubscriberApi)
    subscribers = [SubscriberDto(subscriber_id=f"s-{i}", email=f"s{i}@example.com") for i in range(1200)]

    result = h.api.bulk_create(subscribers)

    assert SUBSCRIBERS_PER_REQUEST == 500
    assert [len(r.json()["subscribers"]) for r in server.requests] == [500, 500, 200]
    assert {r.path for r in server.requests} == {SUBSCRIBERS_BULK_PATH}
    expected_updated = [f"s-{i}" for i in range(1200) if str(i).endswith("7")]
    expected_created = [f"s-{i}" for i in range(1200) if not str(i).endswith("7")]
    assert [s.subscriber_id for s in result.updated] == expected_updated
    assert [s.subscriber_id for s in result.created] == expected_created
    assert result.failed == []
    keys = [r.idempotency_key for r in server.requests]
    assert all(keys) and len(set(keys)) == 3


def test_a_retried_chunk_keeps_its_key(server: FaultServer, make_api: MakeApi) -> None:
    server.script(ECHO_EVENTS, reply(503), ECHO_EVENTS, ECHO_EVENTS)
    h = make_api(EventApi)

    results = h.api.trigger_bulk(events(250))

    assert len(results) == 250
    assert [len(r.json()["events"]) for r in server.requests] == [100, 100, 100, 50]
    keys = [r.idempotency_key for r in server.requests]
    assert keys[1] == keys[2]  # the retry of chunk 2
    assert len({keys[0], keys[1], keys[3]}) == 3
    assert h.attempts == 4 and len(h.waits) == 1


# 17 -----------------------------------------------------------------------------------------------
def test_chunk_2_of_3_fails_with_400(server: FaultServer, make_api: MakeApi) -> None:
    rejection = novu_error(400, ["events.5.name must be a string"], EVENTS_BULK_PATH)
    server.script(ECHO_EVENTS, reply(400, rejection), ECHO_EVENTS)
    h = make_api(EventApi)
    inputs = events(250)

    with pytest.raises(BulkError) as caught:
        h.api.trigger_bulk(inputs)

    exc = caught.value
    assert len(server.requests) == h.attempts == 2  # 400 is not retried; chunk 3 never sent
    assert server.pending == 1
    assert exc.accepted_count == 100
    [chunk_1] = exc.accepted  # one raw result list per accepted chunk
    assert [r["transactionId"] for r in chunk_1] == [f"tx-{i}" for i in range(100)]
    assert len(exc.failed_items) == 100
    assert all(a is b for a, b in zip(exc.failed_items, inputs[100:200], strict=True))  # the caller's objects
    assert len(exc.not_sent) == 50
    assert all(a is b for a, b in zip(exc.not_sent, inputs[200:250], strict=True))
    assert exc.retry_key == server.requests[1].idempotency_key
    assert exc.retry_key != server.requests[0].idempotency_key
    assert isinstance(exc.__cause__, BadRequestError)
    assert exc.__cause__.messages == ["events.5.name must be a string"]
    assert "100 of 250 items accepted" in str(exc)
    assert "items 100-199 failed" in str(exc)


def test_chunk_failing_after_retries_reports_the_key_for_resending(server: FaultServer, make_api: MakeApi) -> None:
    server.script(ECHO_EVENTS, reply(502), reply(502))
    h = make_api(EventApi, max_retries=1)

    with pytest.raises(BulkError) as caught:
        h.api.trigger_bulk(events(150))

    exc = caught.value
    assert h.attempts == 3 and len(h.waits) == 1
    assert server.requests[1].idempotency_key == server.requests[2].idempotency_key == exc.retry_key
    assert isinstance(exc.__cause__, ServerError)
    assert exc.accepted_count == 100 and len(exc.failed_items) == 50 and exc.not_sent == []


def test_bulk_chunks_respect_idempotency_keys_switched_off(server: FaultServer, make_api: MakeApi) -> None:
    """With RetryPolicy(idempotency_keys=False) a plain POST 502 is not retried (see test_retry_faults);
    a bulk chunk should behave the same, since the server may not deduplicate it."""
    server.script(reply(502), ECHO_EVENTS)
    h = make_api(EventApi, policy=RetryPolicy(idempotency_keys=False))

    with pytest.raises(BulkError) as caught:
        h.api.trigger_bulk(events(10))

    assert h.attempts == 1
    assert server.requests[0].idempotency_key is None
    assert caught.value.retry_key is None


def test_unexpected_chunk_answer_still_gives_an_account(server: FaultServer, make_api: MakeApi) -> None:
    server.script(ECHO_EVENTS, reply(201, {"unexpected": True}), ECHO_EVENTS)
    h = make_api(EventApi)

    with pytest.raises(BulkError) as caught:
        h.api.trigger_bulk(events(250))

    assert caught.value.accepted_count == 100
    assert len(caught.value.not_sent) == 50
