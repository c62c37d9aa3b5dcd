"""The committed cassettes: one per contract test, no credentials, nothing volatile, placeholder host."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.contract.auto import auto_operations
from tests.contract.calls import facade_methods
from tests.contract.recording import (
    AUTHORIZATION,
    CASSETTES,
    MOCK_API_KEY,
    PLACEHOLDER_URL,
    RECORDING,
    REDACTED,
    REQUEST_HEADERS,
    RESPONSE_HEADERS,
    SECRET_FIELD,
)
from tests.contract.test_modern_contract import CASES as MODERN
from tests.contract.test_raw_client_contract import OPERATIONS, RAW

pytestmark = pytest.mark.skipif(RECORDING, reason="checks the committed cassettes, not a recording in progress")

FILES = sorted(CASSETTES.glob("*.yaml"))

# Strings that look like credentials: Novu API keys are 32 hex digits; bearer/basic tokens; secret
# keys of common providers; any ApiKey header value but the placeholder.
CREDENTIAL = re.compile(
    r"\b[0-9a-f]{32}\b|\b[0-9a-f]{40,}\b|Bearer\s+\S+|Basic\s+[A-Za-z0-9+/=]{8,}|\bsk_(live|test)_\w+"
    r"|ApiKey\s+(?!<redacted>)\S+"
)


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def test_there_is_exactly_one_cassette_per_contract_test() -> None:
    expected = {f"facade.{m}.yaml" for m in facade_methods()} | {f"raw.{t}.yaml" for t in RAW}
    expected |= {f"raw.{op}.yaml" for op in OPERATIONS}
    expected |= {f"modern.{operation_id}.yaml" for operation_id in MODERN}
    auto = {f"{op.cassette}.yaml" for op in auto_operations()}  # the operations no other cassette reaches
    present = {p.name for p in FILES}
    assert not (expected | auto) - present, (
        f"missing (run `make record`, or `scripts/record.sh --missing` for raw.auto.*): "
        f"{sorted((expected | auto) - present)}"
    )
    stale = present - expected - auto
    assert not stale, (
        f"stale cassettes: {sorted(stale)} (a raw.auto.* one whose operation another cassette now reaches goes "
        "with `scripts/record.sh --missing`)"
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_cassette_holds_no_credential(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not CREDENTIAL.search(text), f"credential-like string: {CREDENTIAL.search(text)}"
    for key in {MOCK_API_KEY, os.environ.get("NOVU_API_KEY") or MOCK_API_KEY}:
        assert key not in text, "the recording API key is in the cassette"
    for interaction in _load(path)["interactions"]:
        request, response = interaction["request"], interaction["response"]
        headers = {k.lower(): v for k, v in request["headers"].items()}
        assert headers.get("authorization") == [AUTHORIZATION], headers.get("authorization")
        assert "cookie" not in headers
        assert "set-cookie" not in {k.lower() for k in response["headers"]}
        body = response["body"]["string"]
        content_type = " ".join(response["headers"].get("content-type", [])) or "application/json"
        if body and "json" in content_type:  # an HTML page (the chat OAuth callback) holds no JSON fields
            _assert_secrets_redacted(json.loads(body))


def _assert_secrets_redacted(node: Any, parent: str = "") -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and (SECRET_FIELD.match(key) or parent == "credentials"):
                assert value == REDACTED, f"{key}: {value!r} is not redacted"
            if key == "key" and "_userId" in node:
                assert value == REDACTED, f"API key {value!r} is not redacted"
            _assert_secrets_redacted(value, key)
    elif isinstance(node, list):
        for item in node:
            _assert_secrets_redacted(item, parent)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_cassette_is_normalised(path: Path) -> None:
    cassette = _load(path)
    assert cassette["metadata"]["recorded_against"] in {"mock", "live"}
    assert cassette["interactions"], "no interaction recorded"
    for interaction in cassette["interactions"]:
        request, response = interaction["request"], interaction["response"]
        assert request["uri"].startswith(PLACEHOLDER_URL + "/"), request["uri"]
        assert {k.lower() for k in request["headers"]} <= REQUEST_HEADERS, request["headers"]
        assert set(response["headers"]) <= RESPONSE_HEADERS, response["headers"]
        assert 200 <= response["status"]["code"] < 300, "an error answer was recorded"
