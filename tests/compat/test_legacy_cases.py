"""The case table covers the legacy SDK's whole surface and replays cleanly through it."""

from __future__ import annotations

import pytest

from tests.legacy_surface import manifest

from .cases import CASES, Case


def _manifest_methods() -> list[tuple[str, str]]:
    """(Api class, method) pairs of the legacy surface (tests/compat/legacy_surface.json)."""
    apis = manifest()["apis"]
    return sorted((api, method) for api, spec in apis.items() for method in spec["methods"])


def _by_method() -> dict[tuple[str, str], list[Case]]:
    out: dict[tuple[str, str], list[Case]] = {}
    for c in CASES:
        out.setdefault((c.api, c.method), []).append(c)
    return out


def test_every_manifest_method_has_a_case():
    methods = _manifest_methods()
    assert len(methods) == 92
    covered = _by_method()
    missing = [f"{api}.{method}" for api, method in methods if (api, method) not in covered]
    assert not missing, f"methods without a case: {missing}"


def test_cases_name_real_methods():
    known = set(_manifest_methods())
    unknown = [c.id for c in CASES if (c.api, c.method) not in known]
    assert not unknown, f"cases for methods the legacy SDK does not have: {unknown}"


def test_case_ids_are_unique_and_consistent():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    for c in CASES:
        assert c.id.startswith(f"{c.api}.{c.method}["), c.id
        assert c.responses, f"{c.id}: no canned responses"
        for r in c.responses:
            assert isinstance(r[0], int) and len(r) in (2, 3), f"{c.id}: bad response {r!r}"


@pytest.fixture(scope="module")
def recorder():
    pytest.importorskip("novu", reason="legacy SDK (novu==1.14.0) not installed")
    from . import legacy_recorder

    return legacy_recorder


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case_replays_through_legacy(case: Case, recorder):
    rec = recorder.record(case, package="novu")

    if case.expect_error is None:
        assert rec.error is None, f"unexpected {rec.error.type}: {rec.error.message}"
    else:
        assert rec.error is not None, "expected an HTTP error, the call succeeded"
        assert rec.error.status == case.expect_error, rec.error

    assert rec.missing_responses == 0, "the SDK sent more requests than there are canned responses"
    assert rec.unused_responses == 0, f"{rec.unused_responses} canned response(s) left unused"
    assert len(rec.requests) == len(case.responses)

    for req in rec.requests:
        assert req.path.startswith("/v1/"), req.url
        assert req.url.startswith(recorder.BASE_URL + "/v1/"), req.url
        assert req.headers["Authorization"] == f"ApiKey {recorder.API_KEY}"
        assert req.headers["User-Agent"] == "novu/python@1.14.0"
        if req.has_body:
            assert req.headers["Content-Type"] == "application/json"
            assert req.json is not None or req.body == b"null"
        assert req.timeout == 5


@pytest.mark.parametrize("case", [c for c in CASES if "stream" in c.tags], ids=lambda c: c.id)
def test_streams_walk_every_page(case: Case, recorder):
    rec = recorder.record(case)
    assert rec.result_type == "PaginationIterator"
    assert rec.requests_at_return == 1, "the legacy iterator fetches the first page eagerly"
    pages = [int(dict(r.query_pairs)["page"]) for r in rec.requests]
    assert pages == list(range(len(case.responses)))
    assert all(dict(r.query_pairs)["limit"] == "10" for r in rec.requests)
    if case.expect_error is None:
        served = sum(len(r[1]["data"]) for r in case.responses)
        assert len(rec.result) == served


@pytest.mark.parametrize("case", [c for c in CASES if "generator" in c.tags], ids=lambda c: c.id)
def test_generators_are_lazy(case: Case, recorder):
    rec = recorder.record(case)
    assert rec.result_type == "generator"
    assert rec.requests_at_return == 0, "a generator method sends nothing until iterated"
    assert isinstance(rec.result, list)


def test_topic_subscribed_answers(recorder):
    by_id = {c.id: c for c in CASES}
    assert recorder.record(by_id["TopicApi.subscribed[200]"]).result is True
    assert recorder.record(by_id["TopicApi.subscribed[404]"]).result is False
    assert recorder.record(by_id["TopicApi.subscribed[500]"]).error.status == 500


def test_markers_resolve_to_legacy_objects(recorder):
    from novu.dto.layout import LayoutDto, LayoutVariableDto
    from novu.enums import Channel

    from .cases import Dto, Enum, Iter

    layout = recorder.resolve(
        Dto(
            "novu.dto.layout.LayoutDto",
            {
                "name": "n",
                "description": "d",
                "content": "{{{body}}}",
                "is_default": False,
                "variables": [Dto("novu.dto.layout.LayoutVariableDto", {"name": "body", "type": "String"})],
            },
        ),
        "novu",
    )
    assert isinstance(layout, LayoutDto) and isinstance(layout.variables[0], LayoutVariableDto)
    assert recorder.resolve(Enum("novu.enums.channel.Channel", "EMAIL"), "novu") is Channel.EMAIL
    it = recorder.resolve(Iter((1, 2)), "novu")
    assert iter(it) is it and list(it) == [1, 2]
