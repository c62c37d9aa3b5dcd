"""Each repair rule of scripts/spec_repairs.py on a small synthetic upstream document with its defect:
without the rule the generator refuses the document (or reads it wrongly without a word), with it the
client generates, imports and type-checks, and the drift report lists the repair."""

from __future__ import annotations

import copy
import inspect
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from scripts import drift_report, upstream_facts
from scripts import spec_repairs as sr
from scripts.generate_client import GenerationError
from tests.legacy_surface import ROOT
from tests.spec.synthetic import Generated, Rule, document, generate, json_response, operation, ref

Build = Callable[..., Generated]


@pytest.fixture
def build(tmp_path: Path) -> Iterator[Build]:
    """generate() into a directory of its own per call; every package unloaded afterwards."""
    made: list[Generated] = []

    def build_(doc: Any, *, without: tuple[Rule, ...] = ()) -> Generated:
        client = generate(doc, tmp_path / str(len(made)), without=without)
        made.append(client)
        return client

    yield build_
    for client in made:
        client.unload()


def with_thing(properties: dict[str, Any], *, required: list[str] | None = None, params: Any = None) -> Any:
    """A document whose one operation answers with `Thing` (these `properties`), optionally with `params`."""
    thing: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        thing["required"] = required
    extra = {"parameters": params} if params is not None else {}
    return document(
        {"/v1/things": {"get": operation("getThing", responses=json_response(ref("Thing")), **extra)}},
        {"Thing": thing},
    )


def repaired(client: Generated, *lines: str) -> None:
    """Each line is a repair of the derivation and is listed in the drift report's section of them."""
    assert list(lines) == [line for line in client.derived.repairs if line in lines], client.derived.repairs
    section = client.derived.report().split("## Upstream defects repaired\n", 1)[1]
    for line in lines:
        assert f"- {drift_report.markdown_text(line)}\n" in section
    assert f"(scripts/spec_repairs.py): {len(client.derived.repairs)} (see below)" in client.derived.report()
    client.import_all()
    client.check_types()


def refused(build: Build, doc: Any, said: str, *rules: Rule) -> None:
    """Without `rules` the generator refuses `doc`, saying `said`."""
    with pytest.raises(GenerationError, match=said):
        build(doc, without=rules)


def test_every_rule_is_applied() -> None:
    here = Path(__file__).read_text(encoding="utf-8")
    assert all(f"sr.{rule.__name__}" in here for rule in sr.RULES), "a rule without a test here"


def test_an_enum_value_listed_twice_is_kept_once(build: Build) -> None:
    doc = with_thing({"status": {"type": "string", "enum": ["sent", "delivered", "sent", "delivered", "delivered"]}})
    # Without it, the next rule would name the repeated values apart instead (a member per repetition).
    refused(build, doc, "Duplicate key SENT", sr.duplicate_enum_values, sr.colliding_enum_names)
    client = build(doc)
    repaired(client, "`Thing.status`: enum listed 'sent' 2 times, 'delivered' 3 times; each kept once")
    assert [m.value for m in client.model("ThingStatus")] == ["delivered", "sent"]


def test_enum_values_that_share_a_member_name_get_names_of_their_own(build: Build) -> None:
    doc = with_thing(
        {
            "channel": {"type": "string", "enum": ["in-app", "in_app", "In App", "IN_APP_2"]},
            # In this order the generator does not refuse the enum: it keeps one value of the two.
            "kind": {"type": "string", "enum": ["in_app", "in-app"]},
        }
    )
    refused(build, doc, "Duplicate key IN_APP", sr.colliding_enum_names)
    del doc["components"]["schemas"]["Thing"]["properties"]["channel"]
    lossy = build(doc, without=(sr.colliding_enum_names,))
    assert [m.value for m in lossy.model("ThingKind")] == ["in-app"]

    doc = with_thing(
        {
            "channel": {"type": "string", "enum": ["in-app", "in_app", "In App", "IN_APP_2"]},
            "kind": {"type": "string", "enum": ["in_app", "in-app"]},
        }
    )
    client = build(doc)
    repaired(
        client,
        "`Thing.channel`: enum values share the member name IN_APP; 'in_app' is IN_APP_3, 'In App' is IN_APP_4",
        "`Thing.kind`: enum values share the member name IN_APP; 'in-app' is IN_APP_2",
    )
    channel, kind = client.model("ThingChannel"), client.model("ThingKind")
    assert {m.name: m.value for m in channel} == {
        "IN_APP": "in-app",
        "IN_APP_2": "IN_APP_2",
        "IN_APP_3": "in_app",
        "IN_APP_4": "In App",
    }
    assert {m.name: m.value for m in kind} == {"IN_APP": "in_app", "IN_APP_2": "in-app"}
    assert client.model("Thing").from_dict({"kind": "in-app"}).kind is kind.IN_APP_2


def test_an_enum_of_no_value_is_dropped(build: Build) -> None:
    doc = with_thing({"kind": {"type": "string", "enum": []}})
    refused(build, doc, "List should have at least 1 item", sr.empty_enums)
    client = build(doc)
    repaired(client, "`Thing.kind`: enum lists no value; dropped")
    assert client.model("Thing").from_dict({"kind": "anything"}).kind == "anything"


def test_an_enum_the_generator_cannot_make_becomes_its_values_types(build: Build) -> None:
    doc = with_thing(
        {
            "mixed": {"enum": [1, "two", True, None]},
            "ratio": {"type": "number", "enum": [0.5, 1.5]},
            "step": {"type": "number", "enum": [1, 2.5]},
            "shape": {"enum": [{"w": 1}]},
            "fine": {"type": "string", "enum": ["a", "b"]},
        }
    )
    refused(build, doc, "Could not find reference", sr.unsupported_enums)
    client = build(doc)
    repaired(
        client,
        "`Thing.mixed`: enum of values the generator makes no enum of: boolean (1), integer (1), string (1); "
        "typed as such values",
        "`Thing.ratio`: enum of values the generator makes no enum of: number (2); typed as such values",
        "`Thing.shape`: enum of values the generator makes no enum of: object (1); typed as such values",
        "`Thing.step`: enum of values the generator makes no enum of: number (2); typed as such values",
    )
    thing = client.model("Thing")
    assert [thing.from_dict({"mixed": v}).mixed for v in (1, True, None)] == [1, True, None]
    assert thing.from_dict({"mixed": "two"}).mixed.value == "two"  # the string values are still an enum
    assert (thing.from_dict({"ratio": 1.5}).ratio, thing.from_dict({"step": 2.5}).step) == (1.5, 2.5)
    assert thing.from_dict({"shape": {"w": 1}}).shape.to_dict() == {"w": 1}
    assert [m.value for m in client.model("ThingFine")] == ["a", "b"]  # an enum the generator makes stays


def test_an_all_of_whose_members_disagree_on_a_property_becomes_one_object(build: Build) -> None:
    base = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "at": {"type": "string", "format": "date"},
            "kind": {"type": "string"},
        },
        "required": ["id"],
    }
    own = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "at": {"type": "string", "format": "date-time"},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "extra": {"type": "boolean"},
        },
        "required": ["extra"],
    }
    doc = document(
        {"/v1/things": {"get": operation("getThing", responses=json_response(ref("Thing")))}},
        {"Base": base, "Thing": {"allOf": [ref("Base"), own]}, "Fine": {"allOf": [ref("Base"), {"type": "object"}]}},
    )
    refused(build, doc, "Could not find reference", sr.conflicting_all_of)
    client = build(doc)
    repaired(
        client,
        "`Thing`: allOf members give `at`, `id` types that cannot be merged; one object, such a property any of them",
    )
    thing = client.model("Thing")
    made = thing.from_dict({"id": 7, "at": "2026-01-02T03:04:05Z", "kind": "a", "extra": True})
    assert (made.id, made.at.year, made.kind.value, made.extra) == (7, 2026, "a", True)
    assert thing.from_dict({"id": "x7", "at": "2026-01-02", "extra": False}).id == "x7"
    with pytest.raises(KeyError):
        thing.from_dict({"id": "x7"})  # `extra` is required, as the member said
    assert client.derived.spec["components"]["schemas"]["Fine"] == {"allOf": [ref("Base"), {"type": "object"}]}


@pytest.mark.parametrize(
    ("first", "second", "merges"),
    [
        ({"type": "string"}, {"type": "string", "enum": ["a"]}, True),
        ({"type": "integer"}, {"type": "number"}, True),
        ({"type": "string"}, {"type": "string", "format": "date-time"}, True),
        ({}, {"type": "boolean"}, True),
        ({"type": "array", "items": {"type": "string"}}, {"type": "array", "items": {"type": "integer"}}, False),
        ({"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["b", "c"]}, False),
        ({"type": "string"}, {"type": "string", "format": "uuid"}, False),
        ({"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}, False),
        ({"type": "object", "properties": {"a": {}}}, {"type": "string"}, False),
    ],
)
def test_what_the_generator_merges_in_an_all_of(first: Any, second: Any, merges: bool) -> None:
    assert sr._mergeable({}, first, second) is merges


def test_a_media_type_the_generator_cannot_handle_is_dropped_beside_another_or_sent_as_bytes(build: Build) -> None:
    def body(content: Any) -> Any:
        return {"requestBody": {"required": True, "content": content}, "responses": {"204": {"description": "x"}}}

    xml_answer = {"200": {"description": "x", "content": {"application/xml": {"schema": {"type": "string"}}}}}
    doc = document(
        {
            "/v1/notes": {"post": operation("addNote", **body({"text/plain": {"schema": {"type": "string"}}}))},
            "/v1/export": {"get": operation("exportThings", responses=xml_answer)},
            "/v1/both": {
                "post": operation(
                    "postBoth",
                    **body(
                        {
                            "application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}},
                            "application/xml": {"schema": {"type": "object"}},
                        }
                    ),
                )
            },
            "/v1/raw": {"put": operation("putRaw", **body({"application/octet-stream": {}}))},
        }
    )
    refused(build, doc, "Unsupported content|Missing schema", sr.unsupported_media_types)
    client = build(doc)
    repaired(
        client,
        "`POST /v1/both body`: the client cannot send application/xml; dropped beside application/json",
        "`GET /v1/export 200`: application/xml read as raw bytes under its own media type",
        "`POST /v1/notes body`: text/plain sent as raw bytes under its own media type",
        "`PUT /v1/raw body`: application/octet-stream has no schema; bytes",
    )
    file_type = client.import_("types").File
    sent = client.module("POST /v1/notes")._get_kwargs(body=file_type(payload=io.BytesIO(b"hello")))
    assert sent["headers"]["Content-Type"] == "text/plain" and sent["content"].read() == b"hello"
    answer = httpx.Response(200, content=b"<things/>", request=httpx.Request("GET", "https://x/v1/export"))
    assert client.module("GET /v1/export")._parse_success(answer).payload.read() == b"<things/>"
    both = client.module("POST /v1/both")._get_kwargs(body=client.body_model("POST /v1/both").from_dict({"a": "x"}))
    assert both["json"] == {"a": "x"}
    assert client.derived.spec[sr.BINARY_MEDIA_TYPES] == ["application/xml", "text/plain"]


def test_a_nullable_enum_lists_null_and_keeps_its_class_name(build: Build) -> None:
    doc = with_thing(
        {
            "channel": {"type": "string", "enum": ["email", "sms"], "nullable": True},
            "kind": {"type": "string", "enum": ["gauge", "dial", None], "nullable": True},
        },
        required=["channel"],
        params=[{"name": "level", "in": "query", "schema": {"type": "string", "enum": ["low"], "nullable": True}}],
    )
    doc["components"]["schemas"]["Mode"] = {"type": "string", "enum": ["on", "off"], "nullable": True}
    doc["components"]["schemas"]["Thing"]["properties"]["mode"] = ref("Mode")
    # Without the rule the generator types a nullable enum as never null (and a null from the server
    # fails the whole response), and makes three classes of an enum that is nullable and lists null.
    wrong = build(doc, without=(sr.nullable_enums,))
    with pytest.raises(ValueError, match="None is not a str value of ThingChannel"):
        wrong.model("Thing").from_dict({"channel": None})
    assert len([name for name in wrong.import_("models").__all__ if name.startswith("ThingKind")]) == 3

    client = build(doc)
    repaired(
        client,
        "`Mode`: nullable enum does not list null; null listed",
        "`Thing.channel`: nullable enum does not list null; null listed",
        "`Thing.kind`: enum lists null and is nullable; `nullable` dropped",
        "`GET /v1/things query level`: nullable enum does not list null; null listed",
    )
    thing = client.model("Thing")
    parsed = thing.from_dict({"channel": None, "kind": None, "mode": None})
    assert (parsed.channel, parsed.kind, parsed.mode) == (None, None, None)
    assert parsed.to_dict() == {"channel": None, "kind": None, "mode": None}
    assert thing.from_dict({"channel": "sms"}).channel is client.model("ThingChannel").SMS
    assert thing.from_dict({"channel": "sms", "mode": "on"}).mode is client.model("Mode").ON
    names = client.import_("models").__all__
    assert {"ThingChannel", "ThingKind", "Mode", "GetThingLevel"} <= set(names)
    assert not [name for name in names if "Type" in name]
    level = inspect.signature(client.module("GET /v1/things").sync).parameters["level"]
    assert "None" in str(level.annotation)


def test_an_array_without_items_holds_anything(build: Build) -> None:
    doc = with_thing({"tags": {"type": "array"}}, params=[{"name": "ids", "in": "query", "schema": {"type": "array"}}])
    refused(build, doc, "type array must have items", sr.array_items)
    client = build(doc)
    repaired(
        client,
        "`Thing.tags`: array without `items`; items of any type",
        "`GET /v1/things query ids`: array without `items`; items of any type",
    )
    assert client.model("Thing").from_dict({"tags": [1, "a", None]}).tags == [1, "a", None]
    assert client.module("GET /v1/things")._get_kwargs(ids=["a", "b"])["params"] == {"ids": ["a", "b"]}


def test_an_impossible_default_becomes_the_value_it_spells_or_goes(build: Build) -> None:
    doc = with_thing(
        {
            "kind": {"type": "string", "enum": ["gauge", "dial"], "default": "knob"},
            "level": {"allOf": [ref("Level")], "default": "HIGH"},
            "count": {"type": "integer", "enum": [1, 2], "default": "2"},
            "at": {"type": "string", "format": "date-time", "default": "now"},
            "flag": {"type": "boolean", "default": "yes"},
            "on": {"type": "boolean", "default": "true"},
            "ratio": {"type": "number", "default": "half"},
            "either": {"oneOf": [{"type": "integer"}, {"type": "boolean"}], "default": "x"},
            "fine": {"type": "string", "format": "date", "default": "2026-01-02"},
        },
        params=[
            # `page` is typed integer by the overlay's paging rule: a fractional default cannot stay.
            {"name": "page", "in": "query", "schema": {"type": "number", "default": 0.5}},
            {"name": "limit", "in": "query", "schema": {"type": "integer", "default": "10"}},
        ],
    )
    doc["components"]["schemas"]["Level"] = {"type": "string", "enum": ["low", "high"]}
    refused(build, doc, "Invalid int value: 0.5", sr.impossible_defaults)
    client = build(doc)
    repaired(
        client,
        "`Thing.at`: default 'now' is not a date-time; dropped",
        "`Thing.count`: default '2' is not one of the enum's values; 2 instead",
        "`Thing.either`: default 'x' fits none of the schema's alternatives; dropped",
        "`Thing.flag`: default 'yes' is not a boolean; dropped",
        "`Thing.kind`: default 'knob' is not one of the enum's values; dropped",
        "`Thing.level`: default 'HIGH' is not one of the enum's values; dropped",
        "`Thing.on`: default 'true' is not a boolean; True instead",
        "`Thing.ratio`: default 'half' is not a number; dropped",
        "`GET /v1/things query page`: default 0.5 is not an integer; dropped",
        "`GET /v1/things query limit`: default '10' is not an integer; 10 instead",
    )
    thing = client.model("Thing")()
    assert thing.count.value == 2 and thing.on is True and thing.fine.isoformat() == "2026-01-02"
    assert thing.to_dict() == {"count": 2, "on": True, "fine": "2026-01-02"}
    parameters = inspect.signature(client.module("GET /v1/things").sync).parameters
    assert parameters["limit"].default == 10


def test_path_parameters_match_the_path(build: Build) -> None:
    thing_id = {"name": "thingId", "in": "path", "schema": {"type": "string"}}
    doc = document(
        {
            "/v1/things": {"get": operation("listThings", parameters=[{**thing_id, "required": True}])},
            "/v1/things/{thingId}": {
                "get": operation("getThing"),
                "delete": operation("deleteThing", parameters=[thing_id]),
            },
        }
    )
    refused(build, doc, "Path parameters do not match with path", sr.path_parameters)
    client = build(doc)
    repaired(
        client,
        "`GET /v1/things`: path parameter `thingId` is not in the path; dropped",
        "`DELETE /v1/things/{thingId}`: path parameter `thingId` not required; made required",
        "`GET /v1/things/{thingId}`: path placeholder `{thingId}` has no parameter; declared a required string",
    )
    assert client.module("GET /v1/things")._get_kwargs() == {"method": "get", "url": "/v1/things"}
    for key in ("GET", "DELETE"):
        module = client.module(f"{key} /v1/things/{{thingId}}")
        assert module._get_kwargs(thing_id="a/b")["url"] == "/v1/things/a%2Fb"
        assert inspect.signature(module.sync).parameters["thing_id"].default is inspect.Parameter.empty


def test_a_parameter_listed_twice_is_kept_once(build: Build) -> None:
    q = {"name": "q", "in": "query", "schema": {"type": "string"}}
    doc = with_thing({}, params=[q, {**q, "schema": {"type": "integer"}}, {**q, "in": "header"}])
    refused(build, doc, "Parameters MUST NOT contain duplicates", sr.duplicate_parameters)
    client = build(doc)
    repaired(client, "`GET /v1/things`: query parameter `q` listed 2 times; the first kept")
    kwargs = client.module("GET /v1/things")._get_kwargs(q_query="x", q_header="y")
    assert (kwargs["params"], kwargs["headers"]) == ({"q": "x"}, {"q": "y"})


def test_a_parameter_without_a_schema_is_a_string(build: Build) -> None:
    doc = with_thing(
        {},
        params=[
            {"name": "q", "in": "query"},
            {"name": "filter", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}},
        ],
    )
    # Without the rule the generator says nothing: the parameters are not there.
    quiet = build(doc, without=(sr.parameter_schemas,))
    assert list(inspect.signature(quiet.module("GET /v1/things").sync).parameters) == ["client"]
    client = build(doc)
    repaired(
        client,
        "`GET /v1/things`: query parameter `q` has no schema; typed as a string",
        "`GET /v1/things`: query parameter `filter` has no schema; typed as a string",
    )
    kwargs = client.module("GET /v1/things")._get_kwargs(q="x", filter_='{"a": 1}')
    assert kwargs["params"] == {"q": "x", "filter": '{"a": 1}'}


def test_defects_the_pipeline_holds_on_without_a_rule(build: Build) -> None:
    """Upstream operationIds used twice get names of their own; a `required` naming no property is
    ignored by the generator; neither is a repair."""
    doc = with_thing({"name": {"type": "string"}}, required=["name", "ghost"])
    doc["paths"]["/v1/others"] = {"get": operation("getThing", responses=json_response(ref("Thing")))}
    client = build(doc)
    assert client.derived.repairs == []
    assert client.module("GET /v1/things") is not client.module("GET /v1/others")
    assert client.model("Thing").from_dict({"name": "n"}).name == "n"
    client.import_all()


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
    done = sr.regex_literal_patterns(doc)
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
    assert sr.regex_literal_patterns(doc) == []
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
    done = sr.overlapping_one_of(doc)
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
    assert sr.overlapping_one_of(doc) == []
    assert doc == before


def test_the_committed_spec_has_none_of_these_defects() -> None:
    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=upstream_facts.FAST_LOADER)
    assert sr.regex_literal_patterns(spec) == []
    assert sr.overlapping_one_of(spec) == []


def test_a_repair_line_reads_as_text_in_the_drift_report() -> None:
    """Upstream values a repair quotes (patterns, enum values) cannot turn into Markdown links or
    emphasis in the report, which the docs site builds strictly; code spans stay as they are."""
    line = "`A.b_c`: pattern '/^[a-z_]*$/' is a literal; kept '^[a-z_]*$' <x>"
    text = drift_report.markdown_text(line)
    assert text == "`A.b_c`: pattern '/^\\[a-z\\_\\]\\*$/' is a literal; kept '^\\[a-z\\_\\]\\*$' \\<x>"
    assert re.sub(r"\\(.)", r"\1", text) == line  # the escapes are all there is
