"""The call builder of tests/contract/auto.py on synthetic schemas: every rule, offline.

A value comes from the spec's example where there is one, else from the schema by rule; the wire
values then become the generated client's arguments by their annotations.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

from tests.contract import auto


def _spec(schemas: dict[str, Any] | None = None, **components: Any) -> dict[str, Any]:
    return {"openapi": "3.0.0", "paths": {}, "components": {"schemas": schemas or {}, **components}}


def value(schema: Any, schemas: dict[str, Any] | None = None, **components: Any) -> Any:
    return auto.Builder(_spec(schemas, **components)).value(schema)


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


def test_an_example_wins_over_everything_the_schema_says() -> None:
    assert value({"type": "string", "enum": ["a", "b"], "example": "b"}) == "b"
    assert value({"type": "integer", "examples": [7, 8]}) == 7
    assert value({"type": "object", "required": ["x"], "example": {"y": 1}}) == {"y": 1}


def test_enum_first_then_default_then_the_type() -> None:
    assert value({"type": "string", "enum": ["workflow", "layout"], "default": "layout"}) == "workflow"
    assert value({"type": "boolean", "default": False}) is False
    assert value({"type": "boolean"}) is True
    assert value({"const": "fixed"}) == "fixed"


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("date-time", "2024-01-01T00:00:00Z"),
        ("date", "2024-01-01"),
        ("email", "user@example.com"),
        ("uri", "https://example.com/"),
        ("uuid", "00000000-0000-4000-8000-000000000000"),
        ("binary", auto.FILE_CONTENT),
    ],
)
def test_strings_by_format(fmt: str, expected: Any) -> None:
    assert value({"type": "string", "format": fmt}) == expected


def test_strings_fit_pattern_and_lengths_or_fail_naming_them() -> None:
    assert value({"type": "string"}) == "string"
    assert value({"type": "string", "pattern": "^[a-z]+[0-9]$"}) == "string1"
    assert value({"type": "string", "pattern": "^[A-Z]"}) == "String"
    assert value({"type": "string", "maxLength": 1}) == "a"
    assert value({"type": "string", "minLength": 10}) == "stringxxxx"
    with pytest.raises(auto.BuildError, match=re.escape("'^/x$'")):
        value({"type": "string", "pattern": "^/x$"})


def test_numbers_take_the_least_value_the_bounds_allow() -> None:
    assert value({"type": "integer"}) == 0
    assert value({"type": "integer", "minimum": 1}) == 1
    assert value({"type": "integer", "minimum": 1, "exclusiveMinimum": True}) == 2
    assert value({"type": "number", "maximum": -5}) == -5
    assert value({"type": "integer", "minimum": 0.5}) == 1


def test_objects_get_only_their_required_properties() -> None:
    schema = {
        "type": "object",
        "required": ["name", "id", "extra"],
        "properties": {
            "name": {"type": "string"},
            "id": {"type": "string", "readOnly": True},
            "optional": {"type": "string"},
        },
        "additionalProperties": {"type": "integer"},
    }
    assert value(schema) == {"name": "string", "extra": 0}  # read-only left out; `extra` from additionalProperties


def test_additional_properties_only_when_min_properties_asks() -> None:
    assert value({"type": "object", "additionalProperties": True}) == {}
    assert value({"additionalProperties": {"type": "boolean"}, "minProperties": 2}) == {"key0": True, "key1": True}


def test_arrays_get_min_items_and_a_file_array_one_file() -> None:
    assert value({"type": "array", "items": {"type": "string"}}) == []
    assert value({"type": "array", "minItems": 2, "items": {"type": "integer"}}) == [0, 0]
    assert value({"type": "array", "items": {"type": "string", "format": "binary"}}) == [auto.FILE_CONTENT]


def test_references_resolve_and_a_required_cycle_fails() -> None:
    schemas = {
        "Kind": {"type": "string", "enum": ["gauge", "dial"]},
        "Widget": {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"$ref": "#/components/schemas/Kind"}},
        },
        "Loop": {"type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/components/schemas/Loop"}}},
        "Tree": {"type": "object", "properties": {"children": {"$ref": "#/components/schemas/Tree"}}},
    }
    assert value({"$ref": "#/components/schemas/Widget"}, schemas) == {"kind": "gauge"}
    assert value({"$ref": "#/components/schemas/Tree"}, schemas) == {}  # an optional cycle is never entered
    with pytest.raises(auto.BuildError, match="requires itself"):
        value({"$ref": "#/components/schemas/Loop"}, schemas)


def test_all_of_merges_its_branches() -> None:
    schemas = {"Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}
    schema = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"type": "object", "required": ["count"], "properties": {"count": {"type": "integer", "minimum": 3}}},
        ]
    }
    assert value(schema, schemas) == {"id": "string", "count": 3}
    assert value({"allOf": [{"$ref": "#/components/schemas/Base"}], "nullable": True}, schemas) == {"id": "string"}


def test_one_of_and_any_of_take_the_first_branch_that_can_be_built() -> None:
    impossible = {"type": "string", "pattern": "^/never$"}
    assert value({"oneOf": [impossible, {"type": "integer"}]}) == 0
    assert value({"anyOf": [{"type": "boolean"}, {"type": "string"}]}) is True
    with pytest.raises(auto.BuildError, match="no branch of oneOf"):
        value({"oneOf": [impossible]})


def test_a_discriminator_names_the_branch_taken() -> None:
    schemas = {
        "Email": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}},
        "Sms": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}},
    }
    schema = {
        "oneOf": [{"$ref": "#/components/schemas/Email"}, {"$ref": "#/components/schemas/Sms"}],
        "discriminator": {"propertyName": "type", "mapping": {"email": "#/components/schemas/Email"}},
    }
    assert value(schema, schemas) == {"type": "email"}


def test_nullable_schemas_still_get_a_value_of_their_type() -> None:
    assert value({"type": "string", "nullable": True}) == "string"
    assert value({"type": ["null", "integer"]}) == 0
    assert value({"type": "null"}) is None


def test_the_values_are_copies_of_the_spec() -> None:
    schema = {"type": "object", "example": {"tags": ["a"]}}
    built = value(schema)
    built["tags"].append("b")
    assert schema["example"] == {"tags": ["a"]}


# --------------------------------------------------------------------------------------------
# Calls
# --------------------------------------------------------------------------------------------


def _operation(op: dict[str, Any], method: str = "POST", template: str = "/v2/widgets/{widgetId}") -> auto.Operation:
    return auto.Operation("widgets.create_widget", method, template, op)


def test_a_call_has_path_and_required_query_parameters_and_a_required_body() -> None:
    spec = _spec(
        {"Widget": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}},
        parameters={"Limit": {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}},
    )
    op = {
        "parameters": [
            {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}},
            {"$ref": "#/components/parameters/Limit"},
            {"name": "page", "in": "query", "schema": {"type": "integer"}},
            {"name": "idempotency-key", "in": "header", "schema": {"type": "string"}},
            {"name": "mode", "in": "query", "required": True, "example": "fast", "schema": {"type": "string"}},
        ],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
        },
        "responses": {"201": {"description": "Created"}},
    }
    call = auto.build_call(_operation(op), spec)
    assert call == auto.Call(
        {"widgetId": "string"}, {"limit": 0, "mode": "fast"}, {"name": "string"}, "application/json"
    )


def test_the_body_comes_from_the_media_type_example_first() -> None:
    spec = _spec(examples={"Named": {"value": {"name": "from the components"}}})
    op = {
        "requestBody": {
            "required": True,
            "content": {
                "text/plain": {"schema": {"type": "string"}},
                "application/json": {
                    "schema": {"type": "object"},
                    "examples": {"first": {"$ref": "#/components/examples/Named"}},
                },
            },
        }
    }
    assert auto.build_call(_operation(op), spec).body == {"name": "from the components"}


def test_multipart_bodies_are_taken_when_there_is_no_json_and_carry_a_file() -> None:
    schema = {
        "type": "object",
        "required": ["file", "resourceType"],
        "properties": {
            "file": {"type": "string", "format": "binary"},
            "resourceType": {"type": "string", "enum": ["workflow", "layout"]},
        },
    }
    op = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": schema}}}}
    call = auto.build_call(_operation(op), _spec())
    assert call.media_type == "multipart/form-data"
    assert call.body == {"file": auto.FILE_CONTENT, "resourceType": "workflow"}


def test_an_optional_body_is_not_sent_and_an_empty_success_has_no_content() -> None:
    op = {
        "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
        "responses": {"204": {"description": "No Content"}, "404": {"description": "Not Found"}},
    }
    operation = _operation(op, "DELETE")
    assert auto.build_call(operation, _spec()) == auto.Call({}, {}, None, None)
    assert operation.successes() == {204: {"description": "No Content"}}


def test_a_failure_names_the_operation_and_the_parameter() -> None:
    op = {"parameters": [{"name": "widgetId", "in": "path", "required": True, "schema": {"pattern": "^/$"}}]}
    with pytest.raises(auto.BuildError, match=re.escape("(widgets.create_widget): path parameter widgetId")):
        auto.build_call(_operation(op), _spec())


# --------------------------------------------------------------------------------------------
# Arguments of the generated client
# --------------------------------------------------------------------------------------------


def test_a_union_body_becomes_the_model_that_sends_the_value_back() -> None:
    from novu_client.models import CreatePhoneEndpointDto, CreateSlackChannelEndpointDto

    operation = next(op for op in auto.spec_operations(auto.spec()) if op.name.endswith(".create_channel_endpoint"))
    phone = {
        "subscriberId": "user-1",
        "integrationIdentifier": "twilio",
        "type": "phone",
        "endpoint": {"phoneNumber": "+1"},
    }
    kwargs = auto.arguments(operation, auto.Call({}, {}, phone, "application/json"))
    assert isinstance(kwargs["body"], CreatePhoneEndpointDto) and kwargs["body"].to_dict() == phone
    slack = auto.build_call(operation, auto.spec()).body
    assert isinstance(
        auto.arguments(operation, auto.Call({}, {}, slack, "application/json"))["body"], CreateSlackChannelEndpointDto
    )


def test_enums_dates_and_files_become_their_python_types() -> None:
    from novu_client.models import UploadTranslationFilesBody, UploadTranslationFilesBodyResourceType
    from novu_client.types import File, Unset

    kind = UploadTranslationFilesBodyResourceType
    assert auto.python_value("layout", kind | Unset) is kind.LAYOUT
    assert auto.python_value("2024-01-01T00:00:00Z", datetime.datetime | Unset) == datetime.datetime(
        2024, 1, 1, tzinfo=datetime.UTC
    )
    assert auto.python_value(None, str | None | Unset) is None
    with pytest.raises(auto.BuildError):
        auto.python_value("1", int)

    operation = next(op for op in auto.spec_operations(auto.spec()) if op.name.endswith(".upload_translation_files"))
    body = auto.arguments(operation, auto.build_call(operation, auto.spec()))["body"]
    assert isinstance(body, UploadTranslationFilesBody)
    (upload,) = body.files
    assert isinstance(upload, File) and upload.payload.getvalue() == auto.FILE_CONTENT
    assert (upload.file_name, upload.mime_type) == (auto.FILE_NAME, "application/json")


def test_path_parameters_map_to_the_generated_argument_names() -> None:
    operation = next(op for op in auto.spec_operations(auto.spec()) if op.name.endswith(".get_topic_subscription"))
    kwargs = auto.arguments(operation, auto.build_call(operation, auto.spec()))
    assert kwargs == {"topic_key": "string", "identifier": "string"}
    assert [t.__name__ for t in auto.success_types(operation)] == ["SubscriptionDetailsResponseDtoEnvelope"]
