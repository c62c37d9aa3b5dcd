"""NotificationApi: the activity feed and its statistics."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any

from novu_facade._core import Api, Call, Pages, Plan, endpoint, lazy_endpoint, paged_endpoint
from novu_facade.dto.notification import (
    ActivityGraphStatesDto,
    ActivityNotificationDto,
    PaginatedActivityNotificationDto,
)

_Strings = builtins.list[str]


class _AsIs:
    """Hands a query value to a generated builder that reads `.value` (it expects an enum) unchanged."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _values(value: Any) -> builtins.list[Any] | None:
    """A repeated query parameter's values as the legacy SDK sent them.

    Nothing for an empty/None argument, a lone string (or other non-iterable) as one value, and
    None items skipped.
    """
    if not value:
        return None
    items = [value] if isinstance(value, str | bytes) or not hasattr(value, "__iter__") else builtins.list(value)
    return [item for item in items if item is not None]


def _filters(
    channels: _Strings | None,
    templates: _Strings | None,
    emails: _Strings | None,
    subscriber_ids: _Strings | None,
    search: str | None,
    transaction_id: str | None,
) -> dict[str, Any]:
    channel_values = _values(channels)
    return {
        # the builder iterates this one (reading `.value` of each item), so never None
        "channels": [_AsIs(c) for c in channel_values or ()],
        "templates": _values(templates),
        "emails": _values(emails),
        "subscriber_ids": _values(subscriber_ids),
        "search": search,
        "transaction_id": transaction_id,
    }


class NotificationApi(Api):
    """The activity feed: list, stream, read one, and statistics."""

    @endpoint
    def list(
        self,
        channels: _Strings | None = None,
        templates: _Strings | None = None,
        emails: _Strings | None = None,
        subscriber_ids: _Strings | None = None,
        search: str | None = None,
        page: int | None = 0,
        transaction_id: str | None = None,
    ) -> Plan[PaginatedActivityNotificationDto]:
        """One page of the activity feed, filtered.

        Args:
            channels: Only notifications sent through these channels (`"in_app"`, `"email"`, `"sms"`, `"chat"`,
                `"push"`).
            templates: Only notifications of these templates (workflow ids).
            emails: Only notifications sent to these e-mail addresses.
            subscriber_ids: Only notifications sent to these subscribers.
            search: Free-text search term.
            page: Page number to fetch, from 0 (the default).
            transaction_id: Only the notifications of this trigger.
        """
        filters = _filters(channels, templates, emails, subscriber_ids, search, transaction_id)
        body = yield Call("notifications.list_notifications", page=page, limit=None, **filters)
        return PaginatedActivityNotificationDto.from_camel_case(body)

    @paged_endpoint
    def stream(
        self,
        channels: _Strings | None = None,
        templates: _Strings | None = None,
        emails: _Strings | None = None,
        subscriber_ids: _Strings | None = None,
        search: str | None = None,
        transaction_id: str | None = None,
        *,
        page_size: int = 10,
    ) -> Pages[ActivityNotificationDto]:
        """Every notification matching the filters, fetched `page_size` at a time (the first page right away).

        Args:
            channels: Only notifications sent through these channels (`"in_app"`, `"email"`, `"sms"`, `"chat"`,
                `"push"`).
            templates: Only notifications of these templates (workflow ids).
            emails: Only notifications sent to these e-mail addresses.
            subscriber_ids: Only notifications sent to these subscribers.
            search: Free-text search term.
            transaction_id: Only the notifications of this trigger.
            page_size: How many items each request asks for (keyword-only, default 10).
        """
        filters = _filters(channels, templates, emails, subscriber_ids, search, transaction_id)

        def call(page: int, limit: int) -> Call:
            return Call("notifications.list_notifications", page=page, limit=limit, **filters)

        return Pages(call, ActivityNotificationDto, page_size)

    @endpoint
    def stats(self) -> Plan[tuple[int, int]]:
        """(notifications sent this week, this month)."""
        body = yield Call("notifications.get_activity_stats")
        data = body["data"]
        return data["weeklySent"], data["monthlySent"]

    @lazy_endpoint
    def graph_stats(
        self,
        id: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        days: int | None = None,
    ) -> Plan[Iterable[ActivityGraphStatesDto]]:
        """Yield the points of the activity graph; the request is sent on first iteration.

        Args:
            id: Restrict the statistics to one notification id.
            start_date: First day of the period, as a date string.
            end_date: Last day of the period, as a date string.
            days: Length of the period in days.
        """
        body = yield Call(
            "notifications.get_activity_graph_stats", id=id, start_date=start_date, end_date=end_date, days=days
        )
        return (ActivityGraphStatesDto.from_camel_case(point) for point in body["data"])

    @endpoint
    def get(self, notification_id: str) -> Plan[ActivityNotificationDto]:
        """Fetch one notification of the activity feed.

        Args:
            notification_id: Novu's id of the notification.
        """
        body = yield Call("notifications.get_notification", notification_id=notification_id)
        return ActivityNotificationDto.from_camel_case(body["data"])
