"""The derived spec and the generated client: complete, truthful to the wire, free of upstream prose."""

from __future__ import annotations

import importlib
import re
from typing import Any

import httpx
import pytest
import yaml

from scripts import derive_spec, drift_report, upstream_facts
from scripts.facade_usage import facade_usage
from tests.compat.cases import CASES
from tests.compat.legacy_recorder import record
from tests.legacy_surface import ROOT
from tests.spec.revisions import _facts as committed_facts

SPEC_PATH = ROOT / "openapi" / "novu.yaml"
FACTS_PATH = ROOT / "openapi" / "upstream.yaml"
SPEC: dict[str, Any] = yaml.load(SPEC_PATH.read_text(), Loader=upstream_facts.FAST_LOADER)
OPERATIONS = derive_spec.operations(SPEC)


def module_for(op: dict[str, Any]) -> str:
    return f"novu_client.api.{drift_report.generated_name(op['tags'][0], op['operationId'])}"


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=[f"{m.upper()} {p}" for p, m, _ in OPERATIONS])
def test_every_operation_has_a_generated_function(path: str, method: str, op: dict[str, Any]) -> None:
    module = importlib.import_module(module_for(op))
    for fn in ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "_get_kwargs"):
        assert callable(getattr(module, fn, None)), f"{module.__name__} lacks {fn}"
    built = module._get_kwargs.__code__.co_varnames
    assert built is not None


def _template_regex(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


ROUTES = [(m.upper(), _template_regex(p), p) for p, m, _ in OPERATIONS]


def _find_route(method: str, path: str) -> str | None:
    # A literal segment wins over a parameter, as in the server's router.
    matches = [tpl for m, rx, tpl in ROUTES if m == method and rx.match(path)]
    return min(matches, key=lambda t: t.count("{"), default=None)


def test_every_route_a_legacy_method_calls_is_in_the_spec() -> None:
    missing: set[str] = set()
    calls = 0
    for case in CASES:
        for request in record(case).requests:
            calls += 1
            if _find_route(request.method, request.path) is None:
                missing.add(f"{request.method} {request.path} ({case.id})")
    assert calls > 150
    assert not missing, sorted(missing)


def _prose_keys(node: Any, where: str = "", in_name_map: bool = False) -> list[str]:
    """Locations of keys that carry upstream prose or vendor data (property *names* are data)."""
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if not in_name_map and (key in upstream_facts.PROSE_KEYS or str(key).startswith("x-")):
                out.append(f"{where}/{key}")
            out += _prose_keys(value, f"{where}/{key}", not in_name_map and key in upstream_facts.NAME_MAPS)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            out += _prose_keys(item, f"{where}/{index}")
    return out


def test_the_committed_upstream_facts_carry_no_prose() -> None:
    facts = committed_facts()
    assert facts["documents"], "openapi/upstream.yaml records no document"
    for entry in [*facts["operations"].values(), *facts["components"].values()]:
        assert not _prose_keys(entry["facts"]), _prose_keys(entry["facts"])[:5]
    assert not _prose_keys(facts["document"])
    assert set(facts["document"]) <= set(upstream_facts.KEPT_TOP_LEVEL)


def test_every_merged_document_has_its_provenance() -> None:
    facts = committed_facts()
    source = (ROOT / "openapi" / "SOURCE").read_text(encoding="utf-8")
    for doc in facts["documents"]:
        assert re.fullmatch(r"[0-9a-f]{64}", doc["sha256"]), doc
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["date"]), doc
        assert doc["name"] and doc["source"] and doc["operations"] > 0
        assert f"{doc['name']}  {doc['date']}  sha256:{doc['sha256']}" in source
    assert "/" not in "".join(d["source"] for d in facts["documents"] if not d["source"].startswith("http"))


def test_committed_spec_is_the_derivation_of_the_committed_facts() -> None:
    overlay_text = (ROOT / "openapi" / "overlay.yaml").read_text(encoding="utf-8")
    derived = derive_spec.dump(
        derive_spec.derive(committed_facts(), yaml.load(overlay_text, Loader=upstream_facts.FAST_LOADER), overlay_text)
    )
    assert derived == SPEC_PATH.read_text(), "openapi/novu.yaml is stale: run scripts/regen.sh"


def test_the_readme_coverage_table_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = drift_report.coverage_table(SPEC, committed_facts())
    assert drift_report.with_coverage(readme, table) == readme, "README.md coverage is stale: run scripts/regen.sh"
    assert "| v2 |" in table and "| **all** |" in table


def test_auth_is_apikey_on_every_operation() -> None:
    scheme = SPEC["components"]["securitySchemes"]["api-key"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert all(op.get("security") == [{"api-key": []}] for _, _, op in OPERATIONS)
    from novu_client import AuthenticatedClient

    client = AuthenticatedClient(base_url="https://api.novu.test", token="k")
    assert client.get_httpx_client().headers["Authorization"] == "ApiKey k"


# One representative operation per tag, with a response body in the real wire format.
WIRE = {
    "blueprints": ("get_blueprint_by_id", {"template_id": "t1"}, {"data": {"_id": "t1", "name": "Welcome"}}),
    "changes": ("get_changes_count", {}, {"data": 3}),
    "environments": (
        "get_current_environment",
        {},
        {
            "data": {
                "_id": "e1",
                "name": "Production",
                "_organizationId": "o1",
                "identifier": "prod-id",
                "_parentId": "p1",
            }
        },
    ),
    "events": (
        "trigger",
        {"body": "TriggerEventRequestDto"},
        {"data": {"acknowledged": True, "status": "processed", "transactionId": "tx-1"}},
    ),
    "execution_details": (
        "get_execution_details_for_notification",
        {"notification_id": "n", "subscriber_id": "s"},
        {"data": []},
    ),
    "feeds": (
        "get_feeds",
        {},
        {
            "data": [
                {"_id": "f1", "name": "News", "identifier": "news", "_environmentId": "e1", "_organizationId": "o1"}
            ]
        },
    ),
    "inbound_parse": ("get_mx_record_status", {}, {"data": {"mxRecordConfigured": True}}),
    "integrations": ("get_channel_limit", {"channel_type": "email"}, {"data": {"limit": 300, "count": 12}}),
    "layouts": ("list_layouts", {}, {"page": 0, "pageSize": 10, "totalCount": 0, "hasMore": False, "data": []}),
    "messages": ("get_messages", {}, {"page": 0, "pageSize": 10, "totalCount": 0, "hasMore": False, "data": []}),
    "notification_templates": (
        "list_notification_templates",
        {},
        {"page": 0, "pageSize": 10, "totalCount": 0, "data": []},
    ),
    "notifications": ("get_activity_stats", {}, {"data": {"weeklySent": 7, "monthlySent": 30}}),
    "organizations": (
        "get_self_organization_data",
        {},
        {
            "data": {
                "name": "Acme",
                "branding": {
                    "logo": "https://cdn.acme.io/logo.png",
                    "color": "#0047ff",
                    "fontColor": "#111111",
                    "contentBackground": "#ffffff",
                    "direction": "ltr",
                },
            }
        },
    ),
    "subscribers": ("get_unseen_count", {"subscriber_id": "s1"}, {"data": {"count": 4}}),
    "tenants": ("list_tenants", {}, {"page": 0, "pageSize": 10, "hasMore": False, "data": []}),
    "topics": ("list_topics", {}, {"page": 0, "pageSize": 10, "totalCount": 0, "data": []}),
    "workflow_groups": (
        "list_notification_groups",
        {},
        {"data": [{"_id": "g1", "name": "General", "_environmentId": "e1", "_organizationId": "o1"}]},
    ),
    "workflows": ("delete_workflow_by_id", {"workflow_id": "w1"}, {"data": True}),
}


def test_every_tag_the_facade_calls_has_a_wire_example() -> None:
    # Tags that only a newer upstream document brought need no hand-written example to pass.
    tags = {module_for(op).split(".")[2] for _, _, op in OPERATIONS}
    assert set(WIRE) <= tags
    assert {name.split(".")[0] for name in facade_usage()} <= set(WIRE)


@pytest.mark.parametrize("tag", sorted(WIRE))
def test_generated_client_parses_the_enveloped_wire_format(tag: str) -> None:
    from novu_client import AuthenticatedClient

    name, kwargs, body = WIRE[tag]
    module = importlib.import_module(f"novu_client.api.{tag}.{name}")
    if kwargs.get("body") == "TriggerEventRequestDto":
        from novu_client.models import TriggerEventRequestDto

        kwargs = {"body": TriggerEventRequestDto(name="welcome", to=["s1"])}
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201 if request.method == "POST" else 200, json=body)

    client = AuthenticatedClient(base_url="https://api.novu.test", token="k")
    client.set_httpx_client(httpx.Client(base_url="https://api.novu.test", transport=httpx.MockTransport(answer)))
    parsed = module.sync(client=client, **kwargs)
    assert seen and parsed is not None, f"{name} did not parse {body}"
    assert parsed.to_dict() == body


@pytest.mark.parametrize("deleted", [{}, {"deleted": False, "deletedAt": None, "deletedBy": None}])
def test_raw_client_parses_records_that_were_never_deleted(deleted: dict[str, Any]) -> None:
    """The soft-delete fields upstream marks required may be absent or null (overlay `optional_properties`)."""
    from novu_client.models.integration_response_dto import IntegrationResponseDto
    from novu_client.types import Unset

    record = {
        "_environmentId": "e",
        "_organizationId": "o",
        "name": "Mailer",
        "identifier": "mailer",
        "providerId": "sendgrid",
        "channel": "email",
        "credentials": {},
        "active": True,
        "primary": False,
        **deleted,
    }
    integration = IntegrationResponseDto.from_dict(record)
    assert integration.identifier == "mailer"
    assert isinstance(integration.deleted_at, Unset) if not deleted else integration.deleted_at is None
