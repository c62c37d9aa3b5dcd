"""The rule that keeps the coverage test strict: an operation no cassette reaches is left to the
recorder (`scripts/record.sh --missing`), which gives it a `raw.auto.*` cassette, and the coverage
test then passes; until it is recorded the coverage test fails.

Offline: the recorder's own code (tests/contract/test_auto_contract.py, recording.py) runs with
recording switched on against a local server that answers what the mock answered, into a copy of
the cassettes from which the operation's cassette was taken away.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.contract import auto, recording
from tests.contract import test_operation_coverage as coverage
from tests.contract.recording import CASSETTES, MOCK_API_KEY, Contract
from tests.contract.test_auto_contract import exercise
from tests.faults.server import FaultServer, Recorded, Reply, dynamic
from tests.spec import revisions as rv

pytestmark = pytest.mark.skipif(recording.RECORDING, reason="checks the committed cassettes")

COMMITTED_AUTO = sorted(p.stem.removeprefix(auto.PREFIX) for p in CASSETTES.glob(f"{auto.PREFIX}*.yaml"))


def _missing(directory: Path, spec: Any) -> list[str]:
    """What the coverage test reports: the operations no cassette in `directory` reaches."""
    ops = coverage.operations() if spec is None else _coverage_ops(spec)
    reached = {(op.method, op.template) for op in _covered(directory, ops)}
    return sorted(f"{op.method} {op.template}" for op in ops if (op.method, op.template) not in reached)


def _coverage_ops(spec: Any) -> tuple[coverage.Operation, ...]:
    return tuple(
        coverage.Operation(op.method, op.template, op.op.get("operationId", "")) for op in auto.spec_operations(spec)
    )


def _covered(directory: Path, ops: tuple[coverage.Operation, ...]) -> set[coverage.Operation]:
    found = set()
    for _, method, path in coverage.recorded_requests(directory):
        op = coverage.match(method, path, ops)
        if op is not None:
            found.add(op)
    return found


def test_the_auto_cassettes_are_exactly_those_of_the_operations_no_hand_written_one_reaches() -> None:
    assert auto.names(auto.auto_operations()) == COMMITTED_AUTO
    assert _missing(CASSETTES, None) == []


def test_a_synthetic_added_operation_is_left_to_the_recorder_and_fails_coverage_until_recorded(tmp_path: Path) -> None:
    spec = rv.add_operation(copy.deepcopy(auto.spec()))
    method, path = rv.ADDED_ROUTE.split(" ", 1)
    added = next(op for op in auto.spec_operations(spec) if (op.method, op.template) == (method, path))
    assert _missing(CASSETTES, spec) == [rv.ADDED_ROUTE]  # the coverage test fails for it
    assert auto.names(auto.auto_operations(spec)) == sorted([*COMMITTED_AUTO, added.name])
    assert auto.build_call(added, spec) == auto.Call({}, {}, None, None)  # `kind` is optional
    assert added.cassette == f"raw.auto.subscribers.{added.name.split('.', 1)[1]}"

    # Its cassette, as the recorder names and writes it, makes the coverage test pass.
    directory = tmp_path / "cassettes"
    shutil.copytree(CASSETTES, directory)
    template = yaml.safe_load((CASSETTES / f"{auto.PREFIX}{COMMITTED_AUTO[0]}.yaml").read_text(encoding="utf-8"))
    template["interactions"][0]["request"].update(method=method, uri=f"{recording.PLACEHOLDER_URL}{path}", body="")
    (directory / f"{added.cassette}.yaml").write_text(yaml.safe_dump(template), encoding="utf-8")
    assert _missing(directory, spec) == []
    assert added.name in auto.names(auto.auto_operations(spec, directory))  # still the recorder's, not stale

    # Once a hand-written cassette reaches it, it is no longer the recorder's: its raw.auto one is stale.
    (directory / f"{added.cassette}.yaml").rename(directory / f"raw.{added.name}.yaml")
    assert _missing(directory, spec) == []
    assert added.name not in auto.names(auto.auto_operations(spec, directory))


# One operation of each kind: path parameters only, a JSON body, a multipart file, an empty success.
KINDS = [
    "contexts.get_context",
    "contexts.create_context",
    "translations.upload_master_json",
    "contexts.delete_context",
]


@pytest.fixture
def server() -> Any:
    found = FaultServer().start()
    yield found
    found.stop()


@pytest.mark.parametrize("name", KINDS)
def test_the_recorder_writes_the_cassette_of_an_operation_that_has_none(
    name: str, tmp_path: Path, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    committed = CASSETTES / f"{auto.PREFIX}{name}.yaml"
    answer = yaml.safe_load(committed.read_text(encoding="utf-8"))["interactions"][0]["response"]
    directory = tmp_path / "cassettes"
    shutil.copytree(CASSETTES, directory, ignore=shutil.ignore_patterns(committed.name))
    operation = next(op for op in auto.auto_operations(directory=directory) if op.name == name)
    assert f"{operation.method} {operation.template}" in _missing(directory, None)

    def mock(_: Recorded) -> Reply:  # what the mock answered when the committed cassette was recorded
        body = answer["body"]["string"]
        headers = {"Content-Type": answer["headers"]["content-type"][0]} if answer["headers"] else {}
        return Reply(answer["status"]["code"], body.encode() if isinstance(body, str) else body, headers)

    server.script(dynamic(mock))
    monkeypatch.setattr(recording, "RECORDING", True)
    monkeypatch.setattr(recording, "CASSETTE_DIR", directory)
    monkeypatch.setenv("NOVU_API_URL", server.url)
    monkeypatch.setenv("NOVU_API_KEY", MOCK_API_KEY)
    monkeypatch.setenv("NOVU_RECORD_TARGET", "mock")
    exercise(operation, Contract())
    assert len(server.requests) == 1 and server.unscripted == 0

    written = directory / committed.name
    assert written.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
    assert _missing(directory, None) == []

    monkeypatch.setattr(recording, "RECORDING", False)  # and it replays offline
    exercise(operation, Contract())
    assert len(server.requests) == 1
