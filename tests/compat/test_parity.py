"""Differential tests: every legacy call case, through the legacy SDK and through novu_facade.

Same requests on the wire (method, path, query parameters, JSON body) and equal results. Query
parameters are compared as a multiset: their order carries no meaning to the server.
"""

from __future__ import annotations

import pytest

from tests.compat.cases import CASES, Case
from tests.compat.facade_recorder import INTENTIONAL, assert_same, legacy_recording, record_facade


@pytest.mark.parametrize("case", [c for c in CASES if c.id not in INTENTIONAL], ids=lambda c: c.id)
def test_same_requests_and_results(case: Case) -> None:
    assert_same(record_facade(case), legacy_recording(case))
