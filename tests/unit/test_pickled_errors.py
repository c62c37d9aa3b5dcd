"""Errors cross process boundaries (multiprocessing, task queues' result backends) whole, and
without the API key: the pickled bytes of an error carry no credential of the request."""

from __future__ import annotations

import json
import pickle

import httpx
import pytest
from novu_client.errors import error_from_response, unexpected_response

from novu_facade import Novu
from novu_facade.errors import BulkError, NovuAPIError, RateLimitError, UnexpectedResponseError

URL = "https://api.novu.test"
API_KEY = "sk-test-0123456789abcdef"


def answered(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request(
        "POST",
        f"{URL}/v1/events/trigger",
        headers={"Authorization": f"ApiKey {API_KEY}", "Idempotency-Key": "k-1", "Cookie": "session=abc123456"},
    )
    return httpx.Response(status, json=body, headers=headers, request=request)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 503])
def test_a_status_error_survives_pickling_without_the_key(status: int) -> None:
    error = error_from_response(
        answered(
            status, {"statusCode": status, "message": ["bad", "worse"]}, {"x-request-id": "r-7", "retry-after": "3"}
        )
    )
    data = pickle.dumps(error)
    copy = pickle.loads(data)
    assert API_KEY.encode() not in data and b"abc123456" not in data
    assert type(copy) is type(error) and str(copy) == str(error)
    assert (copy.status_code, copy.body, copy.messages, copy.path) == (
        error.status_code,
        error.body,
        error.messages,
        error.path,
    )
    assert copy.request_id == "r-7" and copy.response.json() == error.response.json()
    assert copy.request.headers["Idempotency-Key"] == "k-1" and "authorization" not in copy.request.headers
    if isinstance(error, RateLimitError):
        assert isinstance(copy, RateLimitError) and copy.retry_after == error.retry_after == 3
    assert error.request.headers["Authorization"] == f"ApiKey {API_KEY}"  # the raised one is left as it was


def test_an_unexpected_response_survives_pickling_without_the_key() -> None:
    error = unexpected_response(
        answered(201, {"data": 1}), "POST /v1/events/trigger", "TriggerEventResponseDto", KeyError("data")
    )
    assert isinstance(error, UnexpectedResponseError)
    data = pickle.dumps(error)
    copy = pickle.loads(data)
    assert API_KEY.encode() not in data
    assert str(copy) == str(error) and (copy.operation, copy.expected) == (error.operation, error.expected)


def failing_bulk() -> BulkError:
    def handler(request: httpx.Request) -> httpx.Response:
        events = json.loads(request.content)["events"]
        if events[0]["to"] == "u100":
            return httpx.Response(400, json={"statusCode": 400, "message": "bad"})
        data = [{"acknowledged": True, "status": "processed", "transactionId": e["to"]} for e in events]
        return httpx.Response(201, json={"data": data})

    novu = Novu(API_KEY, URL, session=httpx.Client(transport=httpx.MockTransport(handler), base_url=URL))
    events: list[dict[str, object]] = [{"name": "w", "to": f"u{n}"} for n in range(250)]
    with pytest.raises(BulkError) as raised:
        novu.trigger_bulk(events=events, idempotency_key="job-1")  # type: ignore[arg-type]
    return raised.value


def test_a_bulk_error_survives_pickling_with_its_accounting() -> None:
    error = failing_bulk()
    data = pickle.dumps(error)
    copy = pickle.loads(data)
    assert API_KEY.encode() not in data
    assert type(copy) is BulkError and str(copy) == str(error)
    assert copy.operation == "novu.trigger_bulk" and copy.retry_key == "job-1#1"
    assert copy.accepted_count == 100 and copy.failed_items == error.failed_items and copy.not_sent == error.not_sent
    assert [r.transaction_id for r in copy.accepted[0]] == [f"u{n}" for n in range(100)]
    assert [(f.start, f.items, f.retry_key) for f in copy.failures] == [(100, events_of(error), "job-1#1")]
    assert isinstance(copy.failures[0].error, NovuAPIError) and copy.failures[0].error.status_code == 400


def events_of(error: BulkError) -> list[object]:
    return error.failures[0].items


def test_an_unpickled_bulk_error_says_how_to_finish_the_job() -> None:
    copy = pickle.loads(pickle.dumps(failing_bulk()))
    with pytest.raises(RuntimeError, match="re-run the job with its idempotency_key"):
        copy.resume()
