"""Cassette-backed contract tests of the operations no hand-written test reaches, called by rule.

The operations, the calls and the cassette names come from tests/contract/auto.py; the cassettes
are written by `scripts/record.sh --missing` (also run by `scripts/regen.sh --from`) against the
local mock. Each test sends its operation's call through the generated raw client
(`novu_facade.raw.client()`) and checks that the answer has a documented 2xx status and parses to
the operation's success type (an empty body where the status documents none).
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from novu_facade import raw
from tests.contract import auto
from tests.contract.recording import Contract

AUTO = auto.auto_operations()


def exercise(operation: auto.Operation, contract: Contract) -> Any:
    """Make the operation's call on its cassette and check the answer; return the response."""
    module = importlib.import_module(f"novu_client.api.{operation.name}")
    kwargs = auto.arguments(operation, auto.build_call(operation, auto.spec()))
    with raw.client(url=contract.base_url, api_key=contract.api_key, max_retries=0) as client:
        response = contract.run(operation.cassette, lambda: module.sync_detailed(client=client, **kwargs))
    successes = operation.successes()
    assert response.status_code in successes, f"{operation.label}: {response.status_code} is not in {sorted(successes)}"
    if successes[response.status_code].get("content"):
        types = auto.success_types(operation)
        assert isinstance(response.parsed, types), f"{operation.label}: parsed {response.parsed!r}, not {types}"
    else:
        assert response.parsed is None and response.content == b"", (operation.label, response.content)
    return response


@pytest.mark.parametrize("operation", AUTO, ids=lambda op: op.name)
def test_operation_called_by_rule(operation: auto.Operation, contract: Contract) -> None:
    exercise(operation, contract)
