"""Cassette machinery of the contract tests: replay offline, or record against the mock or Novu.

Replay (the default): every test runs against its own cassette in ``tests/contract/cassettes/`` with
vcrpy's ``record_mode="none"``, so no request reaches the network. A request matches a recorded one
on method, raw path, query (blank values kept) and body (the JSON compared as data, so key order
does not matter but every value and its JSON type does); anything else fails the test.

Record (``NOVU_RECORD=1``, set by ``scripts/record.sh``): the same tests send their requests to
``NOVU_API_URL`` with ``NOVU_API_KEY`` and write fresh cassettes (``record_mode="all"``) into
``NOVU_CASSETTE_DIR``. Before anything is written, requests are moved to the placeholder host
:data:`PLACEHOLDER_URL`, secrets are scrubbed and volatile headers dropped (see
:func:`scrub_request` and :func:`scrub_response`). An error answer (Prism's 422 for a request that
violates openapi/novu.yaml, its 500 for an example that violates it) is never recorded: the test
fails and prints the violation, with the matching lines of Prism's log when ``NOVU_MOCK_LOG`` is set.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import vcr

RECORDING = os.environ.get("NOVU_RECORD") == "1"
CASSETTES = Path(__file__).resolve().parent / "cassettes"
CASSETTE_DIR = Path(os.environ.get("NOVU_CASSETTE_DIR") or CASSETTES)

PLACEHOLDER_URL = "https://api.novu.test"
"""The host every recorded request is stored under, and the base URL the replayed tests use."""
REPLAY_API_KEY = "contract-replay-key"
MOCK_API_KEY = "mock-api-key"
"""The key scripts/with_mock.sh gives the mock when NOVU_API_KEY is not set."""
REDACTED = "<redacted>"
AUTHORIZATION = f"ApiKey {REDACTED}"

# Headers worth keeping; everything else (Date, Idempotency-Key, User-Agent, rate limits, CORS,
# cookies, request ids, Content-Length) is volatile or secret and is dropped before writing.
REQUEST_HEADERS = {"authorization", "content-type"}
RESPONSE_HEADERS = {"content-type"}

# JSON fields whose string values are secrets wherever they appear in a response body.
SECRET_FIELD = re.compile(
    r"(?i)^(api_?key|secret(_?key)?|(access|auth|api|refresh|bot)?_?token|password|private_?key|client_?secret|"
    r"hmac_?key|webhook_?url|device_?tokens)$"
)


def target() -> tuple[str, str]:
    """(base URL, API key) the facade is pointed at: the recording server, or the placeholder."""
    if not RECORDING:
        return PLACEHOLDER_URL, REPLAY_API_KEY
    key = os.environ.get("NOVU_API_KEY")
    if not key:
        raise pytest.UsageError("NOVU_RECORD=1 needs NOVU_API_KEY (scripts/record.sh sets it)")
    return os.environ.get("NOVU_API_URL") or "https://api.novu.co", key


def recorded_against() -> str:
    return os.environ.get("NOVU_RECORD_TARGET", "live")


# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------


def _body_text(request: Any) -> str:
    body = request.body
    if body is None:
        return ""
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace")
    return str(body)


def canonical_body(request: Any) -> str:
    """The body as canonical JSON (sorted keys; `true` stays distinct from `1`), else the raw text."""
    text = _body_text(request)
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False)
    except ValueError:
        return text


def json_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the JSON bodies parse to the same data."""
    b1, b2 = canonical_body(r1), canonical_body(r2)
    if b1 != b2:
        raise AssertionError(f"body {b1} != recorded {b2}")


def strict_query(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the same query parameters (order-insensitive, blank values kept)."""

    def pairs(r: Any) -> list[tuple[str, str]]:
        return sorted(parse_qsl(urlsplit(r.uri).query, keep_blank_values=True))

    if pairs(r1) != pairs(r2):
        raise AssertionError(f"query {pairs(r1)} != recorded {pairs(r2)}")


MATCH_ON = ("method", "path", "strict_query", "json_body")


# --------------------------------------------------------------------------------------------
# Scrubbing and normalising (applied before a cassette is written, and to requests being matched)
# --------------------------------------------------------------------------------------------


def _replace_key(text: str, key: str | None) -> str:
    return text.replace(key, REDACTED) if key and len(key) >= 8 else text


def scrub_request(request: Any) -> Any:
    """Move the request to the placeholder host, keep only stable headers, hide the API key."""
    parts = urlsplit(request.uri)
    request.uri = PLACEHOLDER_URL + parts.path + (f"?{parts.query}" if parts.query else "")
    request.headers = {k: v for k, v in request.headers.items() if k.lower() in REQUEST_HEADERS}
    if RECORDING and request.body:
        key = os.environ.get("NOVU_API_KEY")
        text = _body_text(request)
        scrubbed = _replace_key(text, key)
        if scrubbed != text:
            request.body = scrubbed.encode("utf-8")
    return request


def scrub_json(node: Any, parent: str = "") -> Any:
    """Replace secret values: secret-named fields, everything under `credentials`, API key objects."""
    if isinstance(node, dict):
        is_api_key = "key" in node and ("_userId" in node or parent == "apiKeys")
        out = {}
        for key, value in node.items():
            secret = SECRET_FIELD.match(key) or parent == "credentials" or (is_api_key and key == "key")
            if secret and value is not None and not isinstance(value, (dict, bool, int, float)):
                out[key] = [REDACTED for _ in value] if isinstance(value, list) else REDACTED
            else:
                out[key] = scrub_json(value, key)
        return out
    if isinstance(node, list):
        return [scrub_json(item, parent) for item in node]
    return node


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Keep only stable headers; re-serialise JSON bodies compactly with secrets replaced."""
    response["headers"] = {
        name.lower(): values for name, values in response["headers"].items() if name.lower() in RESPONSE_HEADERS
    }
    body = response["body"]["string"]
    text = body.decode("utf-8") if isinstance(body, bytes) else (body or "")
    if text:
        try:
            data = json.loads(text)
        except ValueError:
            pass
        else:
            text = json.dumps(scrub_json(data), ensure_ascii=False, separators=(",", ":"))
        text = _replace_key(text, os.environ.get("NOVU_API_KEY") if RECORDING else None)
    response["body"]["string"] = text.encode("utf-8")
    return response


# --------------------------------------------------------------------------------------------
# One test's cassette
# --------------------------------------------------------------------------------------------


class Violations:
    """Error answers seen while recording, with Prism's explanation."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.log = Path(os.environ["NOVU_MOCK_LOG"]) if os.environ.get("NOVU_MOCK_LOG") else None
        self.log_offset = self.log.stat().st_size if self.log and self.log.exists() else 0

    def check(self, response: dict[str, Any]) -> dict[str, Any] | None:
        status = response["status"]["code"]
        if status < 400:
            return response
        body = response["body"]["string"]
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
        try:
            problem = json.loads(text)
            details = [f"{'.'.join(map(str, v['location']))}: {v['message']}" for v in problem.get("validation", [])]
        except (ValueError, AttributeError, KeyError, TypeError):
            details = []
        self.items.append(f"HTTP {status}: " + ("; ".join(details) or text[:500] or "(no body)"))
        return None  # never record an error answer

    def report(self) -> str:
        lines = ["the server rejected the exchange (a request or an example violating openapi/novu.yaml?):"]
        lines += [f"  {item}" for item in self.items]
        if self.log and self.log.exists():
            with self.log.open("rb") as fh:
                fh.seek(self.log_offset)
                new = fh.read().decode("utf-8", "replace").splitlines()
            flagged = [line.strip() for line in new if "Violation" in line or "✖" in line]
            if flagged:
                lines.append(f"  {self.log}:")
                lines += [f"    {line}" for line in flagged]
        return "\n".join(lines)


def _vcr(violations: Violations) -> vcr.VCR:
    recorder = vcr.VCR(
        serializer="yaml",
        record_mode="all" if RECORDING else "none",
        match_on=MATCH_ON,
        filter_headers=[("authorization", AUTHORIZATION), "cookie", "set-cookie"],
        before_record_request=scrub_request,
        before_record_response=[violations.check, scrub_response] if RECORDING else [scrub_response],
        decode_compressed_response=True,
    )
    recorder.register_matcher("json_body", json_body)
    recorder.register_matcher("strict_query", strict_query)
    return recorder


class Contract:
    """What a contract test needs: where to send requests and how to run a call on a cassette."""

    def __init__(self) -> None:
        self.base_url, self.api_key = target()
        self.recorded_against: str | None = None

    @contextmanager
    def cassette(self, name: str) -> Iterator[Any]:
        path = CASSETTE_DIR / f"{name}.yaml"
        if not RECORDING and not path.exists():
            pytest.fail(f"no cassette {path}: run `make record`")
        violations = Violations()
        with _vcr(violations).use_cassette(str(path)) as cass:
            self.recorded_against = cass.get_metadata("recorded_against", recorded_against())
            try:
                yield cass
            except Exception:
                if violations.items:
                    pytest.fail(violations.report(), pytrace=False)
                raise
            if violations.items:
                pytest.fail(violations.report(), pytrace=False)
            if not RECORDING:
                assert cass.all_played, f"{name}: the call made fewer requests than were recorded"
        if RECORDING:
            text = path.read_text(encoding="utf-8")
            assert self.api_key not in text, f"{path}: the recording API key leaked into the cassette"

    def run(self, name: str, call: Callable[[], Any]) -> Any:
        with self.cassette(name):
            return call()

    def applicable(self, expected: dict[str, Any]) -> dict[str, Any]:
        """The value assertions that hold for this cassette.

        Values of cassettes recorded from a live Novu are the account's, not the mock's examples, so
        only `#type` entries apply to them; and while recording, the caller still sees the secrets
        that are redacted only in what gets written.
        """
        if self.recorded_against != "mock":
            return {k: v for k, v in expected.items() if k.endswith("#type")}
        if RECORDING:
            return {k: v for k, v in expected.items() if v != REDACTED}
        return expected
