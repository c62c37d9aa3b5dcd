"""One cassette-backed contract test per public facade method.

The method list comes from the package (tests/contract/calls.py), the call from the legacy call
table, the answer from the method's cassette; the assertions check the values the facade parsed.
A public method without a call, a cassette or assertions fails here.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from tests.compat.legacy_recorder import _is_lazy, resolve
from tests.contract.calls import case_for, facade_methods
from tests.contract.checks import check
from tests.contract.expectations import EXPECT
from tests.contract.recording import Contract

PACKAGE = "novu_facade"
METHODS = facade_methods()


def test_every_public_facade_method_is_discovered() -> None:
    assert len(METHODS) >= 92, METHODS


def test_no_assertions_for_methods_that_do_not_exist() -> None:
    assert not set(EXPECT) - set(METHODS), sorted(set(EXPECT) - set(METHODS))


@pytest.mark.parametrize("method_id", METHODS)
def test_facade_method(method_id: str, contract: Contract) -> None:
    case = case_for(method_id)
    assert case is not None, (
        f"{method_id} has no contract test: add a success case to tests/compat/cases.py "
        "or a call to OVERRIDES in tests/contract/calls.py"
    )
    api_class = getattr(importlib.import_module(f"{PACKAGE}.api"), case.api)
    api = api_class(url=contract.base_url, api_key=contract.api_key, max_retries=0)

    def call() -> Any:
        result = getattr(api, case.method)(*resolve(case.args, PACKAGE), **resolve(case.kwargs, PACKAGE))
        return list(result) if _is_lazy(result) else result  # iterate inside the cassette

    result = contract.run(f"facade.{method_id}", call)
    assert method_id in EXPECT, f"{method_id} has no value assertions in tests/contract/expectations.py"
    check(result, contract.applicable(EXPECT[method_id]), method_id)
