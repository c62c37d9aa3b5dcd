"""SubscriberApi: subscribers, their credentials, preferences and feed messages."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any

from novu_facade._bulk import DEFAULT_MAX_IN_FLIGHT, SUBSCRIBERS_PER_REQUEST, chunked
from novu_facade._core import Api, Call, Pages, Plan, endpoint, lazy_endpoint, paged_endpoint
from novu_facade.dto.message import MessageDto
from novu_facade.dto.subscriber import (
    BulkResultSubscriberDto,
    PaginatedSubscriberDto,
    SubscriberDto,
    SubscriberPreferenceDto,
)
from novu_facade.enums import Channel, MarkAsEnum, MessageActionStatus, ProviderIdEnum


def _page(page: int, limit: int) -> Call:
    return Call("subscribers.list_subscribers", page=page, limit=limit)


def _bulk_create(subscribers: builtins.list[SubscriberDto], headers: dict[str, str] | None) -> Call:
    """One request of a bulk create."""
    body = {"subscribers": [subscriber.to_camel_case() for subscriber in subscribers]}
    return Call("subscribers.bulk_create_subscribers", body=body, _headers=headers)


def _bulk_result(answer: Any) -> Any:
    return answer.get("data", {})


def _merged(chunks: builtins.list[Any]) -> BulkResultSubscriberDto:
    """The results of every request as one: created, updated and failed each in input order."""
    if len(chunks) == 1:
        return BulkResultSubscriberDto.from_camel_case(chunks[0])
    merged: dict[str, builtins.list[Any]] = {"created": [], "updated": [], "failed": []}
    for result in chunks:
        for key, values in merged.items():
            values.extend(result.get(key) or [])
    return BulkResultSubscriberDto.from_camel_case(merged)


class SubscriberApi(Api):
    """Subscribers in Novu and everything attached to one: credentials, preferences, feed messages."""

    @endpoint
    def list(self, page: int | None = None) -> Plan[PaginatedSubscriberDto]:
        """One page of subscribers; a zero page is left out and the server's page size applies.

        Args:
            page: Page number to fetch; 0 or None leaves it to the server.
        """
        body = yield Call("subscribers.list_subscribers", page=page or None, limit=None)
        return PaginatedSubscriberDto.from_camel_case(body)

    @paged_endpoint
    def stream(self, *, page_size: int = 10) -> Pages[SubscriberDto]:
        """Every subscriber, fetched page by page while iterating.

        Args:
            page_size: How many items each request asks for (keyword-only, default 10).
        """
        return Pages(_page, SubscriberDto, page_size)

    @endpoint
    def create(self, subscriber: SubscriberDto) -> Plan[SubscriberDto]:
        """Create a subscriber; the subscriber as Novu stored it.

        Args:
            subscriber: The subscriber to create; `subscriber_id` is required.
        """
        body = yield Call("subscribers.create_subscriber", body=subscriber.to_camel_case())
        return SubscriberDto.from_camel_case(body.get("data", {}))

    @endpoint
    def bulk_create(
        self,
        subscribers: Iterable[SubscriberDto],
        *,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        idempotency_key: str | None = None,
        progress: Callable[[int, int], object] | None = None,
    ) -> Plan[BulkResultSubscriberDto]:
        """Create or update subscribers, in requests of at most 500 (the server's limit); one merged result.

        A request that fails after its retries raises `BulkError`, whose `resume()` finishes the call.

        Args:
            subscribers: The subscribers to create or update; any number of them.
            max_in_flight: How many requests may be in flight at once, 1 to 100. The default, 1,
                sends them one after another in input order.
            idempotency_key: A key for the whole job (printable ASCII): each request's key is derived
                from it and the request's position (`KEY#0`, `KEY#1`, ...; KEY itself for a single
                request), so running the same subscribers in the same order again with the same key
                sends nothing the server processed already (within its 24 h). Without one, each
                request gets a fresh key.
            progress: Called as `progress(done, total)` after each accepted request, with the number of
                subscribers accepted so far and of all subscribers; by one thread at a time.
        """
        return (
            yield from chunked(
                "SubscriberApi.bulk_create",
                builtins.list(subscribers),
                SUBSCRIBERS_PER_REQUEST,
                _bulk_create,
                _bulk_result,
                _merged,
                keyed=self._automatic_keys,
                max_in_flight=max_in_flight,
                idempotency_key=idempotency_key,
                progress=progress,
            )
        )

    @endpoint
    def get(self, subscriber_id: str) -> Plan[SubscriberDto]:
        """Fetch one subscriber.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
        """
        body = yield Call("subscribers.get_subscriber", subscriber_id=subscriber_id)
        return SubscriberDto.from_camel_case(body.get("data", {}))

    @endpoint
    def put(self, subscriber: SubscriberDto) -> Plan[SubscriberDto]:
        """Update the subscriber named by `subscriber.subscriber_id` with the whole DTO.

        Args:
            subscriber: The subscriber with every field as it should be stored.
        """
        body = yield Call(
            "subscribers.update_subscriber", subscriber_id=subscriber.subscriber_id, body=subscriber.to_camel_case()
        )
        return SubscriberDto.from_camel_case(body.get("data", {}))

    @endpoint
    def delete(self, subscriber_id: str) -> Plan[None]:
        """Delete a subscriber.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
        """
        yield Call("subscribers.remove_subscriber", subscriber_id=subscriber_id)

    @endpoint
    def credentials(
        self,
        subscriber_id: str,
        provider_id: str,
        webhook_url: str | None = None,
        device_tokens: builtins.list[str] | None = None,
    ) -> Plan[SubscriberDto]:
        """Set a provider's credentials (webhook URL, device tokens) on the subscriber; empty values are left out.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
            provider_id: The provider the credentials are for (e.g. `"slack"`).
            webhook_url: Webhook URL for chat providers such as Slack.
            device_tokens: Device tokens for push providers.
        """
        creds: dict[str, str | builtins.list[str]] = {}
        if webhook_url:
            creds["webhookUrl"] = webhook_url
        if device_tokens:
            creds["deviceTokens"] = device_tokens
        body = yield Call(
            "subscribers.update_subscriber_channel",
            subscriber_id=subscriber_id,
            body={"providerId": provider_id, "credentials": creds},
        )
        return SubscriberDto.from_camel_case(body.get("data", {}))

    @endpoint
    def delete_credentials(self, subscriber_id: str, provider_id: ProviderIdEnum) -> Plan[None]:
        """Remove a provider's credentials (e.g. a Slack webhook or push tokens) from the subscriber.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
            provider_id: The provider whose credentials go.
        """
        yield Call("subscribers.delete_subscriber_credentials", subscriber_id=subscriber_id, provider_id=provider_id)

    @endpoint
    def online_status(self, subscriber_id: str, status: bool) -> Plan[SubscriberDto]:
        """Set whether the subscriber is online.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
            status: True for online, False for offline.
        """
        body = yield Call(
            "subscribers.update_subscriber_online_flag", subscriber_id=subscriber_id, body={"isOnline": status}
        )
        return SubscriberDto.from_camel_case(body.get("data", {}))

    @lazy_endpoint
    def preferences(self, subscriber_id: str) -> Plan[Iterable[SubscriberPreferenceDto]]:
        """The subscriber's preferences; the request is sent when iteration starts.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
        """
        body = yield Call("subscribers.list_subscriber_preferences", subscriber_id=subscriber_id)
        return (SubscriberPreferenceDto.from_camel_case(item) for item in body.get("data", []))

    @endpoint
    def change_channel_preference(
        self, subscriber_id: str, template_id: str, channel: Channel, channel_enabled: bool
    ) -> Plan[SubscriberPreferenceDto]:
        """Enable or disable one channel of one template for the subscriber.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
            template_id: Novu's id of the notification template (workflow).
            channel: The channel to switch.
            channel_enabled: True to receive this template through the channel, False not to.
        """
        body = yield Call(
            "subscribers.update_subscriber_preference",
            subscriber_id=subscriber_id,
            parameter=template_id,
            body={"channel": {"type": channel, "enabled": channel_enabled}},
        )
        return SubscriberPreferenceDto.from_camel_case(body.get("data", {}))

    @endpoint
    def change_preference_state(
        self, subscriber_id: str, template_id: str, state: bool
    ) -> Plan[SubscriberPreferenceDto]:
        """Enable or disable a whole template for the subscriber.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
            template_id: Novu's id of the notification template (workflow).
            state: True to receive the template at all, False not to.
        """
        body = yield Call(
            "subscribers.update_subscriber_preference",
            subscriber_id=subscriber_id,
            parameter=template_id,
            body={"enabled": state},
        )
        return SubscriberPreferenceDto.from_camel_case(body.get("data", {}))

    @endpoint
    def unseen_notifications(self, subscriber_id: str) -> Plan[int]:
        """How many feed notifications the subscriber has not seen.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
        """
        body = yield Call("subscribers.get_unseen_count", subscriber_id=subscriber_id, seen=None, limit=None)
        count: int = body.get("data", {}).get("count", 0)
        return count

    @endpoint
    def mark_as(
        self, subscriber_id: str, message_id: str, seen: bool | None = None, read: bool | None = None
    ) -> Plan[MessageDto]:
        """Set the seen and/or read flag of one message; flags left as None are not sent.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
            message_id: Novu's id of the message.
            seen: New value of the seen flag; not sent when None.
            read: New value of the read flag; not sent when None.
        """
        mark: dict[str, bool] = {}
        if read is not None:
            mark["read"] = read
        if seen is not None:
            mark["seen"] = seen
        body = yield Call(
            "subscribers.mark_message_as",
            subscriber_id=subscriber_id,
            body={"messageId": message_id, "mark": mark},
        )
        return MessageDto.from_camel_case(body["data"][0])

    @endpoint
    def mark_all_as(
        self, subscriber_id: str, mark_as: MarkAsEnum, feed_identifiers: builtins.list[str] | None = None
    ) -> Plan[int]:
        """Mark every message (optionally only those of some feeds); returns how many changed.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
            mark_as: What to mark the messages as (read, seen, unread, unseen).
            feed_identifiers: Only the messages of these feeds; all messages when left out.
        """
        payload: dict[str, MarkAsEnum | builtins.list[str]] = {"markAs": mark_as}
        if feed_identifiers:
            payload["feedIdentifier"] = feed_identifiers
        body = yield Call("subscribers.mark_all_unread_as_read", subscriber_id=subscriber_id, body=payload)
        changed: int = body.get("data", 0)
        return changed

    @endpoint
    def mark_message_action(
        self,
        subscriber_id: str,
        message_id: str,
        action_type: str,
        status: MessageActionStatus,
        payload: dict[Any, Any] | None = None,
    ) -> Plan[MessageDto]:
        """Set the status (and optional payload) of a message's action button.

        Args:
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
            message_id: Novu's id of the message.
            action_type: Which button of the message (e.g. `"primary"`).
            status: The action's new status.
            payload: Data to store with the action.
        """
        request: dict[str, MessageActionStatus | dict[Any, Any]] = {"status": status}
        if payload is not None:
            request["payload"] = payload
        body = yield Call(
            "subscribers.mark_action_as_seen",
            subscriber_id=subscriber_id,
            message_id=message_id,
            type_=action_type,
            body=request,
        )
        return MessageDto.from_camel_case(body.get("data", {}))
