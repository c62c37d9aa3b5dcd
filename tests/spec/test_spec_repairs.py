"""The repairs of scripts/spec_repairs.py on synthetic documents: each finds its defect wherever it is,
fixes only that, and says what it did."""

from __future__ import annotations

import copy
import re
from typing import Any

import yaml

from scripts import spec_repairs, upstream_facts
from tests.legacy_surface import ROOT

SPEC = ROOT / "openapi" / "novu.yaml"

LITERAL = "/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/"


def _doc(schemas: dict[str, Any], body: Any = None) -> dict[str, Any]:
    op: dict[str, Any] = {"responses": {"200": {"description": "OK"}}}
    if body is not None:
        op["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return {"openapi": "3.0.0", "paths": {"/v1/things": {"post": op}}, "components": {"schemas": schemas}}


def test_a_regular_expression_literal_loses_its_delimiters() -> None:
    doc = _doc(
        {"Step": {"type": "object", "properties": {"stepId": {"type": "string", "pattern": LITERAL}}}},
        body={"type": "object", "properties": {"key": {"type": "string", "pattern": "/^[A-Z]+$/"}}},
    )
    assert re.search(LITERAL, "welcome-email") is None  # as written, nothing matches
    done = spec_repairs.regex_literal_patterns(doc)
    step = doc["components"]["schemas"]["Step"]["properties"]["stepId"]
    assert step["pattern"] == LITERAL[1:-1] and re.search(step["pattern"], "welcome-email")
    body = doc["paths"]["/v1/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["key"]["pattern"] == "^[A-Z]+$"
    assert len(done) == 2 and done[0].startswith("`Step.stepId`: pattern") and "POST /v1/things body" in done[1]


def test_patterns_that_may_mean_slashes_or_need_flags_stay() -> None:
    kept = {
        "path": {"type": "string", "pattern": "/v1/[a-z]+/"},  # not anchored: slashes may be meant
        "flagged": {"type": "string", "pattern": "/^[a-z]+$/i"},  # JSON Schema has no flags
        "plain": {"type": "string", "pattern": "^[a-z]+$"},
        "slash": {"type": "string", "pattern": "/"},
    }
    doc = _doc({"Thing": {"type": "object", "properties": kept}})
    before = copy.deepcopy(doc)
    assert spec_repairs.regex_literal_patterns(doc) == []
    assert doc == before


def test_a_one_of_with_a_catch_all_object_branch_becomes_any_of() -> None:
    doc = _doc(
        {
            "EmailControl": {"type": "object", "required": ["subject"], "properties": {"subject": {"type": "string"}}},
            "Step": {
                "type": "object",
                "properties": {
                    "controlValues": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/EmailControl"},
                            {"type": "object", "additionalProperties": True},
                        ]
                    },
                    "result": {"oneOf": [{"type": "object"}, {"properties": {"type": {"enum": ["email"]}}}]},
                },
            },
        }
    )
    done = spec_repairs.overlapping_one_of(doc)
    props = doc["components"]["schemas"]["Step"]["properties"]
    assert "oneOf" not in props["controlValues"] and len(props["controlValues"]["anyOf"]) == 2
    assert "oneOf" not in props["result"] and len(props["result"]["anyOf"]) == 2
    assert done == [
        "`Step.controlValues`: oneOf branch 1 accepts every object, so an object valid for branch 0 matches two; "
        "made anyOf",
        "`Step.result`: oneOf branch 0 accepts every object, so an object valid for branch 1 matches two; made anyOf",
    ]


def test_a_one_of_whose_branches_cannot_both_hold_stays() -> None:
    value = {"oneOf": [{"type": "string"}, {"type": "number"}, {"type": "object", "additionalProperties": True}]}
    shaped = {
        "oneOf": [
            {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
            {"type": "object", "required": ["b"], "properties": {"b": {"type": "string"}}},
        ]
    }
    doc = _doc({"Thing": {"type": "object", "properties": {"value": value, "shaped": shaped}}})
    before = copy.deepcopy(doc)
    assert spec_repairs.overlapping_one_of(doc) == []
    assert doc == before


def test_the_committed_spec_has_none_of_these_defects() -> None:
    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=upstream_facts.FAST_LOADER)
    assert spec_repairs.regex_literal_patterns(spec) == []
    assert spec_repairs.overlapping_one_of(spec) == []
