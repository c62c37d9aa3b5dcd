"""What a type checker sees of `Novu` and `AsyncNovu`: every parameter and result typed, no `Any`.

Checked by `mypy --strict` (tests/typing/test_modern_types.py) and pyright in strict mode
(`make aio-check`); never run. Each `assert_type` fails the check if the declared type differs;
each `# type: ignore[...]` marks a call that must be rejected (strict mode warns on unused ignores).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from novu_client.models import (
    ActivityNotificationResponseDto,
    ActivityStatsResponseDto,
    BlueprintResponseDto,
    BulkCreateSubscriberResponseDto,
    CreateSubscriberRequestDto,
    CreateTenantResponseDto,
    CreateTopicResponseDto,
    DeleteMessageResponseDto,
    EnvironmentResponseDto,
    FeedResponseDto,
    FilterTopicsResponseDto,
    GetLayoutResponseDto,
    GetSubscriberPreferencesDto,
    GetTopicResponseDto,
    IntegrationResponseDto,
    LayoutResponseDto,
    ListSubscribersResponseDto,
    MemberResponseDto,
    MxRecordStatusDto,
    NotificationFeedItemDto,
    NotificationGroupResponseDto,
    OrganizationResponseDto,
    RemoveSubscriberResponseDto,
    SubscriberResponseDto,
    TopicDto,
    TriggerEventResponseDto,
    UnseenCountResponse,
    VariablesResponseDto,
    WorkflowResponse,
    WorkflowsResponseDto,
)

from novu_facade import AsyncNovu, Novu
from novu_facade._pagination import AsyncListPager, ListPager
from novu_facade._retry import RateLimit


def sync_client(novu: Novu) -> None:
    assert_type(Novu("key", "https://eu.api.novu.co", timeout=2.5, max_retries=0, deadline=10), Novu)
    with Novu() as scoped:
        assert_type(scoped, Novu)
    assert_type(novu.rate_limit, RateLimit | None)

    # Calls: path parameters positional, the rest keyword-only, the result the success model.
    assert_type(novu.subscribers.retrieve("user-1"), SubscriberResponseDto)
    assert_type(novu.subscribers.create(subscriber_id="u1", email="a@b.co"), SubscriberResponseDto)
    assert_type(
        novu.subscribers.create(body=CreateSubscriberRequestDto(subscriber_id="u1")),
        SubscriberResponseDto,
    )
    assert_type(novu.subscribers.patch("u1", email=None, first_name="Ada"), SubscriberResponseDto)
    assert_type(novu.subscribers.delete("u1"), RemoveSubscriberResponseDto)
    assert_type(novu.subscribers.preferences.list("u1"), GetSubscriberPreferencesDto)
    assert_type(novu.subscribers.preferences.update("u1", channels={"email": False}), GetSubscriberPreferencesDto)
    assert_type(novu.subscribers.notifications.unseen_count("u1", seen=False), UnseenCountResponse)
    assert_type(novu.subscribers.credentials.delete("u1", "slack"), None)
    assert_type(novu.subscribers.get_subscriber("u1"), SubscriberResponseDto)
    assert_type(novu.trigger(name="welcome", to="u1", payload={"n": 1}), TriggerEventResponseDto)
    assert_type(novu.trigger(name="welcome", to=["u1", {"subscriberId": "u2"}]), TriggerEventResponseDto)
    assert_type(novu.cancel("txn-1"), bool)
    assert_type(novu.topics.get_topic("news"), GetTopicResponseDto)
    assert_type(novu.topics.create_topic(key="news", name="News"), CreateTopicResponseDto)
    assert_type(novu.topics.delete_topic("news"), None)
    assert_type(novu.tenants.create_tenant(identifier="t1", name="T1"), CreateTenantResponseDto)
    assert_type(novu.layouts.get_layout("layout-1"), GetLayoutResponseDto)
    assert_type(novu.layouts.delete_layout("layout-1"), None)
    assert_type(novu.workflows.get_workflow_by_id("wf-1"), WorkflowResponse)
    assert_type(novu.workflows.get_workflow_variables(), VariablesResponseDto)
    assert_type(novu.workflow_groups.get_notification_group("g1"), NotificationGroupResponseDto)
    assert_type(novu.environments.get_current_environment(), EnvironmentResponseDto)
    assert_type(novu.environments.list(), list[EnvironmentResponseDto])
    assert_type(novu.integrations.list(), list[IntegrationResponseDto])
    assert_type(novu.organizations.list_organization_members(), list[MemberResponseDto])
    assert_type(novu.organizations.get_self_organization_data(), OrganizationResponseDto)
    assert_type(novu.messages.delete("m1"), DeleteMessageResponseDto)
    assert_type(novu.notifications.retrieve("n1"), ActivityNotificationResponseDto)
    assert_type(novu.notifications.get_notification("n1"), ActivityNotificationResponseDto)  # its earlier name
    assert_type(novu.layouts.retrieve("l1"), LayoutResponseDto)
    assert_type(novu.layouts.get_layout_v2("l1"), LayoutResponseDto)  # its earlier name
    assert_type(novu.notifications.get_activity_stats(), ActivityStatsResponseDto)
    assert_type(novu.blueprints.get_blueprint_by_id("b1"), BlueprintResponseDto)
    assert_type(novu.inbound_parse.get_mx_record_status(), MxRecordStatusDto)

    # Lists: an iterator over every item, and the first page with its cursors.
    search = novu.subscribers.search(email="a@b.co", limit=10, order_direction="DESC")
    assert_type(search, ListPager[SubscriberResponseDto, ListSubscribersResponseDto])
    assert_type(iter(search), Iterator[SubscriberResponseDto])
    assert_type(search.first_page().next_, str | None)
    assert_type(novu.topics.list_topics(), ListPager[TopicDto, FilterTopicsResponseDto])
    assert_type(novu.workflows.list_workflows(), ListPager[WorkflowResponse, WorkflowsResponseDto])
    assert_type(novu.subscribers.notifications.feed("u1"), ListPager[NotificationFeedItemDto, FeedResponseDto])

    # Bulk: chunked at the server's limits.
    assert_type(novu.trigger_bulk(events=[{"name": "w", "to": "u1"}]), list[TriggerEventResponseDto])
    assert_type(
        novu.subscribers.create_bulk(subscribers=[{"subscriberId": "u1"}], max_in_flight=4),
        BulkCreateSubscriberResponseDto,
    )

    # Rejected: a missing path parameter, a wrong type, an unknown keyword, a positional field.
    novu.subscribers.retrieve()  # type: ignore[call-arg]
    novu.subscribers.retrieve(42)  # type: ignore[arg-type]
    novu.subscribers.patch("u1", emial="a@b.co")  # type: ignore[call-arg]
    novu.subscribers.create("u1")  # type: ignore[call-overload]
    novu.subscribers.search(order_direction="sideways")  # type: ignore[arg-type]


async def async_client(novu: AsyncNovu) -> None:
    async with AsyncNovu("key") as scoped:
        assert_type(scoped, AsyncNovu)
    assert_type(await novu.subscribers.retrieve("user-1"), SubscriberResponseDto)
    assert_type(await novu.subscribers.create(subscriber_id="u1", email="a@b.co"), SubscriberResponseDto)
    assert_type(await novu.subscribers.patch("u1", email=None), SubscriberResponseDto)
    assert_type(await novu.subscribers.delete("u1"), RemoveSubscriberResponseDto)
    assert_type(await novu.subscribers.preferences.list("u1"), GetSubscriberPreferencesDto)
    assert_type(await novu.subscribers.credentials.delete("u1", "slack"), None)
    assert_type(await novu.trigger(name="welcome", to="u1"), TriggerEventResponseDto)
    assert_type(await novu.cancel("txn-1"), bool)
    assert_type(await novu.topics.get_topic("news"), GetTopicResponseDto)
    assert_type(await novu.tenants.create_tenant(identifier="t1", name="T1"), CreateTenantResponseDto)
    assert_type(await novu.layouts.delete_layout("layout-1"), None)
    assert_type(await novu.workflows.get_workflow_by_id("wf-1"), WorkflowResponse)
    assert_type(await novu.workflow_groups.get_notification_group("g1"), NotificationGroupResponseDto)
    assert_type(await novu.environments.list(), list[EnvironmentResponseDto])
    assert_type(await novu.integrations.list(), list[IntegrationResponseDto])
    assert_type(await novu.organizations.get_self_organization_data(), OrganizationResponseDto)
    assert_type(await novu.messages.delete("m1"), DeleteMessageResponseDto)
    assert_type(await novu.notifications.retrieve("n1"), ActivityNotificationResponseDto)
    assert_type(await novu.notifications.get_notification("n1"), ActivityNotificationResponseDto)  # its earlier name
    assert_type(await novu.layouts.update_layout_v2("l1", name="L"), LayoutResponseDto)  # its earlier name
    assert_type(await novu.blueprints.get_blueprint_by_id("b1"), BlueprintResponseDto)
    assert_type(await novu.inbound_parse.get_mx_record_status(), MxRecordStatusDto)

    search = novu.subscribers.search(email="a@b.co")
    assert_type(search, AsyncListPager[SubscriberResponseDto, ListSubscribersResponseDto])
    assert_type(search.__aiter__(), AsyncIterator[SubscriberResponseDto])
    assert_type(await search.first_page(), ListSubscribersResponseDto)
    async for subscriber in novu.subscribers.search():
        assert_type(subscriber, SubscriberResponseDto)
    assert_type(novu.topics.list_topics(), AsyncListPager[TopicDto, FilterTopicsResponseDto])

    assert_type(await novu.trigger_bulk(events=[{"name": "w", "to": "u1"}]), list[TriggerEventResponseDto])
    assert_type(
        await novu.subscribers.create_bulk(subscribers=[{"subscriberId": "u1"}]),
        BulkCreateSubscriberResponseDto,
    )

    await novu.subscribers.retrieve()  # type: ignore[call-arg]
    await novu.subscribers.patch("u1", emial="a@b.co")  # type: ignore[call-arg]
