"""Every construct Novu's documents use, each in a small synthetic upstream document taken through the
whole pipeline (tests/spec/synthetic.py): the generated client imports, type-checks with mypy --strict,
and does what the construct means on the wire."""

from __future__ import annotations

import enum
import inspect
import io
from typing import Any

import httpx
import pytest

from tests.spec.synthetic import Generated, client_fixture, document, json_response, operation, ref, transport

KIND = {"type": "string", "enum": ["gauge", "dial"]}

# Enum defaults: in a query parameter (inline and by reference) and in a body property.
enum_defaults = client_fixture(
    document(
        {
            "/v1/things": {
                "get": operation(
                    "listThings",
                    parameters=[
                        {
                            "name": "criticality",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["critical", "nonCritical", "all"], "default": "all"},
                        },
                        {"name": "kind", "in": "query", "schema": {"allOf": [ref("Kind")], "default": "dial"}},
                    ],
                    responses=json_response({"type": "array", "items": ref("Thing")}),
                ),
                "post": operation(
                    "createThing",
                    requestBody={"required": True, "content": {"application/json": {"schema": ref("CreateThing")}}},
                    responses=json_response(ref("Thing"), "201"),
                ),
            }
        },
        {
            "Kind": KIND,
            "Thing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "CreateThing": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"allOf": [ref("Kind")], "default": "gauge"},
                    "level": {"type": "string", "enum": ["low", "high"], "default": "high"},
                },
            },
        },
    )
)


def test_an_enum_default_of_a_parameter_is_a_member_imported_with_the_module(enum_defaults: Generated) -> None:
    module = enum_defaults.module("GET /v1/things")
    parameters = inspect.signature(module.sync).parameters
    criticality, kind = parameters["criticality"].default, parameters["kind"].default
    assert isinstance(criticality, enum.Enum) and criticality.value == "all"
    assert isinstance(kind, enum.Enum) and kind is enum_defaults.model("Kind").DIAL
    assert vars(module)[type(criticality).__name__] is type(criticality)
    assert module._get_kwargs()["params"] == {"criticality": "all", "kind": "dial"}
    assert module._get_kwargs(criticality=type(criticality)("critical"))["params"]["criticality"] == "critical"


def test_an_enum_default_of_a_body_property_is_sent(enum_defaults: Generated) -> None:
    create_thing, kind = enum_defaults.model("CreateThing"), enum_defaults.model("Kind")
    body = create_thing(name="n")
    assert body.kind is kind.GAUGE and body.level.value == "high"
    assert body.to_dict() == {"name": "n", "kind": "gauge", "level": "high"}
    assert create_thing.from_dict(body.to_dict()) == body
    sent = enum_defaults.module("POST /v1/things")._get_kwargs(body=create_thing(name="n", kind=kind.DIAL))
    assert sent["json"] == {"name": "n", "kind": "dial", "level": "high"}


# Unions: a discriminated oneOf whose variants share every property name (as Novu's step DTOs do, so
# that only the discriminator tells them apart), an anyOf of scalars and an array, a oneOf of a model
# and a free-form object.
STEP = {"type": "string", "enum": ["email", "sms", "chat"]}
unions = client_fixture(
    document(
        {
            "/v1/workflows": {
                "get": operation("getWorkflow", responses=json_response(ref("Workflow"))),
                "post": operation(
                    "createWorkflow",
                    requestBody={"required": True, "content": {"application/json": {"schema": ref("Workflow")}}},
                    responses=json_response(ref("Workflow"), "201"),
                ),
            },
            "/v1/steps": {
                "post": operation(
                    "createStep",
                    parameters=[
                        {
                            "name": "types",
                            "in": "query",
                            "schema": {"anyOf": [ref("StepType"), {"type": "array", "items": ref("StepType")}]},
                        }
                    ],
                    requestBody={
                        "required": True,
                        "content": {"application/json": {"schema": {"oneOf": [ref("EmailStep"), ref("SmsStep")]}}},
                    },
                )
            },
        },
        {
            "StepType": STEP,
            **{
                name: {
                    "type": "object",
                    "required": ["type", "name"],
                    "properties": {"type": ref("StepType"), "name": {"type": "string"}, "controls": ref(controls)},
                }
                for name, controls in (("EmailStep", "EmailControls"), ("SmsStep", "SmsControls"))
            },
            "EmailControls": {"type": "object", "properties": {"subject": {"type": "string"}}},
            "SmsControls": {"type": "object", "properties": {"body": {"type": "string"}}},
            "Workflow": {
                "type": "object",
                "required": ["steps"],
                "properties": {
                    "steps": {
                        "type": "array",
                        "items": {
                            "oneOf": [ref("EmailStep"), ref("SmsStep")],
                            "discriminator": {
                                "propertyName": "type",
                                "mapping": {
                                    "email": "#/components/schemas/EmailStep",
                                    "sms": "#/components/schemas/SmsStep",
                                },
                            },
                        },
                    },
                    "message": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
                    "value": {"anyOf": [{"type": "integer"}, {"type": "boolean"}, {"type": "string"}]},
                    "controls": {"oneOf": [ref("EmailControls"), {"type": "object", "additionalProperties": True}]},
                },
            },
        },
    )
)


def test_a_discriminator_picks_the_variant_its_mapping_names(unions: Generated) -> None:
    workflow = unions.model("Workflow")
    wire = {
        "steps": [
            {"type": "sms", "name": "s", "controls": {"body": "hi"}},
            {"type": "email", "name": "e", "controls": {"subject": "hello"}},
        ]
    }
    parsed = workflow.from_dict(wire)
    assert [type(step).__name__ for step in parsed.steps] == ["SmsStep", "EmailStep"]
    assert type(parsed.steps[0].controls).__name__ == "SmsControls"
    assert parsed.to_dict() == wire
    assert workflow.from_dict(parsed.to_dict()) == parsed


def test_a_discriminator_value_the_mapping_lacks_still_parses(unions: Generated) -> None:
    """A step type Novu adds later is read as the first variant that fits, as before."""
    parsed = unions.model("Workflow").from_dict({"steps": [{"type": "chat", "name": "c"}]})
    assert parsed.steps[0].type_.value == "chat"


@pytest.mark.parametrize(
    ("message", "value"), [("one", 1), (["a", "b"], True), ("x", "text")], ids=["str-int", "list-bool", "str-str"]
)
def test_any_of_scalars_and_arrays_round_trip(unions: Generated, message: Any, value: Any) -> None:
    workflow = unions.model("Workflow")
    wire = {"steps": [], "message": message, "value": value}
    parsed = workflow.from_dict(wire)
    assert (parsed.message, parsed.value) == (message, value)
    assert type(parsed.value) is type(value)
    assert parsed.to_dict() == wire
    sent = unions.module("POST /v1/workflows")._get_kwargs(body=parsed)
    assert sent["json"] == wire


def test_a_union_body_and_a_union_parameter_are_sent(unions: Generated) -> None:
    module = unions.module("POST /v1/steps")
    sms, step_type = unions.model("SmsStep"), unions.model("StepType")
    kwargs = module._get_kwargs(body=sms(type_=step_type.SMS, name="s"), types=[step_type.SMS, step_type.EMAIL])
    assert kwargs["json"] == {"type": "sms", "name": "s"}
    assert kwargs["params"] == {"types": ["sms", "email"]}
    assert module._get_kwargs(body=sms(type_=step_type.SMS, name="s"), types=step_type.CHAT)["params"] == {
        "types": "chat"
    }


def test_one_of_a_model_and_a_free_form_object(unions: Generated) -> None:
    workflow = unions.model("Workflow")
    parsed = workflow.from_dict({"steps": [], "controls": {"subject": "s"}})
    assert type(parsed.controls).__name__ == "EmailControls" and parsed.controls.subject == "s"
    assert workflow.from_dict(parsed.to_dict()) == parsed


# Nullable values: scalars, a reference (allOf + nullable), the OpenAPI 3.1 type list, an enum.
nullable = client_fixture(
    document(
        {"/v1/things": {"get": operation("getThing", responses=json_response(ref("Thing")))}},
        {
            "Owner": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            "Kind": {**KIND, "nullable": True},
            "Thing": {
                "type": "object",
                "required": ["name", "count", "owner", "label", "channel", "kind"],
                "properties": {
                    "name": {"type": "string", "nullable": True},
                    "count": {"type": "integer", "nullable": True},
                    "owner": {"allOf": [ref("Owner")], "nullable": True},
                    "label": {"type": ["string", "null"]},
                    "channel": {"type": "string", "enum": ["email", "sms"], "nullable": True},
                    "kind": ref("Kind"),
                    "deletedAt": {"type": "string", "format": "date-time", "nullable": True},
                },
            },
        },
    )
)


def test_nullable_values_accept_null_and_send_it_back(nullable: Generated) -> None:
    thing = nullable.model("Thing")
    nulls = {"name": None, "count": None, "owner": None, "label": None, "channel": None, "kind": None}
    parsed = thing.from_dict({**nulls, "deletedAt": None})
    assert all(getattr(parsed, name) is None for name in ("name", "count", "owner", "label", "channel", "kind"))
    assert parsed.deleted_at is None
    assert parsed.to_dict() == {**nulls, "deletedAt": None}
    assert thing.from_dict(parsed.to_dict()) == parsed


def test_nullable_values_keep_their_types_when_set(nullable: Generated) -> None:
    thing, owner = nullable.model("Thing"), nullable.model("Owner")
    wire = {
        "name": "n",
        "count": 2,
        "owner": {"id": "o"},
        "label": "l",
        "channel": "sms",
        "kind": "dial",
        "deletedAt": "2026-01-02T03:04:05+00:00",
    }
    parsed = thing.from_dict(wire)
    assert isinstance(parsed.owner, owner) and parsed.owner.id == "o"
    assert parsed.channel.value == "sms" and parsed.kind is nullable.model("Kind").DIAL
    assert parsed.deleted_at.year == 2026
    assert parsed.to_dict() == wire
    signature = inspect.signature(thing)
    assert "None" in str(signature.parameters["owner"].annotation)
    assert "None" in str(signature.parameters["channel"].annotation)


# Arrays of enums: of a referenced enum, of an inline one, and as an exploded query parameter.
enum_arrays = client_fixture(
    document(
        {
            "/v1/things": {
                "get": operation(
                    "listThings",
                    parameters=[
                        {
                            "name": "channels",
                            "in": "query",
                            "style": "form",
                            "explode": True,
                            "schema": {"type": "array", "items": {"type": "string", "enum": ["email", "sms"]}},
                        },
                        {"name": "kinds", "in": "query", "schema": {"type": "array", "items": ref("Kind")}},
                    ],
                    responses=json_response(ref("Thing")),
                )
            }
        },
        {
            "Kind": KIND,
            "Thing": {
                "type": "object",
                "required": ["kinds"],
                "properties": {
                    "kinds": {"type": "array", "items": ref("Kind")},
                    "levels": {"type": "array", "items": {"type": "string", "enum": ["low", "high"]}},
                },
            },
        },
    )
)


def test_an_array_of_enums_as_an_exploded_query_parameter(enum_arrays: Generated) -> None:
    module = enum_arrays.module("GET /v1/things")
    channel = inspect.signature(module.sync).parameters["channels"].annotation
    assert "list[" in str(channel)
    channels = enum_arrays.model_ending("ChannelsItem")
    kind = enum_arrays.model("Kind")
    kwargs = module._get_kwargs(channels=[channels("email"), channels("sms")], kinds=[kind.DIAL])
    assert kwargs["params"] == {"channels": ["email", "sms"], "kinds": ["dial"]}
    request = httpx.Client(base_url="https://api.novu.test").build_request(
        kwargs["method"], kwargs["url"], **_only(kwargs)
    )
    assert request.url.query == b"channels=email&channels=sms&kinds=dial"


def test_arrays_of_enums_in_a_model_round_trip(enum_arrays: Generated) -> None:
    thing, kind = enum_arrays.model("Thing"), enum_arrays.model("Kind")
    parsed = thing.from_dict({"kinds": ["gauge", "dial"], "levels": ["high"]})
    assert parsed.kinds == [kind.GAUGE, kind.DIAL] and [level.value for level in parsed.levels] == ["high"]
    assert parsed.to_dict() == {"kinds": ["gauge", "dial"], "levels": ["high"]}
    assert thing.from_dict(parsed.to_dict()) == parsed


# Free-form objects: no properties, additionalProperties true, of a type, of a reference; at the top
# level of a response and of a request body.
free_form = client_fixture(
    document(
        {
            "/v1/things": {
                "get": operation(
                    "getStats", responses=json_response({"type": "object", "additionalProperties": {"type": "integer"}})
                ),
                "put": operation(
                    "putSettings",
                    requestBody={"content": {"application/json": {"schema": {"type": "object"}}}},
                    responses=json_response({"type": "object", "additionalProperties": True}),
                ),
                "post": operation(
                    "createThing",
                    requestBody={"content": {"application/json": {"schema": ref("Thing")}}},
                    responses=json_response(ref("Thing"), "201"),
                ),
            }
        },
        {
            "Owner": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            "Thing": {
                "type": "object",
                "properties": {
                    "data": {"type": "object"},
                    "payload": {"type": "object", "additionalProperties": True},
                    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                    "owners": {"type": "object", "additionalProperties": ref("Owner")},
                },
            },
        },
    )
)

FREE_FORM_WIRE = {
    "data": {"nested": {"deep": [1, None]}},
    "payload": {"a": 1, "b": ["x"]},
    "labels": {"env": "prod"},
    "owners": {"main": {"id": "o"}},
    "extra": True,
}


def test_free_form_objects_keep_every_key(free_form: Generated) -> None:
    thing = free_form.model("Thing")
    parsed = thing.from_dict(FREE_FORM_WIRE)
    assert parsed.data.to_dict() == FREE_FORM_WIRE["data"] and parsed.payload["b"] == ["x"]
    assert parsed.labels["env"] == "prod"
    assert isinstance(parsed.owners["main"], free_form.model("Owner"))
    assert parsed["extra"] is True
    assert parsed.to_dict() == FREE_FORM_WIRE
    assert thing.from_dict(parsed.to_dict()) == parsed
    assert free_form.module("POST /v1/things")._get_kwargs(body=parsed)["json"] == FREE_FORM_WIRE


def test_free_form_responses_and_bodies(free_form: Generated) -> None:
    from_server = free_form.module("GET /v1/things").sync(
        client=_client(free_form, transport(200, {"data": {"sent": 3, "read": 1}}))
    )
    assert from_server.to_dict() == {"data": {"sent": 3, "read": 1}}
    settings = free_form.module("PUT /v1/things")
    body = free_form.body_model("PUT /v1/things").from_dict({"anything": [1, {"goes": True}]})
    assert settings._get_kwargs(body=body)["json"] == {"anything": [1, {"goes": True}]}
    answer = settings.sync(client=_client(free_form, transport(200, {"data": {"k": "v"}})), body=body)
    assert answer.to_dict() == {"data": {"k": "v"}}


# Files: multipart/form-data with a file, an array of files and form fields (Novu's translation
# uploads); an application/octet-stream body; a binary response.
files = client_fixture(
    document(
        {
            "/v1/things/upload": {
                "post": operation(
                    "uploadThings",
                    requestBody={
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["file", "files", "resourceType"],
                                    "properties": {
                                        "file": {"type": "string", "format": "binary"},
                                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                                        "resourceType": {"type": "string", "enum": ["workflow", "layout"]},
                                        "note": {"type": "string"},
                                    },
                                }
                            }
                        },
                    },
                    responses=json_response({"type": "object", "properties": {"count": {"type": "integer"}}}),
                )
            },
            "/v1/things/{thingId}/content": {
                "put": operation(
                    "putThingContent",
                    parameters=[{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
                    requestBody={
                        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
                    },
                ),
                "get": operation(
                    "getThingContent",
                    parameters=[{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
                    responses={
                        "200": {
                            "description": "Prose.",
                            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                        }
                    },
                ),
            },
        }
    )
)


def test_a_multipart_body_sends_files_and_fields(files: Generated) -> None:
    module = files.module("POST /v1/things/upload")
    file_type = files.import_("types").File
    body = files.body_model("POST /v1/things/upload")(
        file=file_type(payload=io.BytesIO(b"{}"), file_name="master.json", mime_type="application/json"),
        files=[file_type(payload=io.BytesIO(b"A"), file_name="en.json"), file_type(payload=io.BytesIO(b"B"))],
        resource_type=files.model_ending("ResourceType")("layout"),
        note="n",
    )
    kwargs = module._get_kwargs(body=body)
    names = [name for name, _ in kwargs["files"]]
    assert names == ["file", "files", "files", "resourceType", "note"]
    request = httpx.Client(base_url="https://api.novu.test").build_request(
        kwargs["method"], kwargs["url"], **_only(kwargs)
    )
    content = request.read()
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1].encode()
    assert content.count(b"--" + boundary + b"\r\n") == 5
    assert b'name="file"; filename="master.json"\r\nContent-Type: application/json\r\n\r\n{}' in content
    assert b'name="files"; filename="en.json"' in content and b"\r\n\r\nB\r\n" in content
    assert b'name="resourceType"\r\nContent-Type: text/plain\r\n\r\nlayout' in content


def test_an_octet_stream_body_and_a_binary_response(files: Generated) -> None:
    file_type = files.import_("types").File
    put = files.module("PUT /v1/things/{thingId}/content")
    kwargs = put._get_kwargs(thing_id="t 1", body=file_type(payload=io.BytesIO(b"\x00\x01")))
    assert kwargs["url"] == "/v1/things/t%201/content"
    assert kwargs["headers"]["Content-Type"] == "application/octet-stream"
    request = httpx.Client(base_url="https://api.novu.test").build_request(
        kwargs["method"], kwargs["url"], **_only(kwargs)
    )
    assert request.read() == b"\x00\x01"
    got = files.module("GET /v1/things/{thingId}/content").sync(
        client=_client(files, transport(200, content=b"\xff\xfe")), thing_id="t"
    )
    assert isinstance(got, file_type) and got.payload.read() == b"\xff\xfe"


# Empty successes: 204 without content, 200 without content, 201 with an empty schema.
empty = client_fixture(
    document(
        {
            "/v1/things/{thingId}": {
                "delete": operation(
                    "deleteThing",
                    parameters=[{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
                    responses={"204": {"description": "Prose."}, "404": {"description": "Prose."}},
                ),
                "patch": operation(
                    "touchThing",
                    parameters=[{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
                    responses={"200": {"description": "Prose."}},
                ),
                "post": operation(
                    "archiveThing",
                    parameters=[{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
                    responses={"201": {"description": "Prose.", "content": {"application/json": {"schema": {}}}}},
                ),
            }
        }
    )
)


@pytest.mark.parametrize(("key", "status"), [("DELETE", 204), ("PATCH", 200)])
def test_an_empty_success_returns_none(empty: Generated, key: str, status: int) -> None:
    module = empty.module(f"{key} /v1/things/{{thingId}}")
    assert inspect.signature(module.sync).return_annotation in (None, "None")
    assert module.sync(client=_client(empty, transport(status)), thing_id="t") is None
    detailed = module.sync_detailed(client=_client(empty, transport(status)), thing_id="t")
    assert detailed.status_code == status and detailed.parsed is None
    with pytest.raises(empty.import_("errors").NotFoundError):
        module.sync(client=_client(empty, transport(404, {"message": "gone"})), thing_id="t")


def test_a_success_with_an_empty_schema_returns_what_came(empty: Generated) -> None:
    module = empty.module("POST /v1/things/{thingId}")
    got = module.sync(client=_client(empty, transport(201, {"data": {"archived": True}})), thing_id="t")
    assert got.to_dict() == {"data": {"archived": True}}


# Shared components: a parameter, a request body and responses that operations refer to.
SHARED = document(
    {
        "/v1/things": {
            "post": operation(
                "createThing",
                parameters=[{"$ref": "#/components/parameters/Dry"}],
                requestBody={"$ref": "#/components/requestBodies/ThingBody"},
                responses={"201": {"$ref": "#/components/responses/ThingCreated"}},
            )
        }
    },
    {"Thing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}},
)
SHARED["components"] |= {
    "parameters": {"Dry": {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}},
    "requestBodies": {"ThingBody": {"required": True, "content": {"application/json": {"schema": ref("Thing")}}}},
    "responses": {"ThingCreated": {"description": "Prose.", "content": {"application/json": {"schema": ref("Thing")}}}},
}
shared = client_fixture(SHARED)


def test_shared_parameters_bodies_and_responses(shared: Generated) -> None:
    module, thing = shared.module("POST /v1/things"), shared.model("Thing")
    kwargs = module._get_kwargs(body=thing(name="n"), dry_run=True)
    assert (kwargs["json"], kwargs["params"]) == ({"name": "n"}, {"dryRun": True})
    got = module.sync(client=_client(shared, transport(201, {"data": {"name": "n"}})), body=thing(name="n"))
    assert got.data == thing(name="n")


CONSTRUCTS = ["enum_defaults", "unions", "nullable", "enum_arrays", "free_form", "files", "empty", "shared"]


@pytest.mark.parametrize("construct", CONSTRUCTS)
def test_the_client_imports_and_type_checks(construct: str, request: pytest.FixtureRequest) -> None:
    client: Generated = request.getfixturevalue(construct)
    modules = client.import_all()
    assert any(name.startswith("api.") for name in modules) and "models" in modules
    client.check_types()


def _client(generated: Generated, httpx_args: dict[str, Any]) -> Any:
    return generated.import_("client").AuthenticatedClient(
        base_url="https://api.novu.test", token="k", httpx_args=httpx_args
    )


def _only(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in kwargs.items() if k not in ("method", "url")}
