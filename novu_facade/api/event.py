"""EventApi: trigger workflows for subscribers, topics or everyone, and cancel them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from novu_facade._core import Api
from novu_facade.dto.event import EventDto, InputEventDto
from novu_facade.dto.topic import TriggerTopicDto


def _trigger_body(
    base: dict[str, Any],
    overrides: dict[str, Any] | None,
    transaction_id: str | None,
    actor: str | None,
    tenant: str | None,
) -> dict[str, Any]:
    """`base` plus the optional trigger fields that are truthy (falsy ones are not sent)."""
    optional = {"overrides": overrides, "actor": actor, "transactionId": transaction_id, "tenant": tenant}
    base.update((key, value) for key, value in optional.items() if value)
    return base


class EventApi(Api):
    """Trigger events and cancel them by transaction id."""

    def trigger(
        self,
        name: str,
        recipients: str | list[str],
        payload: dict[str, Any],
        overrides: dict[str, Any] | None = None,
        transaction_id: str | None = None,
        actor: str | None = None,
        tenant: str | None = None,
    ) -> EventDto:
        """Trigger the workflow `name` for one or more subscriber ids."""
        body = _trigger_body(
            {"name": name, "to": recipients, "payload": payload}, overrides, transaction_id, actor, tenant
        )
        return EventDto.from_camel_case(self._call("events.trigger", body=body)["data"])

    def trigger_bulk(self, events: list[InputEventDto]) -> list[EventDto]:
        """Trigger several events in one request (the server accepts up to 100)."""
        bodies = [
            _trigger_body(
                {"name": event.name, "to": event.recipients, "payload": event.payload},
                event.overrides,
                event.transaction_id,
                event.actor,
                event.tenant,
            )
            for event in events
        ]
        results = self._call("events.trigger_bulk", body={"events": bodies})["data"]
        return [EventDto.from_camel_case(result) for result in results]

    def trigger_topic(
        self,
        name: str,
        topics: TriggerTopicDto | Iterable[TriggerTopicDto],
        payload: dict[str, Any],
        overrides: dict[str, Any] | None = None,
        transaction_id: str | None = None,
        actor: str | None = None,
        tenant: str | None = None,
    ) -> EventDto:
        """Trigger the workflow `name` for the subscribers of one or more topics."""
        recipients = topics if isinstance(topics, Iterable) else [topics]
        body = _trigger_body(
            {"name": name, "to": [topic.to_camel_case() for topic in recipients], "payload": payload},
            overrides,
            transaction_id,
            actor,
            tenant,
        )
        return EventDto.from_camel_case(self._call("events.trigger", body=body)["data"])

    def broadcast(
        self,
        name: str,
        payload: dict[str, Any],
        overrides: dict[str, Any] | None = None,
        transaction_id: str | None = None,
        actor: str | None = None,
        tenant: str | None = None,
    ) -> EventDto:
        """Trigger the workflow `name` for every subscriber."""
        body = _trigger_body({"name": name, "payload": payload}, overrides, transaction_id, actor, tenant)
        return EventDto.from_camel_case(self._call("events.broadcast_event_to_all", body=body)["data"])

    def delete(self, transaction_id: str) -> None:
        """Cancel the pending or active workflows started under `transaction_id`."""
        self._call("events.cancel", transaction_id=transaction_id)
