"""The modern client (`Novu`, `AsyncNovu`) over a mock transport answering from openapi/novu.yaml.

What a call sends (path, query, body by wire names, idempotency key), what it returns (the success
model, unwrapped), how lists and bulk calls go, and that it shares the one transport's policies.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from novu_client.models import (
    BulkCreateSubscriberResponseDto,
    BulkTriggerEventDto,
    CreateSubscriberRequestDto,
    SubscriberResponseDto,
    TriggerEventRequestDto,
    TriggerEventResponseDto,
)
from novu_client.types import UNSET

from novu_facade import AsyncNovu, Novu
from novu_facade._modern._index import NAMESPACES, OPERATIONS
from novu_facade.config import NovuConfig
from novu_facade.errors import BulkError, NotFoundError, ServerError
from tests.docs.spec_mock import SpecMock

URL = "https://api.novu.test"


class Recorder:
    """A mock transport: answers from the spec (or `override`), keeps every request."""

    def __init__(self, override: Callable[[httpx.Request], httpx.Response | None] | None = None) -> None:
        self.mock = SpecMock()
        self.requests: list[httpx.Request] = []
        self.override = override

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.override is not None:
            answer = self.override(request)
            if answer is not None:
                return answer
        return self.mock(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def novu(recorder: Recorder) -> Iterator[Novu]:
    session = httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL)
    yield Novu("test-key", URL, session=session, max_retries=2)
    session.close()


def async_novu(recorder: Recorder) -> AsyncNovu:
    session = httpx.AsyncClient(transport=httpx.MockTransport(recorder), base_url=URL)
    return AsyncNovu("test-key", URL, session=session, max_retries=2)


# --------------------------------------------------------------------------------------------
# The surface
# --------------------------------------------------------------------------------------------


def test_every_operation_of_the_spec_is_a_method_of_both_clients() -> None:
    sync, asynchronous = Novu("k", URL), AsyncNovu("k", URL)
    assert len(OPERATIONS) == sum(NAMESPACES.values())
    for operation_id, (namespace, method, *_rest) in OPERATIONS.items():
        for client in (sync, asynchronous):
            target: Any = client
            for part in filter(None, namespace.split(".")):
                target = getattr(target, part)
            assert callable(getattr(target, method)), operation_id


def test_the_namespaces_are_loaded_once_and_kept(novu: Novu) -> None:
    assert novu.subscribers is novu.subscribers
    assert repr(novu.subscribers).startswith("<Subscribers of Novu(")


# --------------------------------------------------------------------------------------------
# What a call sends
# --------------------------------------------------------------------------------------------


def test_path_parameters_are_positional_and_encoded_as_one_segment(novu: Novu, recorder: Recorder) -> None:
    subscriber = novu.subscribers.retrieve("ada@example.com")
    assert recorder.last.method == "GET"
    assert recorder.last.url.raw_path == b"/v2/subscribers/ada@example.com"
    assert isinstance(subscriber, SubscriberResponseDto)  # unwrapped from {"data": ...}
    with pytest.raises(NotFoundError):  # no route of the mock: the id stayed one segment
        novu.subscribers.retrieve("a/../b?c#d")
    assert recorder.last.url.raw_path == b"/v2/subscribers/a%2F..%2Fb%3Fc%23d"


def test_keyword_fields_are_sent_by_their_wire_names_and_fields_left_out_are_not(
    novu: Novu, recorder: Recorder
) -> None:
    novu.subscribers.create(subscriber_id="u1", email="a@b.co", first_name="Ada")
    assert recorder.body() == {"subscriberId": "u1", "email": "a@b.co", "firstName": "Ada"}


def test_an_explicit_none_is_sent_as_null(novu: Novu, recorder: Recorder) -> None:
    novu.subscribers.patch("u1", email=None)
    assert recorder.last.method == "PATCH"
    assert recorder.body() == {"email": None}


def test_nested_models_and_mappings_are_sent_as_json(novu: Novu, recorder: Recorder) -> None:
    novu.trigger(name="welcome", to=["u1", {"subscriberId": "u2"}], payload={"n": 1})
    assert recorder.body() == {"name": "welcome", "to": ["u1", {"subscriberId": "u2"}], "payload": {"n": 1}}


def test_a_complete_body_model_is_accepted_and_fields_add_to_it(novu: Novu, recorder: Recorder) -> None:
    novu.subscribers.create(body=CreateSubscriberRequestDto(subscriber_id="u1", phone="+1555"))
    assert recorder.body() == {"subscriberId": "u1", "phone": "+1555"}
    novu.trigger(body=TriggerEventRequestDto(name="welcome", to="u1"))
    assert recorder.body() == {"name": "welcome", "to": "u1"}


def test_a_missing_required_field_raises_before_anything_is_sent(novu: Novu, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="subscriber_id"):
        novu.subscribers.create(email="a@b.co")  # type: ignore[call-overload]
    assert recorder.requests == []


def test_query_parameters_are_sent_by_their_wire_names_and_enums_as_their_values(
    novu: Novu, recorder: Recorder
) -> None:
    novu.subscribers.search(email="a@b.co", limit=5, order_direction="DESC").first_page()
    assert dict(recorder.last.url.params) == {"email": "a@b.co", "limit": "5", "orderDirection": "DESC"}


def test_an_empty_success_returns_none(novu: Novu, recorder: Recorder) -> None:
    assert novu.layouts.delete_layout("layout-1") is None
    assert recorder.last.method == "DELETE"


# --------------------------------------------------------------------------------------------
# The one transport's policies
# --------------------------------------------------------------------------------------------


def flaky(status: int = 503, times: int = 1) -> Recorder:
    """Answers `status` (with Retry-After: 0) to the first `times` requests, then from the spec."""
    failures = {"left": times}

    def override(request: httpx.Request) -> httpx.Response | None:
        if failures["left"]:
            failures["left"] -= 1
            return httpx.Response(status, headers={"Retry-After": "0"}, json={"statusCode": status, "message": "x"})
        return None

    return Recorder(override)


def test_a_retried_post_keeps_one_automatic_idempotency_key_across_its_attempts() -> None:
    recorder = flaky()
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    novu.trigger(name="welcome", to="u1")
    keys = [request.headers["Idempotency-Key"] for request in recorder.requests]
    assert len(keys) == 2 and keys[0] == keys[1] and len(keys[0]) == 36


def test_a_callers_idempotency_key_is_sent_on_every_attempt() -> None:
    recorder = flaky()
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    novu.trigger(name="welcome", to="u1", idempotency_key="order-42")
    assert [r.headers["Idempotency-Key"] for r in recorder.requests] == ["order-42", "order-42"]


def test_an_idempotency_key_the_server_would_refuse_is_refused_before_sending(novu: Novu, recorder: Recorder) -> None:
    with pytest.raises(ValueError, match="255"):
        novu.trigger(name="welcome", to="u1", idempotency_key="k" * 256)
    assert recorder.requests == []


def test_errors_come_from_the_one_hierarchy_with_the_response(novu: Novu) -> None:
    with pytest.raises(NotFoundError) as raised:
        novu.topics.get_topic("no-such-topic")
    assert raised.value.status_code == 404
    assert novu.last_response is raised.value.response


def test_max_retries_is_the_clients() -> None:
    recorder = flaky(times=5)
    session = httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL)
    with pytest.raises(ServerError):
        Novu("k", URL, session=session, max_retries=1).subscribers.retrieve("u1")
    assert len(recorder.requests) == 2


def test_rate_limit_state_of_the_last_answer() -> None:
    def override(request: httpx.Request) -> httpx.Response | None:
        answer = SpecMock()(request)
        answer.headers.update({"RateLimit-Limit": "60", "RateLimit-Remaining": "0", "RateLimit-Reset": "7"})
        return answer

    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(Recorder(override)), base_url=URL))
    assert novu.rate_limit is None
    novu.subscribers.retrieve("u1")
    assert novu.rate_limit is not None and (novu.rate_limit.remaining, novu.rate_limit.reset) == (0, 7.0)


def test_settings_resolve_like_the_rest_of_the_project(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOVU_API_KEY", "from-env")
    monkeypatch.setenv("NOVU_API_URL", "eu.api.novu.co")
    config = NovuConfig()
    saved = (config.url, config.api_key)
    try:
        config.url = config.api_key = None
        assert Novu()._settings.base_url == "https://eu.api.novu.co"
        assert Novu()._settings.api_key == "from-env"
        NovuConfig.configure("https://config.example", "from-config")
        assert (Novu()._settings.base_url, Novu()._settings.api_key) == ("https://config.example", "from-config")
        explicit = Novu("explicit", "https://explicit.example", timeout=2.5, max_retries=0, deadline=9)
        assert explicit._settings.base_url == "https://explicit.example"
        assert (explicit._settings.timeout, explicit._settings.max_retries, explicit._settings.deadline) == (2.5, 0, 9)
    finally:
        config.url, config.api_key = saved


def test_the_client_is_a_context_manager_closing_its_pool() -> None:
    with Novu("k", "https://close.example") as novu:
        assert isinstance(novu, Novu)
        assert novu.topics is not None  # a namespace, loaded
        pool = novu._core.pool
    assert pool._inner is None  # closed now; the next call reopens


# --------------------------------------------------------------------------------------------
# Lists
# --------------------------------------------------------------------------------------------


def cursor_pages(request: httpx.Request) -> httpx.Response | None:
    """/v2/subscribers in three pages of two, by cursor."""
    if request.url.path != "/v2/subscribers" or request.method != "GET":
        return None
    after = request.url.params.get("after")
    page = {None: 0, "c1": 1, "c2": 2}[after]
    example = SpecMock()(request).json()["data"][0]
    items = [{**example, "subscriberId": f"user-{page * 2 + i}"} for i in range(2)]
    cursors = {"next": f"c{page + 1}" if page < 2 else None, "previous": after}
    return httpx.Response(200, json={"data": items, **cursors, "totalCount": 30, "totalCountCapped": False})


def test_a_cursor_list_fetches_nothing_until_iterated_then_follows_next() -> None:
    recorder = Recorder(cursor_pages)
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    subscribers = novu.subscribers.search(email="a@b.co", limit=2)
    assert recorder.requests == []
    assert [s.subscriber_id for s in subscribers] == [f"user-{i}" for i in range(6)]
    assert [r.url.params.get("after") for r in recorder.requests] == [None, "c1", "c2"]
    assert all(r.url.params["email"] == "a@b.co" for r in recorder.requests)


def test_the_first_page_comes_with_its_cursors_and_is_fetched_once() -> None:
    recorder = Recorder(cursor_pages)
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    subscribers = novu.subscribers.search()
    first = subscribers.first_page()
    assert first.next_ == "c1" and len(first.data) == 2
    assert subscribers.first_page() is first and len(recorder.requests) == 1
    assert len(list(subscribers)) == 6 and len(recorder.requests) == 3  # the first page is not fetched again


def test_a_list_answering_its_own_cursor_again_ends() -> None:
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(Recorder()), base_url=URL))
    assert len(list(novu.subscribers.search())) == 2  # the mock's canned `next` repeats


def test_a_page_list_goes_page_after_page_while_the_server_has_more() -> None:
    def pages(request: httpx.Request) -> httpx.Response | None:
        if request.url.path != "/v1/subscribers":
            return None
        page = int(request.url.params.get("page", "0"))
        items = [{"subscriberId": f"user-{page}-{i}"} for i in range(2)]
        return httpx.Response(
            200, json={"page": page, "pageSize": 2, "totalCount": 5, "hasMore": page < 2, "data": items}
        )

    recorder = Recorder(pages)
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    items = list(novu.subscribers.list_subscribers(limit=2))
    assert len(items) == 6
    assert [r.url.params.get("page") for r in recorder.requests] == [None, "1", "2"]


def test_an_async_list_is_an_async_iterator() -> None:
    recorder = Recorder(cursor_pages)

    async def main() -> tuple[list[str], str | None]:
        novu = async_novu(recorder)
        found = [s.subscriber_id async for s in novu.subscribers.search(limit=2)]
        first = await novu.subscribers.search().first_page()
        return found, first.next_ if isinstance(first.next_, str) else None

    found, cursor = asyncio.run(main())
    assert found == [f"user-{i}" for i in range(6)] and cursor == "c1"


def test_an_operation_renamed_by_the_overlay_answers_to_its_earlier_name_too(novu: Novu, recorder: Recorder) -> None:
    """Every `x-novu-method-aliases` of the spec is the same method, sync and async."""
    import yaml

    text = (Path(__file__).resolve().parents[2] / "openapi" / "novu.yaml").read_text(encoding="utf-8")
    spec = yaml.load(text, Loader=yaml.CSafeLoader)
    renamed = [
        (op["x-novu-namespace"], op["x-novu-method"], alias)
        for item in spec["paths"].values()
        for op in item.values()
        for alias in op.get("x-novu-method-aliases", [])
    ]
    assert len(renamed) >= 20
    for client in (novu, async_novu(recorder)):
        for namespace, method, alias in renamed:
            target: Any = client
            for part in namespace.split("."):
                target = getattr(target, part)
            assert getattr(type(target), alias) is getattr(type(target), method), (namespace, alias)
    novu.layouts.list_layouts_v2(limit=5).first_page()
    novu.layouts.list(limit=5).first_page()
    assert [str(r.url) for r in recorder.requests[-2:]] == [f"{URL}/v2/layouts?limit=5"] * 2


# --------------------------------------------------------------------------------------------
# Bulk
# --------------------------------------------------------------------------------------------


def echo_bulk(request: httpx.Request) -> httpx.Response | None:
    if request.url.path == "/v1/events/trigger/bulk":
        events = json.loads(request.content)["events"]
        data = [{"acknowledged": True, "status": "processed", "transactionId": e["payload"]["n"]} for e in events]
        return httpx.Response(201, json={"data": data})
    if request.url.path == "/v1/subscribers/bulk":
        subscribers = json.loads(request.content)["subscribers"]
        created = [{"subscriberId": s["subscriberId"]} for s in subscribers]
        return httpx.Response(201, json={"data": {"created": created, "updated": [], "failed": []}})
    return None


def test_trigger_bulk_sends_at_most_100_events_a_request_and_keeps_input_order() -> None:
    recorder = Recorder(echo_bulk)
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    events: list[TriggerEventRequestDto | dict[str, object]] = [
        {"name": "welcome", "to": "u1", "payload": {"n": str(n)}} for n in range(250)
    ]
    results = novu.trigger_bulk(events=events, max_in_flight=3)
    assert [len(json.loads(r.content)["events"]) for r in recorder.requests] == [100, 100, 50]
    assert all(isinstance(r, TriggerEventResponseDto) for r in results)
    assert sorted(r.transaction_id for r in results if isinstance(r.transaction_id, str)) == sorted(
        str(n) for n in range(250)
    )
    assert [r.transaction_id for r in results] == [str(n) for n in range(250)]
    keys = {r.headers["Idempotency-Key"] for r in recorder.requests}
    assert len(keys) == 3  # one key per chunk


def test_create_bulk_sends_at_most_500_subscribers_a_request_and_merges_the_results() -> None:
    recorder = Recorder(echo_bulk)
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    result = novu.subscribers.create_bulk(subscribers=[{"subscriberId": f"u{n}"} for n in range(1200)])
    assert [len(json.loads(r.content)["subscribers"]) for r in recorder.requests] == [500, 500, 200]
    assert [c.subscriber_id for c in result.created] == [f"u{n}" for n in range(1200)]


def test_a_failed_chunk_raises_bulk_error_with_the_full_account() -> None:
    def second_fails(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/v1/events/trigger/bulk" and json.loads(request.content)["events"][0]["to"] == "u100":
            return httpx.Response(400, json={"statusCode": 400, "message": "bad"})
        return echo_bulk(request)

    recorder = Recorder(second_fails)
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    events: list[TriggerEventRequestDto | dict[str, object]] = [
        {"name": "w", "to": f"u{n}", "payload": {"n": str(n)}} for n in range(300)
    ]
    with pytest.raises(BulkError) as raised:
        novu.trigger_bulk(events=events)
    error = raised.value
    assert error.accepted_count == 100 and len(error.failed_items) == 100 and len(error.not_sent) == 100
    assert error.failures[0].start == 100 and error.retry_key == recorder.requests[1].headers["Idempotency-Key"]
    assert "novu.trigger_bulk" in str(error)


def second_chunk_fails(request: httpx.Request) -> httpx.Response | None:
    body = json.loads(request.content)
    first = body["events"][0]["to"] if "events" in body else body["subscribers"][0]["subscriberId"]
    if first in ("u100", "s500"):
        return httpx.Response(400, json={"statusCode": 400, "message": "bad"})
    return echo_bulk(request)


def model_events(count: int) -> list[TriggerEventRequestDto]:
    return [
        TriggerEventRequestDto.from_dict({"name": "w", "to": f"u{n}", "payload": {"n": str(n)}}) for n in range(count)
    ]


@pytest.mark.parametrize("given", ["models", "mappings", "body model", "body mapping"])
def test_bulk_error_holds_the_objects_the_caller_passed(given: str) -> None:
    """failures[i].items, failed_items and not_sent are the caller's own objects, in input order,
    whether given as models, mappings or inside a complete body."""
    events: list[Any] = model_events(300)
    if given in ("mappings", "body mapping"):
        events = [event.to_dict() for event in events]
    novu = Novu(
        "k", URL, session=httpx.Client(transport=httpx.MockTransport(Recorder(second_chunk_fails)), base_url=URL)
    )
    with pytest.raises(BulkError) as raised:
        if given == "body model":
            novu.trigger_bulk(body=BulkTriggerEventDto(events=events))
        elif given == "body mapping":
            novu.trigger_bulk(body={"events": events})
        else:
            novu.trigger_bulk(events=events)
    error = raised.value
    assert all(a is b for a, b in zip(error.failed_items, events[100:200], strict=True))
    assert all(a is b for a, b in zip(error.failures[0].items, events[100:200], strict=True))
    assert all(a is b for a, b in zip(error.not_sent, events[200:], strict=True))


def test_async_bulk_error_holds_the_caller_s_subscribers() -> None:
    subscribers = [CreateSubscriberRequestDto(subscriber_id=f"s{n}") for n in range(1200)]

    async def main() -> BulkError:
        with pytest.raises(BulkError) as raised:
            await async_novu(Recorder(second_chunk_fails)).subscribers.create_bulk(subscribers=subscribers)
        return raised.value

    error = asyncio.run(main())
    assert error.accepted_count == 500
    assert isinstance(error.accepted[0], BulkCreateSubscriberResponseDto)  # each accepted chunk's typed result
    assert [c.subscriber_id for c in error.accepted[0].created] == [f"s{n}" for n in range(500)]
    assert all(a is b for a, b in zip(error.failed_items, subscribers[500:1000], strict=True))
    assert all(a is b for a, b in zip(error.not_sent, subscribers[1000:], strict=True))


def test_bulk_items_must_be_a_list() -> None:
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(Recorder(echo_bulk)), base_url=URL))
    with pytest.raises(TypeError, match="events must be a list of items, not dict"):
        novu.trigger_bulk(events={"name": "w"})  # type: ignore[arg-type]


def test_a_job_key_gives_each_chunk_its_key_and_resume_finishes_the_call() -> None:
    """The modern bulk calls take the legacy facade's job keys, progress and resume, over one mechanism."""
    failing = {"on": True}

    def second_fails_once(request: httpx.Request) -> httpx.Response | None:
        if failing["on"] and json.loads(request.content)["events"][0]["to"] == "u100":
            return httpx.Response(400, json={"statusCode": 400, "message": "bad"})
        return echo_bulk(request)

    recorder = Recorder(second_fails_once)
    novu = Novu("k", URL, session=httpx.Client(transport=httpx.MockTransport(recorder), base_url=URL))
    events: list[TriggerEventRequestDto | dict[str, object]] = [
        {"name": "w", "to": f"u{n}", "payload": {"n": str(n)}} for n in range(250)
    ]
    told: list[tuple[int, int]] = []
    with pytest.raises(BulkError) as raised:
        novu.trigger_bulk(
            events=events, idempotency_key="job-7", progress=lambda done, total: told.append((done, total))
        )
    assert [r.headers["Idempotency-Key"] for r in recorder.requests] == ["job-7#0", "job-7#1"]
    assert raised.value.retry_key == "job-7#1" and told == [(100, 250)]
    failing["on"] = False
    results = raised.value.resume()
    assert [r.headers["Idempotency-Key"] for r in recorder.requests[2:]] == ["job-7#1", "job-7#2"]
    assert [r.transaction_id for r in results] == [str(n) for n in range(250)]
    assert told == [(100, 250), (200, 250), (250, 250)]


def test_async_bulk_chunks_the_same_way() -> None:
    recorder = Recorder(echo_bulk)
    events: list[TriggerEventRequestDto | dict[str, object]] = [
        {"name": "w", "to": "u", "payload": {"n": str(n)}} for n in range(201)
    ]

    async def main() -> int:
        results = await async_novu(recorder).trigger_bulk(events=events, max_in_flight=2)
        return len(results)

    assert asyncio.run(main()) == 201
    assert sorted(len(json.loads(r.content)["events"]) for r in recorder.requests) == [1, 100, 100]


def test_async_calls_send_the_same_requests() -> None:
    recorder = Recorder()

    async def main() -> SubscriberResponseDto:
        novu = async_novu(recorder)
        await novu.subscribers.create(subscriber_id="u1", email="a@b.co")
        return await novu.subscribers.retrieve("u1")

    assert isinstance(asyncio.run(main()), SubscriberResponseDto)
    assert json.loads(recorder.requests[0].content) == {"subscriberId": "u1", "email": "a@b.co"}
    assert recorder.requests[1].url.path == "/v2/subscribers/u1"


def test_unset_is_the_default_of_every_optional_argument() -> None:
    import inspect

    signature = inspect.signature(Novu("k", URL).subscribers.patch)
    assert signature.parameters["email"].default is UNSET
    assert signature.parameters["subscriber_id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
