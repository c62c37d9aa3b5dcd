"""Differential tests: every legacy call case, through the legacy SDK and through novu_facade.

Same requests on the wire (method, path, query parameters, JSON body) and equal results. Query
parameters are compared as a multiset: their order carries no meaning to the server.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.compat.cases import CASES, Case
from tests.compat.facade_recorder import record_facade
from tests.compat.legacy_recorder import Recording, record

# Cases where novu_facade deliberately differs from the legacy SDK (see docs/migration.md).
INTENTIONAL: dict[str, str] = {}


def _requests(rec: Recording) -> list[dict[str, Any]]:
    return [
        {"method": r.method, "path": r.path, "query": sorted(r.query_pairs), "json": r.json, "has_body": r.has_body}
        for r in rec.requests
    ]


@pytest.mark.parametrize("case", [c for c in CASES if c.id not in INTENTIONAL], ids=lambda c: c.id)
def test_same_requests_and_results(case: Case) -> None:
    legacy = record(case)
    facade = record_facade(case)
    assert _requests(facade) == _requests(legacy)
    assert facade.requests_at_return == legacy.requests_at_return, "eager/lazy behaviour differs"
    assert (facade.error is None) == (legacy.error is None), (facade.error, legacy.error)
    if legacy.error is not None:
        assert facade.error is not None and facade.error.status == legacy.error.status
    else:
        assert facade.plain == legacy.plain
    assert facade.unused_responses == legacy.unused_responses
