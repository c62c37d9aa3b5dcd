"""A success answer of the wrong shape raises UnexpectedResponseError from every facade method.

Table-driven over the legacy call cases (tests/compat/cases.py, which cover all 92 methods): each
JSON success answer of a case, in turn, is replaced by a malformed body, and the case is run through
the sync facade and novu_facade.aio over a mock transport. Whatever the method, no bare KeyError,
TypeError, AttributeError, IndexError or ValueError escapes: the call either returns (the DTO parsers
are as lenient as the legacy SDK's, e.g. `{}` reads as an empty DTO) or raises UnexpectedResponseError
naming the request, with the malformed response attached. A bulk call keeps its account: its
BulkError's failed chunk holds the typed error.

Methods whose result reads the answer (detected by running the well-formed case: anything but None
or a bool) must raise the typed error for a JSON list where an object is expected; paged `stream()`s
must raise it for a page without a `data` list.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from novu_facade import aio
from novu_facade.errors import BulkError, UnexpectedResponseError
from tests.compat.cases import CASES, Case
from tests.compat.facade_recorder import AsyncCannedTransport, CannedTransport
from tests.compat.legacy_recorder import API_KEY, BASE_URL, _api_class, resolve

PACKAGE = "novu_facade"

SHAPES: dict[str, Any] = {
    "empty-object": {},
    "data-null": {"data": None},
    "list": [],
    "data-string": {"data": "x"},
    "data-list-of-strings": {"data": ["x"]},
}
"""Malformed answers: no `data`, `data` null, a list where an object is expected, scalars where
objects or lists are expected."""

PAGE_SHAPES = ("empty-object", "data-null", "data-string", "list")
"""What a paged `stream()` must reject: a page without a `data` list."""

READ_ERRORS = (LookupError, TypeError, AttributeError, ValueError)

SUCCESS_CASES = [c for c in CASES if c.expect_error is None]


@dataclasses.dataclass
class Outcome:
    result: Any
    error: Exception | None
    sent: int


def run_sync(case: Case) -> Outcome:
    transport = CannedTransport([tuple(r) for r in case.responses])
    session = httpx.Client(transport=transport)
    api = _api_class(PACKAGE, case.api)(url=BASE_URL, api_key=API_KEY, session=session, max_retries=0)
    try:
        returned = getattr(api, case.method)(*resolve(case.args, PACKAGE), **resolve(case.kwargs, PACKAGE))
        result = list(returned) if isinstance(returned, Iterator) else returned
    except Exception as exc:
        return Outcome(None, exc, len(transport.calls))
    return Outcome(result, None, len(transport.calls))


def run_async(case: Case) -> Outcome:
    return asyncio.run(_run_async(case))


async def _run_async(case: Case) -> Outcome:
    transport = AsyncCannedTransport([tuple(r) for r in case.responses])
    async with httpx.AsyncClient(transport=transport) as session:
        api = getattr(aio, case.api)(url=BASE_URL, api_key=API_KEY, session=session, max_retries=0)
        try:
            returned = getattr(api, case.method)(*resolve(case.args, PACKAGE), **resolve(case.kwargs, PACKAGE))
            if asyncio.iscoroutine(returned) or isinstance(returned, aio.AsyncPaginationIterator):
                returned = await returned
            result = [item async for item in returned] if isinstance(returned, AsyncIterator) else returned
        except Exception as exc:
            return Outcome(None, exc, len(transport.calls))
    return Outcome(result, None, len(transport.calls))


RUNNERS = {"sync": run_sync, "async": run_async}


def json_answers(case: Case) -> list[int]:
    """Indexes of the case's success answers (an answer without a body gets one: see `malformed`)."""
    return [i for i, r in enumerate(case.responses) if r[0] < 300]


def malformed(case: Case, index: int, shape: str) -> Case:
    """`case` with its answer `index` replaced by the body `shape` (a 200 where it had no body)."""
    responses = [(replaced_status(r), SHAPES[shape], *r[2:]) if i == index else r for i, r in enumerate(case.responses)]
    return dataclasses.replace(case, responses=responses)


def replaced_status(response: tuple[Any, ...]) -> int:
    status: int = response[0]
    return 200 if response[1] is None else status


def params(shapes: tuple[str, ...] | list[str], cases: list[Case]) -> list[Any]:
    return [
        pytest.param(case, index, shape, id=f"{case.id}-answer{index}-{shape}")
        for case in cases
        for index in json_answers(case)
        for shape in shapes
    ]


def reads_answers(case: Case) -> bool:
    """Whether the method's result comes from the answer: on the well-formed case it returns
    something other than None or a bool (such methods may accept any body)."""
    outcome = run_sync(case)
    assert outcome.error is None, f"{case.id}: the well-formed case fails: {outcome.error!r}"
    return outcome.result is not None and not isinstance(outcome.result, bool)


READING_CASES = [c for c in SUCCESS_CASES if reads_answers(c)]


def test_the_detection_tells_methods_that_read_answers_from_those_that_do_not() -> None:
    reading = {f"{c.api}.{c.method}" for c in READING_CASES}
    other = {f"{c.api}.{c.method}" for c in SUCCESS_CASES} - reading
    assert {"TopicApi.get", "SubscriberApi.stream", "EnvironmentApi.list", "EventApi.trigger_bulk"} <= reading
    assert {"TopicApi.delete", "TopicApi.subscribed"} <= other
    assert len(reading) > 70


def typed_error(error: Exception | None) -> UnexpectedResponseError | None:
    """The UnexpectedResponseError the call raised, or a bulk call's first failed chunk holds."""
    if isinstance(error, BulkError):
        assert error.failures and error.__cause__ is error.failures[0].error
        error = error.failures[0].error
    return error if isinstance(error, UnexpectedResponseError) else None


def assert_explained(error: UnexpectedResponseError, case: Case, index: int, shape: str) -> None:
    request = error.response.request
    assert error.response.json() == SHAPES[shape], "the malformed answer is the one attached"
    assert error.status_code == replaced_status(case.responses[index])
    assert error.operation == f"{request.method} {request.url.path}"
    assert error.operation in str(error) and str(error.status_code) in str(error)
    assert isinstance(error.__cause__, READ_ERRORS), repr(error.__cause__)
    assert error.detail
    assert API_KEY not in str(error) and API_KEY not in repr(error)


@pytest.mark.parametrize("mode", RUNNERS)
@pytest.mark.parametrize(("case", "index", "shape"), params(list(SHAPES), SUCCESS_CASES))
def test_a_malformed_answer_never_escapes_as_a_bare_exception(case: Case, index: int, shape: str, mode: str) -> None:
    outcome = RUNNERS[mode](malformed(case, index, shape))
    if outcome.error is None:
        return  # read leniently, as the legacy SDK did (e.g. {} as an empty DTO), or not read at all
    error = typed_error(outcome.error)
    assert error is not None, f"{type(outcome.error).__name__} escaped: {outcome.error!r}"
    assert_explained(error, case, index, shape)


@pytest.mark.parametrize("mode", RUNNERS)
@pytest.mark.parametrize(("case", "index", "shape"), params(["list"], READING_CASES))
def test_a_list_where_an_object_is_expected_is_explained(case: Case, index: int, shape: str, mode: str) -> None:
    outcome = RUNNERS[mode](malformed(case, index, shape))
    error = typed_error(outcome.error)
    assert error is not None, f"returned {outcome.result!r} / raised {outcome.error!r}"
    assert_explained(error, case, index, shape)
    assert outcome.sent == index + 1 or isinstance(outcome.error, BulkError), "nothing is sent after it"


STREAM_CASES = [c for c in SUCCESS_CASES if c.method == "stream"]


def test_every_paged_method_is_covered() -> None:
    assert {c.api for c in STREAM_CASES} == {
        "MessageApi",
        "NotificationApi",
        "NotificationTemplateApi",
        "SubscriberApi",
        "TenantApi",
    }


@pytest.mark.parametrize("mode", RUNNERS)
@pytest.mark.parametrize(("case", "index", "shape"), params(PAGE_SHAPES, STREAM_CASES))
def test_a_page_without_a_data_list_is_explained(case: Case, index: int, shape: str, mode: str) -> None:
    outcome = RUNNERS[mode](malformed(case, index, shape))
    error = typed_error(outcome.error)
    assert error is not None, f"returned {outcome.result!r} / raised {outcome.error!r}"
    assert_explained(error, case, index, shape)
    assert "a page of" in error.expected


@pytest.mark.parametrize("mode", RUNNERS)
def test_a_page_echoing_the_api_key_into_the_parse_error_keeps_it_out(mode: str) -> None:
    case = STREAM_CASES[0]
    echoed = dataclasses.replace(case, responses=[(200, {"data": [{"subscriberId": "a"}], "totalCount": API_KEY})])
    error = typed_error(RUNNERS[mode](echoed).error)
    assert error is not None
    assert isinstance(error.__cause__, ValueError) and API_KEY in str(error.__cause__)
    assert API_KEY not in str(error) and "<redacted>" in str(error)


@pytest.mark.parametrize("mode", RUNNERS)
def test_bad_input_is_still_refused_before_anything_is_sent(mode: str) -> None:
    bulk = next(c for c in SUCCESS_CASES if c.api == "SubscriberApi" and c.method == "bulk_create")
    refused = dataclasses.replace(bulk, kwargs={**bulk.kwargs, "max_in_flight": 0})
    outcome = RUNNERS[mode](refused)
    assert type(outcome.error) is ValueError and "max_in_flight" in str(outcome.error)
    assert outcome.sent == 0
