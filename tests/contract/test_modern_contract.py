"""Cassette-backed contract tests of the modern client (`novu_facade.Novu`).

SEED: the 20 subscriber operations of Novu's API reference (the subscriber index page), each called
the way an application would write it: path parameters positional, the rest plain keyword
arguments. NAMESPACES: one call in every other namespace. Each result must be the type the
generated layer declares (the success model, unwrapped), with a value of the spec's examples;
lists are iterated inside their cassette. Cassettes `modern.<operationId>`; `make record` writes them.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from novu_facade import Novu
from novu_facade._modern._index import NAMESPACES, OPERATIONS
from novu_facade._pagination import ListPager
from tests.compat.cases import ENV_ID, GROUP_ID, LAYOUT_ID, NOTIFICATION_ID, TEMPLATE_ID, TRANSACTION_ID
from tests.contract.recording import Contract

SUBSCRIBER = "user-0001"
V2_SUBSCRIBER = "user-0042"
MESSAGE_IDS = ["6609cd6b9b5718eb72314255", "6609cd6b9b5718eb72314256"]
SLACK = {"hmac_hash": "hmac-of-user-0001", "environment_id": ENV_ID, "integration_identifier": "slack-k3j2x"}
WEBHOOK = {"webhookUrl": "https://hooks.slack.com/services/T0001/B000/XyZ0"}

Call = Callable[[Novu], Any]

# operationId -> (the page of the seed it stands for, the call)
SEED: dict[str, tuple[str, Call]] = {
    "listSubscribers": ("GET Get subscribers", lambda n: n.subscribers.list_subscribers(page=0, limit=10).first_page()),
    "bulkCreateSubscribers": (
        "POST Bulk create subscribers",
        lambda n: n.subscribers.create_bulk(
            subscribers=[
                {"subscriberId": "user-0100", "email": "noether.100@example.com", "firstName": "Emmy"},
                {"subscriberId": "user-0101", "email": "germain.101@example.com", "firstName": "Sophie"},
            ]
        ),
    ),
    "updateSubscriberChannel": (
        "PUT Update subscriber credentials",
        lambda n: n.subscribers.credentials.update(
            SUBSCRIBER, provider_id="slack", integration_identifier="slack-k3j2x", credentials=WEBHOOK
        ),
    ),
    "modifySubscriberChannel": (
        "PATCH Modify subscriber credentials",
        lambda n: n.subscribers.credentials.append(
            SUBSCRIBER, provider_id="slack", integration_identifier="slack-k3j2x", credentials=WEBHOOK
        ),
    ),
    "deleteSubscriberCredentials": (
        "DEL Delete subscriber credentials by providerId",
        lambda n: n.subscribers.credentials.delete(SUBSCRIBER, "slack"),
    ),
    "updateSubscriberOnlineFlag": (
        "PATCH Update subscriber online status",
        lambda n: n.subscribers.properties.update_online_flag(SUBSCRIBER, is_online=True),
    ),
    "getNotificationsFeed": (
        "GET Get in-app notification feed for a particular subscriber",
        lambda n: n.subscribers.notifications.feed(SUBSCRIBER, limit=10, read=False, seen=True).first_page(),
    ),
    "getUnseenCount": (
        "GET Get the unseen in-app notifications count for subscribers feed",
        lambda n: n.subscribers.notifications.unseen_count(SUBSCRIBER, seen=False, limit=100),
    ),
    "markMessagesAs": (
        "POST Mark a subscriber messages as seen, read, unseen or unread",
        lambda n: n.subscribers.messages.mark_all_as(SUBSCRIBER, message_id=MESSAGE_IDS, mark_as="read"),
    ),
    "markAllUnreadAsRead": (
        "POST Marks all the subscriber messages as read, unread, seen or unseen",
        lambda n: n.subscribers.messages.mark_all(SUBSCRIBER, mark_as="read"),
    ),
    "markActionAsSeen": (
        "POST Mark message action as seen",
        lambda n: n.subscribers.messages.update_as_seen(SUBSCRIBER, MESSAGE_IDS[0], "primary", status="done"),
    ),
    "chatOauthCallback": (
        "GET Handle providers oauth redirect",
        lambda n: n.subscribers.chat_oauth_callback(
            SUBSCRIBER, "slack", code="7391554402.8274510694113.d5b1c0f3", **SLACK
        ),
    ),
    "chatAccessOauth": (
        "GET Handle chat oauth",
        lambda n: n.subscribers.chat_access_oauth(SUBSCRIBER, "slack", **SLACK),
    ),
    "searchSubscribers": (
        "GET Search for subscribers",
        lambda n: list(n.subscribers.search(email="liskov.7@example.com", limit=10, order_direction="DESC")),
    ),
    "createSubscriberV2": (
        "POST Create subscriber",
        lambda n: n.subscribers.create(
            subscriber_id="user-0043",
            first_name="Dorothy",
            last_name="Vaughan",
            email="vaughan.43@example.com",
            phone="+15550100043",
            locale="en-GB",
            data={"plan": "free", "signupSource": "web"},
        ),
    ),
    "getSubscriberV2": ("GET Get subscriber", lambda n: n.subscribers.retrieve(V2_SUBSCRIBER)),
    "removeSubscriberV2": ("DEL Delete subscriber", lambda n: n.subscribers.delete(V2_SUBSCRIBER)),
    "patchSubscriber": (
        "PATCH Patch subscriber",
        lambda n: n.subscribers.patch(
            V2_SUBSCRIBER, last_name="Goble Johnson", email="kgj.42@example.com", timezone="Europe/Berlin"
        ),
    ),
    "getSubscriberPreferences": (
        "GET Get subscriber preferences",
        lambda n: n.subscribers.preferences.list(V2_SUBSCRIBER),
    ),
    "updateSubscriberPreferences": (
        "PATCH Update subscriber global or workflow specific preferences",
        lambda n: n.subscribers.preferences.update(
            V2_SUBSCRIBER, channels={"email": False}, workflow_id="welcome-email"
        ),
    ),
}

# One operation of each namespace the seed does not reach.
BY_NAMESPACE: dict[str, Call] = {
    "getBlueprintById": lambda n: n.blueprints.get_blueprint_by_id("65f1c1a29e3779b97f4ace0f"),
    "getChangesCount": lambda n: n.changes.get_changes_count(),
    "getCurrentEnvironment": lambda n: n.environments.get_current_environment(),
    "trigger": lambda n: n.trigger(
        name="welcome-email", to=SUBSCRIBER, payload={"orderId": "A-1001"}, transaction_id=TRANSACTION_ID
    ),
    "getExecutionDetailsForNotification": lambda n: n.execution_details.get_execution_details_for_notification(
        notification_id=NOTIFICATION_ID, subscriber_id=SUBSCRIBER
    ),
    "getFeeds": lambda n: n.feeds.get_feeds(),
    "getMxRecordStatus": lambda n: n.inbound_parse.get_mx_record_status(),
    "listIntegrations": lambda n: n.integrations.list(),
    "getLayout": lambda n: n.layouts.get_layout(LAYOUT_ID),
    "deleteMessage": lambda n: n.messages.delete(MESSAGE_IDS[0]),
    "getNotificationTemplate": lambda n: n.notification_templates.get_notification_template(TEMPLATE_ID),
    "getNotification": lambda n: n.notifications.retrieve(NOTIFICATION_ID),
    "getSelfOrganizationData": lambda n: n.organizations.get_self_organization_data(),
    "createTenant": lambda n: n.tenants.create_tenant(identifier="tenant-002", name="Globex", data={"plan": "pro"}),
    "getTopic": lambda n: n.topics.get_topic("project-1-watchers"),
    "getNotificationGroup": lambda n: n.workflow_groups.get_notification_group(GROUP_ID),
    "getWorkflowById": lambda n: n.workflows.get_workflow_by_id(TEMPLATE_ID),
    "handleWebhook": lambda n: n.activity.track(ENV_ID, "65f1d0c3a1b2c3d4e5f60718", body={"id": "evt-1"}),
    "listChannelConnections": lambda n: n.channel_connections.list(limit=10).first_page(),
    "getChannelEndpoint": lambda n: n.channel_endpoints.retrieve("endpoint-slack-1"),
    "listContexts": lambda n: list(n.contexts.list(limit=10)),
    "listEnvironmentVariables": lambda n: n.environment_variables.list(),
    "listSubscriberTopics": lambda n: n.subscribers.topics.list(V2_SUBSCRIBER).first_page(),
    "getTopicSubscriber": lambda n: n.topics.subscribers.retrieve("project-1-watchers", SUBSCRIBER),
    "getTopicSubscription": lambda n: n.topics.subscriptions.get_subscription("project-1-watchers", SUBSCRIBER),
    "getSingleTranslation": lambda n: n.translations.retrieve("workflow", "welcome-email", "en_US"),
    "getTranslationGroup": lambda n: n.translations.groups.retrieve("workflow", "welcome-email"),
    "getMasterJson": lambda n: n.translations.master.retrieve(locale="en_US"),
    "getWorkflowStepData": lambda n: n.workflows.steps.retrieve("welcome-email", "send-email"),
}

CASES = {**{operation_id: call for operation_id, (_, call) in SEED.items()}, **BY_NAMESPACE}


def declared(operation_id: str) -> str:
    namespace, method, *_ = OPERATIONS[operation_id]
    target: Any = Novu("k", "https://api.novu.test")
    for part in filter(None, namespace.split(".")):
        target = getattr(target, part)
    # `builtins.list[...]` in a namespace whose own method is called `list`
    return str(inspect.signature(getattr(target, method)).return_annotation).removeprefix("builtins.")


def test_the_seed_is_the_subscriber_reference_and_every_operation_is_in_the_spec() -> None:
    assert len(SEED) == 20
    assert set(SEED) <= set(OPERATIONS), sorted(set(SEED) - set(OPERATIONS))
    assert all(OPERATIONS[o][0].split(".")[0] == "subscribers" for o in SEED)


def test_every_namespace_has_a_contract_test() -> None:
    covered = {OPERATIONS[operation_id][0] for operation_id in CASES}
    assert covered == {name for name, count in NAMESPACES.items() if count}


@pytest.mark.parametrize("operation_id", sorted(CASES))
def test_modern_operation(operation_id: str, contract: Contract) -> None:
    novu = Novu(contract.api_key, contract.base_url, max_retries=0)
    result = contract.run(f"modern.{operation_id}", lambda: CASES[operation_id](novu))
    returns = declared(operation_id)
    if returns.startswith("ListPager["):
        page = returns.removeprefix("ListPager[").removesuffix("]").split(", ")
        if isinstance(result, list):  # iterated: the items
            assert result and {type(item).__name__ for item in result} == {page[0]}
        else:  # the first page
            assert type(result).__name__ == page[1]
    elif returns == "None":
        assert result is None
    elif returns.startswith("list["):
        assert isinstance(result, list) and all(type(i).__name__ == returns[5:-1] for i in result)
    elif returns in ("bool", "float", "str", "int"):
        assert type(result).__name__ == returns or (returns == "float" and isinstance(result, int))
    else:
        assert type(result).__name__ == returns, (returns, result)
    assert not isinstance(result, ListPager)
