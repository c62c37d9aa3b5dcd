"""What a type checker sees of `novu_facade.aio`: every class, every method, with its real types.

Checked by `mypy --strict` (tests/typing/test_aio_types.py, and .ci/run); never run. Each
`assert_type` fails the check if the declared type differs; each `# type: ignore[...]` marks a call
that must be rejected, and fails the check (strict mode warns on unused ignores) if it is accepted.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Coroutine
from typing import Any, TypeVar, assert_type

import httpx

from novu_facade import aio
from novu_facade.dto.blueprint import BlueprintDto, GroupedBlueprintDto
from novu_facade.dto.change import ChangeDto, PaginatedChangeDto
from novu_facade.dto.environment import EnvironmentApiKeyDto, EnvironmentDto
from novu_facade.dto.event import EventDto, InputEventDto
from novu_facade.dto.execution_detail import ExecutionDetailDto
from novu_facade.dto.feed import FeedDto
from novu_facade.dto.integration import IntegrationChannelUsageDto, IntegrationDto
from novu_facade.dto.layout import LayoutDto, PaginatedLayoutDto
from novu_facade.dto.member import MemberDto
from novu_facade.dto.message import MessageDto, PaginatedMessageDto
from novu_facade.dto.notification import (
    ActivityGraphStatesDto,
    ActivityNotificationDto,
    PaginatedActivityNotificationDto,
)
from novu_facade.dto.notification_group import NotificationGroupDto, PaginatedNotificationGroupDto
from novu_facade.dto.notification_template import (
    NotificationTemplateDto,
    NotificationTemplateFormDto,
    PaginatedNotificationTemplateDto,
)
from novu_facade.dto.organization import OrganizationBrandingDto, OrganizationDto
from novu_facade.dto.subscriber import (
    BulkResultSubscriberDto,
    PaginatedSubscriberDto,
    SubscriberDto,
    SubscriberPreferenceDto,
)
from novu_facade.dto.tenant import PaginatedTenantDto, TenantDto
from novu_facade.dto.topic import PaginatedTopicDto, TopicDto, TriggerTopicDto
from novu_facade.enums import Channel, MarkAsEnum, MessageActionStatus, SmsProviderIdEnum

T = TypeVar("T")


def result_of(coroutine: Coroutine[Any, Any, T]) -> T:
    raise NotImplementedError  # only type-checked


async def constructors(session: httpx.AsyncClient) -> None:
    api = aio.EventApi("https://api.novu.co", "key", 5, session, max_retries=0)
    assert_type(api, aio.EventApi)
    assert isinstance(api, aio.AsyncApi)
    assert_type(api.session, httpx.AsyncClient | None)
    assert_type(api.last_response, httpx.Response | None)
    assert_type(api.requests_timeout, float)
    aio.EventApi(session=httpx.Client())  # type: ignore[arg-type]
    aio.EventApi(max_retries="2")  # type: ignore[arg-type]


async def blueprint(api: aio.BlueprintApi) -> None:
    assert_type(await api.get_by_id("bp-1"), BlueprintDto)
    assert_type(await api.get_grouped_by_category(), GroupedBlueprintDto)
    await api.get_by_id()  # type: ignore[call-arg]


async def change(api: aio.ChangeApi) -> None:
    assert_type(await api.list(page=1, limit=10, promoted="false"), PaginatedChangeDto)
    assert_type(await api.count(), int)
    assert_type(await api.apply("change-1"), PaginatedChangeDto)
    assert_type(api.bulk_apply(["change-1"]), AsyncGenerator[ChangeDto])
    async for item in api.bulk_apply(["change-1"]):
        assert_type(item, ChangeDto)
    await api.list(page="1")  # type: ignore[arg-type]


async def environment(api: aio.EnvironmentApi) -> None:
    assert_type(api.list(), AsyncGenerator[EnvironmentDto])
    assert_type(await api.create("staging", parent_id=None), EnvironmentDto)
    assert_type(await api.current(), EnvironmentDto)
    assert_type(api.api_keys(), AsyncGenerator[EnvironmentApiKeyDto])
    assert_type(api.regenerate_api_key(), AsyncGenerator[EnvironmentApiKeyDto])
    await api.list()  # type: ignore[misc]


async def event(api: aio.EventApi, topic: TriggerTopicDto) -> None:
    triggered = await api.trigger("welcome", ["user-1"], {"plan": "pro"}, idempotency_key="order-1")
    assert_type(triggered, EventDto)
    assert_type(result_of(api.trigger("welcome", "user-1", {})), EventDto)  # a coroutine, not any awaitable
    events = [InputEventDto(name="welcome", recipients="user-1", payload={})]
    assert_type(await api.trigger_bulk(events), list[EventDto])
    job = await api.trigger_bulk(events, max_in_flight=8, idempotency_key="job-1", progress=lambda done, total: None)
    assert_type(job, list[EventDto])
    await api.trigger_bulk(events, progress=lambda done: None)  # type: ignore[arg-type, misc]
    await api.trigger_bulk(events, "job-1")  # type: ignore[call-arg, arg-type]  # keyword-only
    assert_type(await api.trigger_topic("welcome", topic, {}), EventDto)
    assert_type(await api.trigger_topic("welcome", [topic], {}), EventDto)
    assert_type(await api.broadcast("welcome", {}, tenant="acme"), EventDto)
    assert_type(await api.delete("txn-1"), None)
    await api.trigger("welcome", ["user-1"])  # type: ignore[call-arg]
    await api.trigger("welcome", ["user-1"], {}, None, None, None, None, "key")  # type: ignore[call-arg]
    await api.trigger("welcome", ["user-1"], {}, idempotency_key=1)  # type: ignore[arg-type]


async def execution_detail(api: aio.ExecutionDetailApi) -> None:
    assert_type(api.list("notification-1", "user-1"), AsyncGenerator[ExecutionDetailDto])


async def feed(api: aio.FeedApi) -> None:
    assert_type(api.list(), AsyncGenerator[FeedDto])
    assert_type(await api.create("news"), FeedDto)
    assert_type(await api.delete("feed-1"), None)


async def inbound_parse(api: aio.InboundParseApi) -> None:
    assert_type(await api.validate_mx_record_setup(), bool)


async def integration(api: aio.IntegrationApi, item: IntegrationDto) -> None:
    assert_type(api.list(only_active=True), AsyncGenerator[IntegrationDto])
    assert_type(await api.create(item, check=False), IntegrationDto)
    assert_type(await api.status(SmsProviderIdEnum.TWILIO), bool)
    assert_type(await api.update(item), IntegrationDto)
    assert_type(await api.delete("integration-1"), None)
    assert_type(await api.limit(Channel.EMAIL), IntegrationChannelUsageDto)
    assert_type(await api.set_primary("integration-1"), IntegrationDto)
    await api.limit("email")  # type: ignore[arg-type]


async def layout(api: aio.LayoutApi, item: LayoutDto) -> None:
    assert_type(await api.list(page=0, limit=10), PaginatedLayoutDto)
    assert_type(await api.create(item), LayoutDto)
    assert_type(await api.get("layout-1"), LayoutDto)
    assert_type(await api.patch(item), LayoutDto)
    assert_type(await api.delete("layout-1"), None)
    assert_type(await api.set_default("layout-1"), None)


async def message(api: aio.MessageApi) -> None:
    assert_type(await api.list(limit=10, page=0, channel="email"), PaginatedMessageDto)
    assert_type(api.stream(subscriber_id="user-1", page_size=50), aio.AsyncPaginationIterator[MessageDto])
    async for item in api.stream():
        assert_type(item, MessageDto)
    assert_type(await api.stream(), aio.AsyncPaginationIterator[MessageDto])
    assert_type(await api.delete("message-1"), bool)
    api.stream(None, None, 50)  # type: ignore[call-arg]


async def notification(api: aio.NotificationApi) -> None:
    assert_type(await api.list(channels=["email"], page=1), PaginatedActivityNotificationDto)
    assert_type(api.stream(search="x", page_size=20), aio.AsyncPaginationIterator[ActivityNotificationDto])
    assert_type(await api.stats(), tuple[int, int])
    assert_type(api.graph_stats(days=7), AsyncGenerator[ActivityGraphStatesDto])
    assert_type(await api.get("notification-1"), ActivityNotificationDto)


async def notification_group(api: aio.NotificationGroupApi) -> None:
    assert_type(await api.list(), PaginatedNotificationGroupDto)
    assert_type(await api.create("group"), NotificationGroupDto)
    assert_type(await api.get("group-1"), NotificationGroupDto)
    assert_type(await api.patch("group-1", "renamed"), NotificationGroupDto)
    assert_type(await api.delete("group-1"), NotificationGroupDto)


async def notification_template(api: aio.NotificationTemplateApi, form: NotificationTemplateFormDto) -> None:
    assert_type(await api.list(page=0, limit=10), PaginatedNotificationTemplateDto)
    assert_type(api.stream(page_size=5), aio.AsyncPaginationIterator[NotificationTemplateDto])
    assert_type(await api.create(form), NotificationTemplateDto)
    assert_type(await api.get("template-1"), NotificationTemplateDto)
    assert_type(await api.update("template-1", form), NotificationTemplateDto)
    assert_type(await api.delete("template-1"), None)
    assert_type(await api.update_status("template-1", True), NotificationTemplateDto)


async def organization(api: aio.OrganizationApi, branding: OrganizationBrandingDto) -> None:
    assert_type(api.list(), AsyncGenerator[OrganizationDto])
    assert_type(await api.create("acme", logo=None), OrganizationDto)
    assert_type(await api.current(), OrganizationDto)
    assert_type(await api.rename("acme"), None)
    assert_type(api.list_members(), AsyncGenerator[MemberDto])
    assert_type(await api.remove_member("member-1"), MemberDto)
    assert_type(await api.update_branding(branding), OrganizationBrandingDto)


async def subscriber(api: aio.SubscriberApi, item: SubscriberDto) -> None:
    assert_type(await api.list(page=1), PaginatedSubscriberDto)
    assert_type(api.stream(page_size=100), aio.AsyncPaginationIterator[SubscriberDto])
    async for streamed in api.stream():
        assert_type(streamed, SubscriberDto)
    assert_type(await api.create(item), SubscriberDto)
    assert_type(await api.bulk_create([item]), BulkResultSubscriberDto)
    assert_type(await api.bulk_create([item], idempotency_key="job-1", progress=print), BulkResultSubscriberDto)
    assert_type(await api.get("user-1"), SubscriberDto)
    assert_type(await api.put(item), SubscriberDto)
    assert_type(await api.delete("user-1"), None)
    assert_type(await api.credentials("user-1", "slack", webhook_url="https://example.com"), SubscriberDto)
    assert_type(await api.delete_credentials("user-1", SmsProviderIdEnum.TWILIO), None)
    assert_type(await api.online_status("user-1", True), SubscriberDto)
    assert_type(api.preferences("user-1"), AsyncGenerator[SubscriberPreferenceDto])
    preference = await api.change_channel_preference("user-1", "template-1", Channel.EMAIL, True)
    assert_type(preference, SubscriberPreferenceDto)
    assert_type(await api.change_preference_state("user-1", "template-1", False), SubscriberPreferenceDto)
    assert_type(await api.unseen_notifications("user-1"), int)
    assert_type(await api.mark_as("user-1", "message-1", seen=True), MessageDto)
    assert_type(await api.mark_all_as("user-1", MarkAsEnum.READ), int)
    action = await api.mark_message_action("user-1", "message-1", "primary", MessageActionStatus.DONE, {"a": 1})
    assert_type(action, MessageDto)
    api.stream(10)  # type: ignore[call-arg]
    await api.create({"subscriber_id": "user-1"})  # type: ignore[arg-type]


async def tenant(api: aio.TenantApi) -> None:
    assert_type(await api.list(page=0, limit=10), PaginatedTenantDto)
    assert_type(api.stream(), aio.AsyncPaginationIterator[TenantDto])
    assert_type(await api.create("acme", "Acme", data={"tier": 1}), TenantDto)
    assert_type(await api.get("acme"), TenantDto)
    assert_type(await api.patch("acme", name="Acme Inc."), TenantDto)
    assert_type(await api.delete("acme"), None)


async def topic(api: aio.TopicApi) -> None:
    assert_type(await api.list(page=0, limit=10, key="news"), PaginatedTopicDto)
    assert_type(await api.create("news", "News"), TopicDto)
    assert_type(await api.get("news"), TopicDto)
    assert_type(await api.subscribe("news", ["user-1"]), tuple[list[str], dict[str, list[str]]])
    assert_type(await api.unsubscribe("news", "user-1"), None)
    assert_type(await api.rename("news", "Headlines"), TopicDto)
    assert_type(await api.delete("news"), None)
    assert_type(await api.subscribed("news", "user-1"), bool)


def not_awaited(api: aio.TopicApi) -> Any:
    return api.get("news").subscriber_id  # type: ignore[attr-defined]
