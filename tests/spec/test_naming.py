"""Operation names (scripts/naming.py): rules on synthetic documents, and the committed spec obeys them."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import yaml

from scripts import derive_spec as d
from scripts import naming
from scripts import upstream_facts as uf
from tests.legacy_surface import ROOT
from tests.spec.test_derive_spec import OVERLAY


def _op(op_id: str, tag: str, **extensions: str) -> dict[str, Any]:
    return {"operationId": op_id, "tags": [tag], "responses": {"204": {"description": "x"}}, **extensions}


def _doc(paths: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"securitySchemes": {"api-key": {"type": "apiKey", "in": "header", "name": "Authorization"}}},
    }


def _merge(facts: Any, doc: dict[str, Any], index: int) -> Any:
    name = f"doc-2030-01-0{index}.json"
    return uf.merge_document(
        facts, doc, name=name, sha256=f"{index:064d}", date=uf.document_date(name, None), source=name
    )


@pytest.mark.parametrize(
    ("op_id", "tag", "expected"),
    [
        ("EnvironmentsControllerV1_deleteEnvironment", "Environments", "deleteEnvironment"),
        ("TranslationController_getMasterJsonEndpoint", "Translations", "getMasterJson"),
        ("TranslationController_deleteTranslationGroupEndpoint", "Translations", "deleteTranslationGroup"),
        ("ChannelEndpointsController_getChannelEndpoint", "Channel Endpoints", "getChannelEndpoint"),
        ("LayoutsController__delete", "Layouts", "deleteLayout"),
        ("LayoutsController_list", "Layouts", "listLayouts"),
        ("WorkflowController_search", "Workflow", "searchWorkflows"),
        ("ActivityController_get", "Activity", "getActivity"),
        ("plainName", "Things", "plainName"),
    ],
)
def test_a_new_name_has_no_controller_version_infix_or_endpoint_suffix_and_a_bare_verb_gets_its_subject(
    op_id: str, tag: str, expected: str
) -> None:
    assert naming.raw_name("get", "/v2/x", {"operationId": op_id, "tags": [tag]}, {}, set()) == expected


def test_a_bare_verb_takes_the_subject_of_its_group_and_a_taken_name_its_api_version() -> None:
    op = {"operationId": "TopicsController_create", "tags": ["Topics"]}
    assert naming.raw_name("post", "/v2/topics/x/subscriptions", op, {"group": "Topics.Subscriptions"}, set()) == (
        "createSubscription"
    )
    assert naming.raw_name("post", "/v2/topics", op, {}, {"createTopic"}) == "createTopicV2"
    assert naming.raw_name("post", "/v2/topics", op, {}, {"createTopic", "createTopicV2"}) == "createTopic2"


def test_modern_names_come_from_the_naming_facts_else_the_tag_and_operation_name() -> None:
    taken: dict[str, set[str]] = {}
    assert naming.sdk_name(
        "/v2/s", "Subscribers", "x", {"group": "Subscribers.Preferences", "method": "bulkUpdate"}, taken
    ) == ("subscribers.preferences.bulk_update")
    assert naming.sdk_name("/v1/e", "Events", "trigger", {"group": "", "method": "trigger"}, taken) == "trigger"
    assert naming.sdk_name(
        "/v2/t", "Translations", "x", {"group": "Translations.Master", "method": "import"}, taken
    ) == ("translations.master.import_")
    # Upstream's casing of a group varies; the namespace does not.
    assert naming.sdk_name(
        "/v2/t", "Translations", "x", {"group": "Translations.master", "method": "retrieve"}, taken
    ) == ("translations.master.retrieve")
    # Without an upstream method: the operation's name without the words its namespace says.
    assert naming.sdk_name("/v1/c", "Channel Connections", "listChannelConnections", {}, taken) == (
        "channel_connections.list"
    )
    # A method may not take the name of a namespace beside it, nor one taken already.
    assert naming.sdk_name("/v1/s", "Subscribers", "preferences", {}, taken) == "subscribers.preferences_v1"
    assert naming.sdk_name(
        "/v1/t", "Translations", "x", {"group": "Translations.Master", "method": "retrieve"}, taken
    ) == ("translations.master.retrieve_v1")


@pytest.mark.parametrize(
    ("path", "tag", "raw", "operation_id", "naming_facts", "expected"),
    [
        ("/v2/contexts", "Contexts", "createContext", "ContextsController_createContext", {}, "contexts.create"),
        ("/v2/layouts", "Layouts", "createLayoutV2", "LayoutsController_create", {}, "layouts.create"),
        ("/v2/layouts/{id}", "Layouts", "deleteLayoutV2", "LayoutsController__delete", {}, "layouts.delete"),
        (
            "/v1/s/{id}/credentials/{p}",
            "Subscribers",
            "deleteSubscriberCredentials",
            "SubscribersV1Controller_deleteSubscriberCredentials",
            {"group": "Subscribers.Credentials"},
            "subscribers.credentials.delete",
        ),
        (
            "/v1/s/{id}/preferences/{p}",
            "Subscribers",
            "getSubscriberPreferenceByLevel",
            "SubscribersV1Controller_getSubscriberPreferenceByLevel",
            {},
            "subscribers.get_preference_by_level",
        ),
        # Every word said by the namespace: the name as it is.
        ("/v1/things", "Things", "things", "ThingsController_things", {}, "things.things"),
    ],
)
def test_a_modern_name_without_upstream_method_drops_the_words_of_its_namespace(
    path: str, tag: str, raw: str, operation_id: str, naming_facts: dict[str, str], expected: str
) -> None:
    assert naming.sdk_name(path, tag, raw, naming_facts, {}, operation_id) == expected


def test_a_short_name_taken_falls_back_to_the_raw_client_name_then_the_api_version() -> None:
    taken: dict[str, set[str]] = {"workflows": {"create"}}
    op_id = "WorkflowController_create"
    assert naming.sdk_name("/v2/workflows", "Workflows", "createWorkflow", {}, taken, op_id) == (
        "workflows.create_workflow"
    )
    assert naming.sdk_name("/v3/workflows", "Workflows", "createWorkflow", {}, taken, op_id) == "workflows.create_v3"


def test_names_and_naming_facts_are_kept_and_a_later_document_changes_no_name() -> None:
    first = _doc(
        {
            "/v2/things": {
                "get": _op(
                    "ThingsController_list",
                    "Things",
                    **{"x-speakeasy-group": "Things", "x-speakeasy-name-override": "list"},
                ),
                "post": _op("ThingsController_createThing", "Things"),
            }
        }
    )
    facts = _merge(None, first, 1)
    listing = facts["operations"]["GET /v2/things"]
    assert (listing["name"], listing["sdk"], listing["naming"]) == (
        "listThings",
        "things.list",
        {"group": "Things", "method": "list"},
    )
    assert facts["operations"]["POST /v2/things"]["sdk"] == "things.create"
    assert "x-speakeasy" not in uf.dump(facts)

    later = copy.deepcopy(first)
    later["paths"]["/v2/things"]["get"].update(
        {"operationId": "ThingsV2Controller_findAll", "x-speakeasy-group": "Stuff", "x-speakeasy-name-override": "all"}
    )
    later["paths"]["/v2/things"]["post"]["x-speakeasy-name-override"] = "create"
    facts = _merge(facts, later, 2)
    listing = facts["operations"]["GET /v2/things"]
    assert (listing["name"], listing["sdk"]) == ("listThings", "things.list"), "names stay"
    assert listing["naming"] == {"group": "Stuff", "method": "all"}, "the facts follow upstream"
    assert facts["operations"]["POST /v2/things"]["sdk"] == "things.create"

    spec = d.derive(facts, OVERLAY)
    op = spec["paths"]["/v2/things"]["get"]
    assert (op["x-novu-namespace"], op["x-novu-method"]) == ("things", "list")


def test_the_overlay_renames_a_modern_name_and_a_clash_is_an_error() -> None:
    facts = _merge(None, _doc({"/v2/things": {"get": _op("ThingsController_listThings", "Things")}}), 1)
    overlay = copy.deepcopy(OVERLAY)
    overlay["merge"]["paths"] = {"/v2/things": {"get": {"x-novu-namespace": "", "x-novu-method": "things"}}}
    op = d.derive(facts, overlay)["paths"]["/v2/things"]["get"]
    assert (op["x-novu-namespace"], op["x-novu-method"]) == ("", "things")
    overlay["merge"]["paths"]["/v1/other"] = {
        "get": {
            "operationId": "otherThing",
            "tags": ["Other"],
            "x-novu-namespace": "things",
            "x-novu-method": "x",
            "responses": {},
        }
    }
    with pytest.raises(
        d.DerivationError, match=r"`things` is a method \(GET /v2/things\) and a namespace \(GET /v1/other\)"
    ):
        d.derive(facts, overlay)


def test_the_overlay_names_an_operation_and_a_rename_keeps_the_earlier_method_as_an_alias() -> None:
    paths = {
        "/v2/things": {
            "get": _op("ThingsController_listThings", "Things"),
            "post": _op("ThingsController_make", "Things"),
        }
    }
    facts = _merge(None, _doc(paths), 1)
    assert facts["operations"]["GET /v2/things"]["sdk"] == "things.list"
    overlay = copy.deepcopy(OVERLAY)
    overlay["names"] = {"GET /v2/things": "things.all", "POST /v2/things": "stuff.make"}
    spec = d.derive(facts, overlay)
    listing, making = spec["paths"]["/v2/things"]["get"], spec["paths"]["/v2/things"]["post"]
    assert (listing["x-novu-namespace"], listing["x-novu-method"], listing["x-novu-method-aliases"]) == (
        "things",
        "all",
        ["list"],
    )
    assert (making["x-novu-namespace"], making["x-novu-method"]) == ("stuff", "make")
    assert "x-novu-method-aliases" not in making  # moved to another namespace: no alias there

    overlay["names"] = {"GET /v2/things": "things.all", "POST /v2/things": "things.list"}
    with pytest.raises(d.DerivationError, match=r"are both sdk `things\.list`"):
        d.derive(facts, overlay)  # an alias is a name taken
    overlay["names"] = {"GET /v2/gone": "things.gone"}
    with pytest.raises(d.DerivationError, match=r"stale overlay `names:` entries:\n  overlay line None: GET /v2/gone"):
        d.derive(facts, overlay)


SPEC = yaml.load((ROOT / "openapi" / "novu.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def test_every_operation_of_the_spec_has_a_modern_name() -> None:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            assert re.fullmatch(r"([a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*)?", op["x-novu-namespace"]), (method, path)
            assert op["x-novu-method"].isidentifier(), (method, path)


def test_no_generated_name_carries_an_upstream_artefact() -> None:
    """No module of the raw client carries a controller, a `_v1_` infix or the `Endpoint` suffix of
    upstream's operationIds (a resource called channel endpoints keeps its name)."""
    names = [(op["tags"][0], op["operationId"]) for item in SPEC["paths"].values() for op in item.values()]
    assert len(names) == sum(len(item) for item in SPEC["paths"].values())
    for tag, name in names:
        snake = naming.snake(name)
        assert "controller" not in snake and "_v1_" not in f"_{snake}_", name
        assert not snake.endswith("_endpoint") or "endpoint" in naming.snake(tag), name
