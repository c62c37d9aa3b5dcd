"""scripts/gen_modern.py: the names it gives, the rules it applies, and that it stops on a collision."""

from __future__ import annotations

import copy
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from novu_facade._modern._index import NAMESPACES, OPERATIONS
from scripts import gen_modern

ROOT = Path(__file__).resolve().parents[2]
RAW_API = ROOT / "generated" / "novu_client" / "api"


@cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(
        (ROOT / "openapi" / "novu.yaml").read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    return loaded


def operations(doc: dict[str, Any]) -> list[gen_modern.Operation]:
    return gen_modern.read_operations(gen_modern.Spec(document=doc), gen_modern.Types(), RAW_API)


def op(doc: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"][path][method]
    return found


def test_the_layer_reaches_every_operation_of_the_spec() -> None:
    in_spec = {
        o["operationId"]
        for item in document()["paths"].values()
        for m, o in item.items()
        if m in gen_modern.METHODS and isinstance(o, dict)
    }
    assert set(OPERATIONS) == in_spec
    assert sum(NAMESPACES.values()) == len(in_spec)


def test_names_come_from_the_extensions_else_from_the_first_tag_and_the_operation() -> None:
    by_id = {
        o["operationId"]: o
        for item in document()["paths"].values()
        for m, o in item.items()
        if m in gen_modern.METHODS and isinstance(o, dict)
    }
    for operation_id, (namespace, method, _, _path, raw, _) in OPERATIONS.items():
        spec = by_id[operation_id]
        tag_dir, module = raw.split(".")
        assert namespace == spec.get("x-novu-namespace", tag_dir), operation_id
        assert method == spec.get("x-novu-method", module), operation_id
        assert module == gen_modern.snake_case(operation_id)


def test_naming_extensions_place_a_method_anywhere_the_root_included() -> None:
    doc = copy.deepcopy(document())
    op(doc, "post", "/v1/events/trigger").update({"x-novu-namespace": "", "x-novu-method": "trigger"})
    op(doc, "get", "/v2/subscribers").update({"x-novu-namespace": "subscribers", "x-novu-method": "search"})
    op(doc, "patch", "/v2/subscribers/{subscriberId}/preferences").update(
        {"x-novu-namespace": "subscribers.preferences", "x-novu-method": "update"}
    )
    op(doc, "post", "/v1/subscribers/bulk").update({"x-novu-namespace": "subscribers", "x-novu-method": "create_bulk"})
    root = gen_modern.build_tree(operations(doc))
    assert root.operations["trigger"].operation_id == "trigger"
    subscribers = root.children["subscribers"]
    assert subscribers.operations["search"].list_rule is not None
    assert subscribers.operations["create_bulk"].bulk == ("subscribers", "SUBSCRIBERS_PER_REQUEST")
    assert subscribers.children["preferences"].operations["update"].operation_id == "updateSubscriberPreferences"
    files = gen_modern.write_tree(root, Path("unused"))
    assert "def trigger(" in files["__init__.py"] and "async def trigger(" in files["_aio/__init__.py"]
    assert "class SubscribersPreferences(Namespace)" in files["subscribers.py"]
    assert "def preferences(self) -> SubscribersPreferences:" in files["subscribers.py"]


def test_two_operations_with_one_name_stop_the_generator_naming_both() -> None:
    doc = copy.deepcopy(document())
    op(doc, "get", "/v2/subscribers").update({"x-novu-namespace": "subscribers", "x-novu-method": "list"})
    op(doc, "get", "/v1/subscribers").update({"x-novu-namespace": "subscribers", "x-novu-method": "list"})
    with pytest.raises(
        SystemExit, match=r"named subscribers\.list: GET /v1/subscribers \(listSubscribers\) and GET /v2/"
    ):
        gen_modern.build_tree(operations(doc))


def test_a_fallback_collision_stops_the_generator_too() -> None:
    """Two operations whose tag and operationId give one name (as `getTopic` twice would)."""
    found = operations(document())
    listing = next(o for o in found if o.operation_id == "listTopics")
    listing.method = "get_topic"
    with pytest.raises(
        SystemExit,
        match=r"named topics\.get_topic: GET /v1/topics \(listTopics\) and GET /v1/topics/\{topicKey\} \(getTopic\)",
    ):
        gen_modern.build_tree(found)


def test_a_method_named_like_a_namespace_beside_it_stops_the_generator() -> None:
    doc = copy.deepcopy(document())
    op(doc, "get", "/v2/subscribers/{subscriberId}/preferences").update(
        {"x-novu-namespace": "subscribers.preferences", "x-novu-method": "retrieve"}
    )
    op(doc, "get", "/v2/subscribers").update({"x-novu-namespace": "subscribers", "x-novu-method": "preferences"})
    with pytest.raises(SystemExit, match=r"subscribers\.preferences is also a namespace"):
        gen_modern.build_tree(operations(doc))


def test_a_method_hiding_a_client_attribute_stops_the_generator() -> None:
    doc = copy.deepcopy(document())
    op(doc, "delete", "/v1/topics/{topicKey}").update({"x-novu-namespace": "", "x-novu-method": "close"})
    with pytest.raises(SystemExit, match="client attribute"):
        gen_modern.build_tree(operations(doc))


def test_an_alias_names_the_same_method_and_a_taken_alias_stops_the_generator() -> None:
    doc = copy.deepcopy(document())
    op(doc, "get", "/v2/topics").update({"x-novu-method-aliases": ["list_topics_v2", "every_topic"]})
    root = gen_modern.build_tree(operations(doc))
    source = gen_modern.write_tree(root, Path("unused"))["topics.py"]
    assert "    list_topics_v2 = list  # its earlier name" in source and "    every_topic = list  #" in source
    op(doc, "get", "/v2/topics")["x-novu-method-aliases"] = ["get_topic"]  # GET /v1/topics/{topicKey}'s method
    with pytest.raises(SystemExit, match=r"alias 'get_topic' is taken in its namespace"):
        gen_modern.build_tree(operations(doc))


def test_lists_and_bulk_calls_are_found_by_rule() -> None:
    kinds = {operation_id: kind for operation_id, (*_, kind) in OPERATIONS.items()}
    assert kinds["searchSubscribers"] == "list"  # after/before/limit -> next
    assert kinds["listSubscribers"] == "list"  # page/limit -> hasMore, totalCount
    assert kinds["triggerBulk"] == kinds["bulkCreateSubscribers"] == "bulk"
    assert kinds["getSubscriberV2"] == kinds["listMyEnvironments"] == "call"  # a plain array is no list
    for operation in operations(document()):
        queries = {a.wire for a in operation.query_args}
        if operation.list_rule and operation.list_rule.startswith("Cursors"):
            assert "after" in queries
        if operation.list_rule and operation.list_rule.startswith("PageNumbers"):
            assert "page" in queries


def test_builtins_hidden_by_a_method_are_written_in_full() -> None:
    doc = copy.deepcopy(document())
    op(doc, "get", "/v1/environments").update({"x-novu-namespace": "environments", "x-novu-method": "list"})
    files = gen_modern.write_tree(gen_modern.build_tree(operations(doc)), Path("unused"))
    assert "def list(self) -> builtins.list[EnvironmentResponseDto]:" in files["environments.py"]
    assert "import builtins" in files["environments.py"]


def test_the_committed_layer_is_a_fresh_generation() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scripts.gen_modern", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
