"""One cassette-backed contract test per tag of the raw generated client (novu_client.api.<tag>).

Each calls one operation of the tag through `novu_client.AuthenticatedClient` and checks the values
the generated models parsed from the cassette. A tag directory without an entry in RAW fails here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.compat.cases import BLUEPRINT_ID, GROUP_ID, LAYOUT_ID, NOTIFICATION_ID, TEMPLATE_ID
from tests.contract.checks import check
from tests.contract.expectations import RAW_EXPECT
from tests.contract.recording import Contract

API_DIR = Path(importlib.import_module("novu_client.api").__file__ or "").parent
TAGS = sorted(p.name for p in API_DIR.iterdir() if p.is_dir() and (p / "__init__.py").exists())

SUBSCRIBER_ID = "user-0001"


def _trigger_body() -> dict[str, Any]:
    from novu_client.models import TriggerEventRequestDto

    return {"body": TriggerEventRequestDto(name="welcome-email", to=SUBSCRIBER_ID)}


# tag -> (operation module, keyword arguments of its sync_detailed)
RAW: dict[str, tuple[str, Callable[[], dict[str, Any]]]] = {
    "blueprints": ("get_blueprint_by_id", lambda: {"template_id": BLUEPRINT_ID}),
    "changes": ("get_changes", lambda: {"page": 0, "limit": 10, "promoted": "false"}),
    "environments": ("get_current_environment", dict),
    "events": ("trigger", _trigger_body),
    "execution_details": (
        "get_execution_details_for_notification",
        lambda: {"notification_id": NOTIFICATION_ID, "subscriber_id": SUBSCRIBER_ID},
    ),
    "feeds": ("get_feeds", dict),
    "inbound_parse": ("get_mx_record_status", dict),
    "integrations": ("list_integrations", dict),
    "layouts": ("get_layout", lambda: {"layout_id": LAYOUT_ID}),
    "messages": ("get_messages", lambda: {"subscriber_id": SUBSCRIBER_ID, "page": 0, "limit": 10}),
    "notification_templates": ("get_notification_template", lambda: {"template_id": TEMPLATE_ID}),
    "notifications": ("get_notification", lambda: {"notification_id": NOTIFICATION_ID}),
    "organizations": ("get_self_organization_data", dict),
    "subscribers": ("get_subscriber", lambda: {"subscriber_id": SUBSCRIBER_ID}),
    "tenants": ("get_tenant_by_id", lambda: {"identifier": "tenant-001"}),
    "topics": ("get_topic", lambda: {"topic_key": "project-1-watchers"}),
    "workflow_groups": ("get_notification_group", lambda: {"id": GROUP_ID}),
    "workflows": ("get_workflow_by_id", lambda: {"workflow_id": TEMPLATE_ID}),
}


def test_every_tag_of_the_generated_client_is_covered() -> None:
    assert len(TAGS) >= 18, TAGS
    assert set(RAW) == set(TAGS), f"missing: {sorted(set(TAGS) - set(RAW))}, unknown: {sorted(set(RAW) - set(TAGS))}"


@pytest.mark.parametrize("tag", TAGS)
def test_raw_client_tag(tag: str, contract: Contract) -> None:
    from novu_client import AuthenticatedClient

    assert tag in RAW, f"the generated tag {tag} has no contract test: add it to RAW"
    name, kwargs = RAW[tag]
    module = importlib.import_module(f"novu_client.api.{tag}.{name}")
    client = AuthenticatedClient(base_url=contract.base_url, token=contract.api_key, raise_on_unexpected_status=True)
    with client:
        response = contract.run(f"raw.{tag}", lambda: module.sync_detailed(client=client, **kwargs()))
    assert 200 <= response.status_code < 300, response.status_code
    assert tag in RAW_EXPECT, f"the generated tag {tag} has no value assertions in tests/contract/expectations.py"
    check(response.parsed, contract.applicable(RAW_EXPECT[tag]), f"novu_client.api.{tag}.{name}")
