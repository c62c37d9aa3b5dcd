"""Every operation of openapi/novu.yaml is exercised by at least one committed cassette.

The covered set is read from what the cassettes hold: each recorded request's method and path is
matched against the spec's path templates (a literal segment beats a `{parameter}`, so
`/v1/integrations/active` is not taken for `/v1/integrations/{integrationId}`). An operation no
cassette reaches fails here: `scripts/record.sh --missing` (which `scripts/regen.sh --from` runs)
records one for it, called by rule (tests/contract/test_auto_contract.py), or give it a hand-written
test in tests/contract/test_raw_client_contract.py (OPERATIONS) and run `make record`. A recorded
request no operation matches fails too.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import pytest
import yaml

from tests.contract.recording import CASSETTES, RECORDING

pytestmark = pytest.mark.skipif(RECORDING, reason="checks the committed cassettes, not a recording in progress")

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "novu.yaml"
PARAMETER = re.compile(r"\{[^/}]+\}")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Operation(NamedTuple):
    method: str
    template: str
    operation_id: str

    @property
    def label(self) -> str:
        return f"{self.method} {self.template} ({self.operation_id})"


@cache
def spec_document() -> Any:
    """openapi/novu.yaml, parsed once (callers must not modify it)."""
    return yaml.load(SPEC.read_text(encoding="utf-8"), Loader=LOADER)


@cache
def operations() -> tuple[Operation, ...]:
    spec: dict[str, Any] = spec_document()
    return tuple(
        Operation(method.upper(), template, op.get("operationId", ""))
        for template, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    )


def _segments_match(template: str, path: str) -> bool:
    want, got = template.split("/"), path.split("/")
    if len(want) != len(got):
        return False
    return all(w == g or (PARAMETER.fullmatch(w) is not None and g != "") for w, g in zip(want, got, strict=True))


def match(method: str, path: str, ops: tuple[Operation, ...]) -> Operation | None:
    """The operation a request is for: among the templates it fits, the one with most literal segments."""
    fits = [op for op in ops if op.method == method.upper() and _segments_match(op.template, path)]
    return max(fits, key=lambda op: sum(not s.startswith("{") for s in op.template.split("/")), default=None)


def recorded_requests(directory: Path = CASSETTES) -> list[tuple[str, str, str]]:
    """(cassette name, method, path) of every request in the committed cassettes."""
    requests = []
    for path in sorted(directory.glob("*.yaml")):
        cassette = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        for interaction in cassette["interactions"]:
            request = interaction["request"]
            requests.append((path.stem, request["method"], urlsplit(request["uri"]).path))
    return requests


def covered(requests: list[tuple[str, str, str]]) -> dict[Operation, set[str]]:
    """Operation -> the cassettes that exercise it."""
    by_operation: dict[Operation, set[str]] = {}
    for name, method, path in requests:
        op = match(method, path, operations())
        if op is not None:
            by_operation.setdefault(op, set()).add(name)
    return by_operation


def test_the_spec_has_the_operations_this_suite_was_written_for() -> None:
    ops = operations()
    assert len(ops) >= 109, len(ops)
    assert len(set(ops)) == len(ops)
    assert sum(op.template.startswith("/v2/") for op in ops) >= 7


def test_a_literal_segment_wins_over_a_path_parameter() -> None:
    ops = operations()
    active = match("GET", "/v1/integrations/active", ops)
    assert active is not None and active.operation_id == "getActiveIntegrations", active
    by_id = match("PUT", "/v1/integrations/65f29a2bf1bbcdcbfa543295", ops)
    assert by_id is not None and by_id.template == "/v1/integrations/{integrationId}", by_id
    assert match("GET", "/v1/no-such-route", ops) is None
    assert match("GET", "/v1/integrations/", ops) is None  # an empty segment is not a parameter value


def test_every_recorded_request_is_an_operation_of_the_spec() -> None:
    ops = operations()
    unknown = [f"{name}: {method} {path}" for name, method, path in recorded_requests() if not match(method, path, ops)]
    assert not unknown, "requests no operation of openapi/novu.yaml matches:\n  " + "\n  ".join(unknown)


def test_every_operation_of_the_spec_is_exercised_by_a_cassette() -> None:
    requests = recorded_requests()
    assert requests, f"no cassette in {CASSETTES}"
    reached = covered(requests)
    missing = [op.label for op in operations() if op not in reached]
    assert not missing, (
        f"{len(missing)} of {len(operations())} operations are exercised by no cassette (run `scripts/record.sh "
        "--missing`, or add them to OPERATIONS in tests/contract/test_raw_client_contract.py and run `make record`):"
        "\n  " + "\n  ".join(missing)
    )
