"""Cassette-backed contract tests of the raw generated client (novu_client.api.<tag>.<operation>).

RAW has one operation per tag; OPERATIONS has each operation that neither a facade method nor RAW
exercises (the v2 subscriber routes, the v1 routes the facade leaves alone). Each test calls its
operation through `novu_client.AuthenticatedClient` and checks the values the generated models parsed
from the cassette. A tag without an entry in RAW fails here; an operation of openapi/novu.yaml that no
cassette exercises fails tests/contract/test_operation_coverage.py.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from novu_facade._modern._index import OPERATIONS as OPERATIONS_OF_NOVU
from tests.compat.cases import (
    BLUEPRINT_ID,
    ENV_ID,
    GROUP_ID,
    LAYOUT_ID,
    NOTIFICATION_ID,
    TEMPLATE_ID,
    TRANSACTION_ID,
)
from tests.contract import auto
from tests.contract.checks import check
from tests.contract.expectations import RAW_EXPECT, RAW_OPERATION_EXPECT
from tests.contract.recording import Contract
from tests.contract.test_modern_contract import CASES as MODERN_CASES

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


V2_SUBSCRIBER_ID = "user-0042"
MESSAGE_IDS = ["6609cd6b9b5718eb72314255", "6609cd6b9b5718eb72314256"]
# Not a real HMAC (a hex digest would look like a credential to the cassette hygiene test).
HMAC_HASH = "hmac-of-user-0001"
SLACK_OAUTH = {"hmac_hash": HMAC_HASH, "environment_id": ENV_ID, "integration_identifier": "slack-k3j2x"}


def _model(name: str, data: dict[str, Any]) -> Any:
    """A request body built from its wire form, so the table reads like what is sent."""
    models = importlib.import_module("novu_client.models")
    return getattr(models, name).from_dict(data)


def _enum(name: str, value: str) -> Any:
    return getattr(importlib.import_module("novu_client.models"), name)(value)


def _email_step(subject: str) -> dict[str, Any]:
    return {"active": True, "shouldStopOnFail": False, "template": {"type": "email", "subject": subject, "content": []}}


# "<tag>.<operation module>" -> keyword arguments of its sync_detailed; cassette raw.<tag>.<operation>.
OPERATIONS: dict[str, Callable[[], dict[str, Any]]] = {
    "integrations.get_active_integrations": dict,
    "integrations.get_webhook_support_status": lambda: {"provider_or_integration_id": "sendgrid"},
    "messages.delete_messages_by_transaction_id": lambda: {
        "transaction_id": TRANSACTION_ID,
        "channel": _enum("DeleteMessagesByTransactionIdChannel", "in_app"),
    },
    "subscribers.chat_access_oauth": lambda: {"subscriber_id": SUBSCRIBER_ID, "provider_id": "slack", **SLACK_OAUTH},
    "subscribers.chat_oauth_callback": lambda: {
        "subscriber_id": SUBSCRIBER_ID,
        "provider_id": "slack",
        "code": "7391554402.8274510694113.d5b1c0f3",
        **SLACK_OAUTH,
    },
    "subscribers.get_notifications_feed": lambda: {
        "subscriber_id": SUBSCRIBER_ID,
        "page": 0,
        "limit": 10,
        "read": False,
        "seen": True,
    },
    "subscribers.get_subscriber_preference_by_level": lambda: {"subscriber_id": SUBSCRIBER_ID, "parameter": "template"},
    "subscribers.mark_messages_as": lambda: {
        "subscriber_id": SUBSCRIBER_ID,
        "body": _model("MessageMarkAsRequestDto", {"messageId": MESSAGE_IDS, "markAs": "read"}),
    },
    "subscribers.modify_subscriber_channel": lambda: {
        "subscriber_id": SUBSCRIBER_ID,
        "body": _model(
            "UpdateSubscriberChannelRequestDto",
            {
                "providerId": "slack",
                "integrationIdentifier": "slack-k3j2x",
                "credentials": {"webhookUrl": "https://hooks.slack.com/services/T0001/B000/XyZ0"},
            },
        ),
    },
    "subscribers.update_subscriber_global_preferences": lambda: {
        "subscriber_id": SUBSCRIBER_ID,
        "body": _model(
            "UpdateSubscriberGlobalPreferencesRequestDto",
            {"enabled": True, "preferences": [{"type": "email", "enabled": False}, {"type": "sms", "enabled": True}]},
        ),
    },
    # The v2 subscriber routes.
    "subscribers.search_subscribers": lambda: {
        "email": "liskov.7@example.com",
        "limit": 10,
        "order_direction": _enum("SearchSubscribersOrderDirection", "DESC"),
    },
    "subscribers.create_subscriber_v2": lambda: {
        "body": _model(
            "CreateSubscriberRequestDto",
            {
                "subscriberId": "user-0043",
                "firstName": "Dorothy",
                "lastName": "Vaughan",
                "email": "vaughan.43@example.com",
                "phone": "+15550100043",
                "locale": "en-GB",
                "data": {"plan": "free", "signupSource": "web"},
            },
        )
    },
    "subscribers.get_subscriber_v2": lambda: {"subscriber_id": V2_SUBSCRIBER_ID},
    "subscribers.patch_subscriber": lambda: {
        "subscriber_id": V2_SUBSCRIBER_ID,
        "body": _model(
            "PatchSubscriberRequestDto",
            {
                "lastName": "Goble Johnson",
                "email": "kgj.42@example.com",
                "timezone": "Europe/Berlin",
                "data": {"plan": "enterprise", "seats": 40},
            },
        ),
    },
    "subscribers.remove_subscriber_v2": lambda: {"subscriber_id": V2_SUBSCRIBER_ID},
    "subscribers.get_subscriber_preferences": lambda: {"subscriber_id": V2_SUBSCRIBER_ID},
    "subscribers.update_subscriber_preferences": lambda: {
        "subscriber_id": V2_SUBSCRIBER_ID,
        "body": _model("PatchSubscriberPreferencesDto", {"channels": {"email": False}, "workflowId": "welcome-email"}),
    },
    # The v1 workflow routes (the facade's NotificationTemplateApi uses /v1/notification-templates).
    "workflows.list_workflows": lambda: {"page": 0, "limit": 10, "query": "welcome"},
    "workflows.create": lambda: {
        "body": _model(
            "CreateWorkflowRequestDto",
            {
                "name": "Password reset",
                "notificationGroupId": GROUP_ID,
                "description": "Sent right after sign-up",
                "tags": ["onboarding"],
                "active": False,
                "steps": [_email_step("Welcome {{firstName}}")],
            },
        )
    },
    "workflows.get_workflow_variables": dict,
    "workflows.update_workflow_by_id": lambda: {
        "workflow_id": TEMPLATE_ID,
        "body": _model(
            "UpdateWorkflowRequestDto",
            {
                "name": "Welcome email",
                "notificationGroupId": GROUP_ID,
                "description": "Sent right after sign-up",
                "tags": ["onboarding"],
                "steps": [_email_step("Welcome {{firstName}}")],
            },
        ),
    },
    "workflows.update_active_status": lambda: {
        "workflow_id": TEMPLATE_ID,
        "body": _model("ChangeWorkflowStatusRequestDto", {"active": True}),
    },
    "workflows.delete_workflow_by_id": lambda: {"workflow_id": TEMPLATE_ID},
}


def test_every_tag_of_the_generated_client_is_covered() -> None:
    """A tag has a hand-written test here or through `Novu` (test_modern_contract.py), or (a tag a new
    upstream document brought) the recorded contract tests by rule of its operations (test_auto_contract.py)."""
    assert len(TAGS) >= 18, TAGS
    by_rule = {name.split(".", 1)[0] for name in auto.names(auto.auto_operations())}
    by_modern = {OPERATIONS_OF_NOVU[operation_id][4].split(".", 1)[0] for operation_id in MODERN_CASES}
    missing = sorted(set(TAGS) - set(RAW) - by_rule - by_modern)
    assert not missing, (
        f"tags without a contract test (add them to RAW or record `scripts/record.sh --missing`): {missing}"
    )
    assert set(RAW) <= set(TAGS), f"unknown tags in RAW: {sorted(set(RAW) - set(TAGS))}"


@pytest.mark.parametrize("tag", sorted(RAW))
def test_raw_client_tag(tag: str, contract: Contract) -> None:
    from novu_client import AuthenticatedClient

    name, kwargs = RAW[tag]
    module = importlib.import_module(f"novu_client.api.{tag}.{name}")
    client = AuthenticatedClient(base_url=contract.base_url, token=contract.api_key, raise_on_unexpected_status=True)
    with client:
        response = contract.run(f"raw.{tag}", lambda: module.sync_detailed(client=client, **kwargs()))
    assert 200 <= response.status_code < 300, response.status_code
    assert tag in RAW_EXPECT, f"the generated tag {tag} has no value assertions in tests/contract/expectations.py"
    check(response.parsed, contract.applicable(RAW_EXPECT[tag]), f"novu_client.api.{tag}.{name}")


def test_every_listed_operation_exists_and_has_value_assertions() -> None:
    unknown = sorted(op for op in OPERATIONS if not (API_DIR / (op.replace(".", "/") + ".py")).is_file())
    assert not unknown, f"no such generated operation: {unknown}"
    assert set(RAW_OPERATION_EXPECT) == set(OPERATIONS), (
        f"without assertions: {sorted(set(OPERATIONS) - set(RAW_OPERATION_EXPECT))}, "
        f"assertions of no test: {sorted(set(RAW_OPERATION_EXPECT) - set(OPERATIONS))}"
    )


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_raw_client_operation(operation: str, contract: Contract) -> None:
    from novu_client import AuthenticatedClient

    module = importlib.import_module(f"novu_client.api.{operation}")
    kwargs = OPERATIONS[operation]
    client = AuthenticatedClient(base_url=contract.base_url, token=contract.api_key, raise_on_unexpected_status=True)
    with client:
        response = contract.run(f"raw.{operation}", lambda: module.sync_detailed(client=client, **kwargs()))
    assert 200 <= response.status_code < 300, response.status_code
    check(response.parsed, contract.applicable(RAW_OPERATION_EXPECT[operation]), f"novu_client.api.{operation}")
