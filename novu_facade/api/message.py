"""MessageApi: sent messages."""

from __future__ import annotations

from typing import Any

from novu_facade._core import Api, Call, Pages, Plan, endpoint, paged_endpoint
from novu_facade.dto.message import MessageDto, PaginatedMessageDto


class _AsIs:
    """Hands a query value to a generated builder that reads `.value` (it expects an enum) unchanged."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _channel(channel: str | None) -> _AsIs:
    # Always a wrapper: the builder reads `.value` of anything but UNSET; a None value is dropped.
    return _AsIs(channel or None)


class MessageApi(Api):
    """Messages: list, stream and delete."""

    @endpoint
    def list(
        self,
        limit: int = 10,
        page: int = 0,
        channel: str | None = None,
        subscriber_id: str | None = None,
        transaction_id: str | None = None,
    ) -> Plan[PaginatedMessageDto]:
        """One page of messages; empty filters are not sent.

        Args:
            limit: Number of messages per page (default 10).
            page: Page number to fetch, from 0 (the default).
            channel: Only messages of this channel (e.g. `"email"`).
            subscriber_id: Only messages sent to this subscriber.
            transaction_id: Only messages of this trigger.
        """
        body = yield Call(
            "messages.get_messages",
            channel=_channel(channel),
            subscriber_id=subscriber_id or None,
            transaction_id=transaction_id or None,
            page=page,
            limit=limit,
        )
        return PaginatedMessageDto.from_camel_case(body)

    @paged_endpoint
    def stream(
        self, channel: str | None = None, subscriber_id: str | None = None, *, page_size: int = 10
    ) -> Pages[MessageDto]:
        """Every message matching the filters, fetched `page_size` at a time (the first page right away).

        Args:
            channel: Only messages of this channel (e.g. `"email"`).
            subscriber_id: Only messages sent to this subscriber.
            page_size: How many items each request asks for (keyword-only, default 10).
        """

        def call(page: int, limit: int) -> Call:
            return Call(
                "messages.get_messages",
                channel=_channel(channel),
                subscriber_id=subscriber_id or None,
                transaction_id=None,
                page=page,
                limit=limit,
            )

        return Pages(call, MessageDto, page_size)

    @endpoint
    def delete(self, message_id: str) -> Plan[bool]:
        """Delete a message; True when the server acknowledged it.

        Args:
            message_id: Novu's id of the message.
        """
        body = yield Call("messages.delete_message", message_id=message_id)
        acknowledged: bool = body["data"].get("acknowledged", False)
        return acknowledged
