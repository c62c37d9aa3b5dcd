"""Unit tests of the derivation steps (scripts/upstream_facts.py, scripts/derive_spec.py), on small
synthetic upstream documents written for them."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from scripts import derive_spec as d
from scripts import upstream_facts as uf

PROSE = "Upstream words that must never reach the project."


def _doc(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": "T", "description": PROSE, "version": "1"},
        "tags": [{"name": "Things", "description": PROSE}],
        "x-vendor": 1,
        "paths": {
            "/v1/things": {
                "get": {
                    "operationId": "ThingsController_listThings",
                    "summary": PROSE,
                    "tags": ["Things"],
                    "parameters": [
                        {"name": "page", "in": "query", "description": PROSE, "schema": {"type": "number"}},
                        {"name": "q", "in": "query", "schema": {"type": "string", "example": "abc"}},
                    ],
                    "responses": {
                        "200": {"description": "OK!", "content": {"application/json": {"schema": schema}}},
                        "429": {"description": PROSE, "content": {"application/json": {"schema": {"type": "string"}}}},
                    },
                    "x-codeSamples": [{"source": PROSE}],
                }
            }
        },
        "components": {
            "securitySchemes": {"api-key": {"type": "apiKey", "in": "header", "name": "Authorization"}},
            "schemas": {
                "Thing": {
                    "type": "object",
                    "title": "Thing",
                    "description": PROSE,
                    "properties": {"description": {"type": "string", "description": PROSE, "format": "date-time"}},
                }
            },
        },
    }


RULES = {"security_scheme": "api-key", "error_schema": "ErrorDto", "integer_query_parameters": ["page"]}
OVERLAY: dict[str, Any] = {"rules": RULES, "merge": {"components": {"schemas": {"ErrorDto": {"type": "object"}}}}}


def facts_of(*docs: dict[str, Any]) -> Any:
    facts = None
    for index, doc in enumerate(docs):
        name = f"doc-2024-01-0{index + 1}.json"
        facts = uf.merge_document(
            facts, doc, name=name, sha256=f"{index:064d}", date=uf.document_date(name, None), source=name
        )
    return facts


def derive(*docs: dict[str, Any], overlay: dict[str, Any] | None = None) -> Any:
    return d.derive(facts_of(*docs), overlay or OVERLAY)


def test_facts_keep_structure_and_property_names_but_no_prose() -> None:
    facts = facts_of(_doc({"$ref": "#/components/schemas/Thing"}))
    assert PROSE not in uf.dump(facts)
    assert facts["components"]["schemas/Thing"]["facts"] == {
        "type": "object",
        "properties": {"description": {"type": "string", "format": "date-time"}},
    }
    op = facts["operations"]["GET /v1/things"]
    assert (op["name"], op["tag"]) == ("listThings", "Things")
    assert "x-codeSamples" not in op["facts"] and "summary" not in op["facts"]
    assert op["facts"]["parameters"][1] == {"name": "q", "in": "query", "schema": {"type": "string"}}
    assert set(facts["document"]) == {"openapi"}


def test_path_level_parameters_are_folded_into_each_operation() -> None:
    doc = _doc({"type": "string"})
    doc["paths"]["/v1/things"]["parameters"] = [{"name": "tenant", "in": "header", "schema": {"type": "string"}}]
    op = facts_of(doc)["operations"]["GET /v1/things"]["facts"]
    assert [p["name"] for p in op["parameters"]] == ["tenant", "page", "q"]


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
    spec = derive(_doc({"$ref": "#/components/schemas/Thing"}))
    op = spec["paths"]["/v1/things"]["get"]
    assert op["operationId"] == "listThings"
    assert op["security"] == [{"api-key": []}] == spec["security"]
    assert op["parameters"][0]["schema"]["type"] == "integer"
    ok = op["responses"]["200"]
    assert ok["description"] == "OK"
    assert ok["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ThingEnvelope"}
    assert spec["components"]["schemas"]["ThingEnvelope"]["properties"]["data"] == {
        "$ref": "#/components/schemas/Thing"
    }
    assert op["responses"]["429"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorDto"}


def test_an_existing_envelope_is_not_wrapped_twice_unless_data_is_a_field() -> None:
    page = {"type": "object", "properties": {"page": {"type": "integer"}, "data": {"type": "array", "items": {}}}}
    spec = derive(_doc(page))
    assert spec["paths"]["/v1/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == page

    doc = _doc({"$ref": "#/components/schemas/Thing"})
    doc["components"]["schemas"]["Thing"]["properties"]["data"] = {"type": "object"}
    overlay = {**OVERLAY, "rules": {**RULES, "data_is_a_field": ["Thing"]}}
    schema = derive(doc, overlay=overlay)["paths"]["/v1/things"]["get"]["responses"]["200"]["content"]
    assert schema["application/json"]["schema"] == {"$ref": "#/components/schemas/ThingEnvelope"}


def test_optional_properties_leave_required_and_become_nullable() -> None:
    doc = _doc({"$ref": "#/components/schemas/Thing"})
    doc["components"]["schemas"]["Thing"]["required"] = ["description"]
    spec = derive(doc, overlay={**OVERLAY, "rules": {**RULES, "optional_properties": {"Thing": ["description"]}}})
    thing = spec["components"]["schemas"]["Thing"]
    assert "required" not in thing
    assert thing["properties"]["description"] == {"type": "string", "format": "date-time", "nullable": True}


def test_optional_properties_naming_a_missing_property_is_an_error() -> None:
    with pytest.raises(ValueError, match="Thing has no \\['gone'\\]"):
        derive(_doc({}), overlay={**OVERLAY, "rules": {**RULES, "optional_properties": {"Thing": ["gone"]}}})


def test_a_dangling_reference_in_the_overlay_names_its_line() -> None:
    overlay_text = """\
rules: {security_scheme: api-key, error_schema: ErrorDto}
merge:
  components:
    schemas:
      ErrorDto: {type: object}
      Wrapper:
        properties:
          item: {$ref: "#/components/schemas/Vanished"}
"""
    with pytest.raises(d.DerivationError, match=r"Vanished \(referenced at openapi/overlay.yaml line 8\)"):
        d.derive(facts_of(_doc({})), yaml.safe_load(overlay_text), overlay_text)


def test_a_dangling_reference_upstream_is_named_by_location() -> None:
    with pytest.raises(d.DerivationError, match=r"Renamed \(referenced at spec /paths//v1/things/get/responses/200/"):
        derive(_doc({"$ref": "#/components/schemas/Renamed"}))


def test_remove_takes_out_a_retained_operation_and_a_stale_entry_names_its_line() -> None:
    old = _doc({"type": "string"})
    old["paths"]["/v1/gone"] = {"delete": {"operationId": "X_gone", "tags": ["Things"], "responses": {"204": {}}}}
    facts = facts_of(old, _doc({"type": "string"}))
    assert uf.retained(facts, "operations") == ["DELETE /v1/gone"]
    assert "/v1/gone" in d.derive(facts, OVERLAY)["paths"]
    removal = {**OVERLAY, "remove": {"operations": ["DELETE /v1/gone"]}}
    assert "/v1/gone" not in d.derive(facts, removal)["paths"]

    text = "remove:\n  operations:\n    - DELETE /v1/never\n"
    with pytest.raises(d.DerivationError, match="overlay line 3: remove 'DELETE /v1/never'"):
        d.derive(facts, {**OVERLAY, "remove": {"operations": ["DELETE /v1/never"]}}, text)


def test_names_are_stable_across_upstream_renames_and_new_versions_do_not_clash() -> None:
    renamed = _doc({"type": "string"})
    renamed["paths"]["/v1/things"]["get"]["operationId"] = "ThingsV1Controller_searchThings"
    renamed["paths"]["/v1/things"]["get"]["tags"] = ["Stuff"]
    renamed["paths"]["/v2/things"] = copy.deepcopy(_doc({})["paths"]["/v1/things"])
    facts = facts_of(_doc({"type": "string"}), renamed)
    assert (facts["operations"]["GET /v1/things"]["name"], facts["operations"]["GET /v1/things"]["tag"]) == (
        "listThings",
        "Things",
    )
    assert facts["operations"]["GET /v2/things"]["name"] == "listThingsV2"
    spec = d.derive(facts, OVERLAY)
    assert spec["paths"]["/v2/things"]["get"]["operationId"] == "listThingsV2"


def test_operations_with_the_same_generated_name_are_an_error() -> None:
    overlay = copy.deepcopy(OVERLAY)
    overlay["merge"]["paths"] = {
        "/v1/other": {"get": {"operationId": "listThings", "tags": ["Things"], "responses": {}}}
    }
    with pytest.raises(d.DerivationError, match=r"GET /v1/\w+ and GET /v1/\w+ are both raw `things\.list_things`"):
        derive(_doc({}), overlay=overlay)


def test_merging_the_newest_document_again_changes_nothing() -> None:
    facts = facts_of(_doc({"type": "string"}))
    again = uf.merge_document(facts, _doc({"type": "string"}), name="x", sha256="0" * 64, date="2024-01-01", source="x")
    assert uf.dump(again) == uf.dump(facts)
    assert d.dump(d.derive(again, OVERLAY)) == d.dump(d.derive(facts, OVERLAY))


def test_a_reused_schema_name_keeps_the_earlier_definition_for_retained_operations() -> None:
    old = _doc({"$ref": "#/components/schemas/Thing"})
    old["paths"]["/v1/kept"] = copy.deepcopy(old["paths"]["/v1/things"])
    old["paths"]["/v1/kept"]["get"]["operationId"] = "X_kept"
    new = _doc({"$ref": "#/components/schemas/Thing"})
    new["components"]["schemas"]["Thing"] = {"type": "object", "properties": {"page": {}, "items": {}}}
    facts = facts_of(old, new)
    kept = facts["components"]["schemas/Thing20240101"]
    assert kept["kept_from"] == "Thing" and "description" in kept["facts"]["properties"]
    schema = facts["operations"]["GET /v1/kept"]["facts"]["responses"]["200"]["content"]["application/json"]
    assert schema["schema"] == {"$ref": "#/components/schemas/Thing20240101"}
    documented = facts["operations"]["GET /v1/things"]["facts"]["responses"]["200"]["content"]["application/json"]
    assert documented["schema"] == {"$ref": "#/components/schemas/Thing"}


def test_a_missing_security_scheme_is_an_error() -> None:
    doc = _doc({})
    del doc["components"]["securitySchemes"]
    with pytest.raises(d.DerivationError, match="security_scheme"):
        derive(doc)


def test_not_an_openapi_document_is_refused(tmp_path: Any) -> None:
    path = tmp_path / "page.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match="not an OpenAPI 3 document"):
        uf.load_source(str(path))


def test_documents_of_the_same_name_get_unique_names_so_retention_still_works() -> None:
    old = _doc({"type": "string"})
    old["paths"]["/v1/gone"] = {"delete": {"operationId": "X_gone", "tags": ["Things"], "responses": {"204": {}}}}
    facts = None
    for index, doc in enumerate((old, _doc({"type": "string"}))):
        facts = uf.merge_document(
            facts, doc, name="openapi.json", sha256=f"{index:064d}", date="2026-01-01", source="u"
        )
    assert [doc["name"] for doc in facts["documents"]] == ["openapi.json", "openapi.json@2026-01-01"]
    assert uf.retained(facts, "operations") == ["DELETE /v1/gone"]


def test_merging_an_older_document_again_changes_nothing() -> None:
    """Re-merging every document in date order (as a clean clone may) is a no-op: an older document
    merged again must not pass for the newest one and turn what it lacks into retained facts."""
    first = _doc({"type": "string"})
    second = _doc({"$ref": "#/components/schemas/Thing"})
    second["paths"]["/v2/things"] = copy.deepcopy(second["paths"]["/v1/things"])
    facts = facts_of(first, second)
    again = uf.merge_document(
        facts, first, name="doc-2024-01-01.json", sha256=f"{0:064d}", date="2024-01-01", source="x"
    )
    assert uf.dump(again) == uf.dump(facts)
    assert uf.retained(again, "operations") == []


def test_the_variants_a_discriminator_names_are_marked_with_the_values_that_select_them() -> None:
    doc = _doc({"$ref": "#/components/schemas/Pet"})
    variant = {"type": "object", "properties": {"kind": {"type": "string"}, "sound": {"type": "string"}}}
    doc["components"]["schemas"] |= {
        "Cat": variant,
        "Dog": variant,
        "Pet": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}},
        },
        "Owner": {
            "type": "object",
            "properties": {
                "pet": {"anyOf": [{"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "sound"}}
            },
        },
    }
    schemas = derive(doc)["components"]["schemas"]
    assert schemas["Cat"][d.DISCRIMINATOR] == {"kind": ["cat"]}
    # Without a mapping entry, a variant is selected by its schema name; one variant of two unions has both.
    assert schemas["Dog"][d.DISCRIMINATOR] == {"kind": ["Dog"], "sound": ["Dog"]}
    assert d.DISCRIMINATOR not in schemas["Pet"] and d.DISCRIMINATOR not in schemas["Thing"]


def test_a_shared_response_is_copied_into_each_operation_and_keeps_a_description() -> None:
    doc = _doc({})
    doc["paths"]["/v1/things"]["get"]["responses"] = {"200": {"$ref": "#/components/responses/Things"}}
    doc["components"]["responses"] = {
        "Things": {"description": PROSE, "content": {"application/json": {"schema": {"type": "string"}}}}
    }
    spec = derive(doc)
    assert spec["paths"]["/v1/things"]["get"]["responses"]["200"] == {
        "description": "OK",
        "content": {
            "application/json": {
                "schema": {"type": "object", "required": ["data"], "properties": {"data": {"type": "string"}}}
            }
        },
    }
    assert spec["components"]["responses"]["Things"]["description"] == "Things"
    doc["paths"]["/v1/things"]["get"]["responses"] = {"200": {"$ref": "#/components/responses/Gone"}}
    with pytest.raises(d.DerivationError, match="GET /v1/things 200: no shared response"):
        derive(doc)
