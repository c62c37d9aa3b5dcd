"""Synthetic upstream revisions merged onto the committed facts: each kind of change derives cleanly,
the drift report names it, the spec (and the generated client) change accordingly, nothing the
facade calls is lost, and deriving twice changes nothing."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import snake_case

from scripts import derive_spec, drift_report, generate_client, upstream_facts
from scripts.facade_usage import facade_usage
from tests.legacy_surface import ROOT
from tests.spec import revisions as rv

OVERLAY_TEXT = (ROOT / "openapi" / "overlay.yaml").read_text(encoding="utf-8")
OVERLAY = yaml.load(OVERLAY_TEXT, Loader=upstream_facts.FAST_LOADER)
FACTS = rv._facts()
SPEC = yaml.load((ROOT / "openapi" / "novu.yaml").read_text(encoding="utf-8"), Loader=upstream_facts.FAST_LOADER)


@functools.cache
def revised(kind: str) -> tuple[Any, Any, str]:
    """merged() of one revision (or of the unchanged next document, ""), once per test run."""
    doc = rv.next_document()
    return merged(rv.REVISIONS[kind](doc) if kind else doc)


def merged(doc: dict[str, Any]) -> tuple[Any, Any, str]:
    """(facts, derived spec, drift report) of merging `doc` as the next document."""
    raw = json.dumps(doc, sort_keys=True).encode()
    facts = upstream_facts.merge_document(
        FACTS,
        doc,
        name="novu-openapi-2099-01-01.json",
        sha256=upstream_facts.sha256_of(raw),
        date="2099-01-01",
        source="x",
    )
    spec = derive_spec.derive(facts, OVERLAY, OVERLAY_TEXT)
    return facts, spec, drift_report.render(FACTS, facts, SPEC, spec, OVERLAY)


def op(spec: Any, key: str) -> Any:
    method, path = upstream_facts.split_key(key)
    return spec["paths"].get(path, {}).get(method)


def test_the_unchanged_next_document_changes_no_derived_fact() -> None:
    _, spec, report = revised("")
    assert spec == SPEC
    assert "- Operations: 0 added, 0 no longer documented (retained), 0 changed" in report


@pytest.mark.parametrize("kind", sorted(rv.REVISIONS))
def test_each_revision_derives_cleanly_and_twice_changes_nothing(kind: str) -> None:
    doc = rv.REVISIONS[kind](rv.next_document())
    facts, spec, _ = revised(kind)
    again = upstream_facts.merge_document(
        facts, doc, name="n", sha256=facts["documents"][-1]["sha256"], date="x", source="x"
    )
    assert again == facts
    assert derive_spec.derive(again, OVERLAY, OVERLAY_TEXT) == spec
    assert rv.PROSE not in json.dumps(facts) + json.dumps(spec)
    lost = set(drift_report.spec_operations(SPEC)) - set(drift_report.spec_operations(spec))
    assert not lost, f"operations lost to the revision: {sorted(lost)}"


def _generated(spec: Any, key: str) -> str:
    found = op(spec, key)
    return drift_report.generated_name(found["tags"][0], found["operationId"])


def _facade_users(spec: Any, key: str) -> str:
    return ", ".join(f"`{u}`" for u in facade_usage().get(_generated(spec, key), [])) or "—"


def test_a_removed_route_is_retained_and_reported_with_its_facade_methods() -> None:
    key = rv.REMOVED_ROUTE
    _, spec, report = revised("route removed")
    assert op(spec, key) == op(SPEC, key)
    assert "0 added, 1 no longer documented (retained)" in report
    last = upstream_facts.latest(FACTS)
    assert f"| `{key}` | {last} | `{_generated(spec, key)}` | {_facade_users(spec, key)} |" in report
    if key == "GET /v1/topics":
        assert "`TopicApi.list`" in _facade_users(spec, key)


def test_a_schema_renamed_with_its_shape_unchanged_becomes_an_alias_and_is_reported() -> None:
    old, new = rv.RENAMED
    facts, spec, report = revised("schema renamed")
    schemas = spec["components"]["schemas"]
    assert new in schemas and old not in schemas, "the old schema is replaced by the new one"
    assert schemas[new]["x-novu-aliases"] == [old]
    assert facts["components"][f"schemas/{new}"]["aliases"] == [old]
    assert f"#/components/schemas/{old}" not in json.dumps(spec)
    if old == "SubscriberPayloadDto":  # the overlay's TriggerEventRequestDto.to refers to it by name
        assert f"#/components/schemas/{new}" in json.dumps(schemas["TriggerEventRequestDto"]["properties"]["to"])
    assert f"`{old}` → `{new}`" in report
    assert "(1 with the shape unchanged, kept as aliases)" in report
    # Envelopes named after the schema keep their old names as aliases too.
    for suffix in ("Envelope", "ListEnvelope"):
        if new + suffix in schemas:
            assert schemas[new + suffix]["x-novu-aliases"] == [old + suffix]


def test_an_added_operation_and_its_schemas_arrive_and_are_reported() -> None:
    widget, kind = rv.ADDED_SCHEMAS
    _, spec, report = revised("operation added")
    added = op(spec, rv.ADDED_ROUTE)
    assert added["operationId"] == f"listWidgets{rv.SUFFIX}" and added["tags"] == [rv.ADDED_TAG]
    assert added["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": f"#/components/schemas/{widget}ListEnvelope"
    }
    assert spec["components"]["schemas"][kind] == {"type": "string", "enum": ["gauge", "dial"]}
    assert spec["components"]["schemas"][widget]["properties"]["createdAt"] == {
        "type": "string",
        "format": "date-time",
    }
    assert f"| `{rv.ADDED_ROUTE}` | `{_generated(spec, rv.ADDED_ROUTE)}` |" in report
    assert f"Added: `{widget}`, `{kind}`." in report


def test_an_added_parameter_changes_the_operation_and_is_reported_with_its_facade_methods() -> None:
    key, name = rv.PARAMETER
    _, spec, report = revised("parameter added")
    assert name in [p["name"] for p in op(spec, key)["parameters"]]
    assert f"- `{key}` (`{_generated(spec, key)}`; facade: {_facade_users(spec, key)})" in report
    assert f"parameter added `{name} (query)`" in report
    if key == "GET /v1/messages":
        assert "`MessageApi.list`, `MessageApi.stream`" in report


def test_rewritten_prose_changes_nothing_derived() -> None:
    facts, spec, report = revised("prose rewritten")
    assert spec == SPEC
    assert "0 changed" in report and "(reworded)" not in json.dumps(facts)


def test_the_generated_client_follows_every_kind_of_change(tmp_path: Path) -> None:
    _, spec, _ = merged(rv.every_change())
    spec_path = tmp_path / "novu.yaml"
    spec_path.write_text(derive_spec.dump(spec), encoding="utf-8")
    out = generate_client.generate(spec_path, tmp_path)

    def module(key: str) -> Path:
        tag, name = _generated(spec, key).split(".")
        return out / "api" / tag / f"{name}.py"

    def model(schema: str) -> Path:
        return out / "models" / f"{snake_case(schema)}.py"

    assert module(rv.ADDED_ROUTE).is_file()
    assert all(model(name).is_file() for name in rv.ADDED_SCHEMAS)
    assert module(rv.REMOVED_ROUTE).is_file()  # retained
    assert snake_case(rv.PARAMETER[1]) in module(rv.PARAMETER[0]).read_text(encoding="utf-8")
    # The renamed model: one class, importable from novu_client.models under both names.
    old, new = rv.RENAMED
    assert model(new).is_file() and not model(old).is_file()
    check = f"from novu_client.models import {old}, {new}; assert {old} is {new}, ({old}, {new})"
    subprocess.run([sys.executable, "-c", check], check=True, cwd=tmp_path, capture_output=True)
    committed = {
        p.relative_to(ROOT / "generated" / "novu_client") for p in (ROOT / "generated" / "novu_client").rglob("*.py")
    }
    fresh = {p.relative_to(out) for p in out.rglob("*.py")}
    lost = committed - fresh
    assert model(old).relative_to(out) in lost
    assert all(str(p).startswith(f"models/{snake_case(old)}") for p in lost), f"modules the revision lost: {lost}"
    # ... whose classes all stay importable under their old names.
    classes = [
        name
        for p in lost
        for name in re.findall(r"^class (\w+)", (ROOT / "generated" / "novu_client" / p).read_text(), re.M)
    ]
    check = f"import novu_client.models as m; assert all(hasattr(m, n) for n in {classes!r})"
    subprocess.run([sys.executable, "-c", check], check=True, cwd=tmp_path, capture_output=True)
