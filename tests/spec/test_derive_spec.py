"""Unit tests of the derivation steps in scripts/derive_spec.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import derive_spec as d


def _doc(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": "T", "description": "Upstream words.", "version": "1"},
        "x-vendor": 1,
        "paths": {
            "/v1/things": {
                "get": {
                    "operationId": "ThingsController_listThings",
                    "summary": "List things",
                    "parameters": [
                        {"name": "page", "in": "query", "description": "Page.", "schema": {"type": "number"}},
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {"description": "OK!", "content": {"application/json": {"schema": schema}}},
                        "429": {"description": "Slow", "content": {"application/json": {"schema": {"type": "string"}}}},
                    },
                    "x-codeSamples": [],
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "A thing.",
                    "properties": {"description": {"type": "string", "description": "Its text."}},
                }
            }
        },
    }


RULES = {"security_scheme": "api-key", "error_schema": "ErrorDto", "integer_query_parameters": ["page"]}


def test_strip_prose_keeps_property_names_but_drops_prose_and_vendor_keys() -> None:
    out = d.strip_prose(_doc({"$ref": "#/components/schemas/Thing"}))
    thing = out["components"]["schemas"]["Thing"]
    assert thing == {"type": "object", "properties": {"description": {"type": "string"}}}
    assert "x-vendor" not in out and "description" not in out["info"]
    assert "x-codeSamples" not in out["paths"]["/v1/things"]["get"]


def test_parameters_merge_by_name_and_location() -> None:
    base = [{"name": "page", "in": "query", "required": True}, {"name": "q", "in": "query"}]
    patch = [
        {"name": "page", "in": "query", "required": False},
        {"name": "q", "in": "query", "$delete": True},
        {"name": "limit", "in": "query"},
    ]
    assert d.merge_parameters(base, patch) == [
        {"name": "page", "in": "query", "required": False},
        {"name": "limit", "in": "query"},
    ]


def test_merge_patch_null_deletes() -> None:
    assert d.merge({"a": 1, "b": {"c": 2, "d": 3}}, {"a": None, "b": {"d": None, "e": 4}}) == {"b": {"c": 2, "e": 4}}


def test_normalise_wraps_envelope_types_paging_and_errors() -> None:
    spec = d.derive(_doc({"$ref": "#/components/schemas/Thing"}), {"rules": RULES})
    op = spec["paths"]["/v1/things"]["get"]
    assert op["operationId"] == "listThings"
    assert op["security"] == [{"api-key": []}]
    assert op["parameters"][0]["schema"]["type"] == "integer"
    ok = op["responses"]["200"]
    assert ok["description"] == "OK"
    assert ok["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ThingEnvelope"}
    assert spec["components"]["schemas"]["ThingEnvelope"]["properties"]["data"] == {
        "$ref": "#/components/schemas/Thing"
    }
    assert op["responses"]["429"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorDto"}


def test_an_existing_envelope_is_not_wrapped_twice() -> None:
    page = {"type": "object", "properties": {"page": {"type": "integer"}, "data": {"type": "array"}}}
    spec = d.derive(_doc(page), {"rules": RULES})
    assert spec["paths"]["/v1/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == page


def test_optional_properties_leave_required_and_become_nullable() -> None:
    doc = _doc({"$ref": "#/components/schemas/Thing"})
    doc["components"]["schemas"]["Thing"]["required"] = ["description"]
    spec = d.derive(doc, {"rules": {**RULES, "optional_properties": {"Thing": ["description"]}}})
    thing = spec["components"]["schemas"]["Thing"]
    assert "required" not in thing
    assert thing["properties"]["description"] == {"type": "string", "nullable": True}


def test_optional_properties_naming_a_missing_property_is_an_error() -> None:
    doc = _doc({"$ref": "#/components/schemas/Thing"})
    with pytest.raises(ValueError, match="Thing has no \\['gone'\\]"):
        d.derive(doc, {"rules": {**RULES, "optional_properties": {"Thing": ["gone"]}}})


def test_a_reference_to_a_schema_nobody_defines_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _doc({"$ref": "#/components/schemas/Renamed"})
    with pytest.raises(d.DerivationError, match=r"Renamed \(at /paths//v1/things/get/responses/200/"):
        d.derive(doc, {"rules": RULES})

    source, overlay, out = tmp_path / "up.json", tmp_path / "overlay.yaml", tmp_path / "novu.yaml"
    source.write_text(json.dumps(doc), encoding="utf-8")
    overlay.write_text(yaml.safe_dump({"rules": RULES}), encoding="utf-8")
    assert d.main([str(source), "--overlay", str(overlay), "--out", str(out)]) == 2
    assert "Renamed" in capsys.readouterr().err
    assert not out.exists()


def test_drift_report_names_added_removed_and_changed() -> None:
    old = d.derive(_doc({"type": "string"}), {"rules": RULES})
    new = d.derive(_doc({"type": "integer"}), {"rules": RULES})
    new["paths"]["/v1/other"] = {"post": {"responses": {}}}
    report = d.drift_report(old, new)
    assert "added `POST /v1/other`" in report
    assert "changed `GET /v1/things`" in report
    assert d.dump(new) == d.dump(new)
