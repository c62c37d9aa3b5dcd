"""EventApi: trigger workflows for subscribers, topics or everyone, and cancel them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain
from typing import Any

from novu_facade._bulk import DEFAULT_MAX_IN_FLIGHT, EVENTS_PER_REQUEST, chunked
from novu_facade._core import Api, Call, Plan, endpoint
from novu_facade._retry import IDEMPOTENCY_HEADER, checked_idempotency_key
from novu_facade.dto.base import parse_all
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
    # Plain ifs: this runs once per event of a bulk call.
    if overrides:
        base["overrides"] = overrides
    if actor:
        base["actor"] = actor
    if transaction_id:
        base["transactionId"] = transaction_id
    if tenant:
        base["tenant"] = tenant
    return base


def _key(idempotency_key: str | None) -> dict[str, str] | None:
    """A caller's idempotency key; without one the core gives each call a fresh key."""
    return {IDEMPOTENCY_HEADER: checked_idempotency_key(idempotency_key)} if idempotency_key else None


def _bulk_trigger(events: list[InputEventDto], headers: dict[str, str] | None) -> Call:
    """One request of a bulk trigger: each event as `trigger` would send it."""
    bodies = [
        _trigger_body(
            {"name": event.name, "to": event.recipients, "payload": event.payload},
            event.overrides,
            event.transaction_id,
            event.actor,
            event.tenant,
        )
        if event.overrides or event.transaction_id or event.actor or event.tenant
        else {"name": event.name, "to": event.recipients, "payload": event.payload}  # most events: no call
        for event in events
    ]
    return Call("events.trigger_bulk", body={"events": bodies}, _headers=headers)


def _results(answer: Any) -> list[Any]:
    results: list[Any] = answer["data"]
    return results


def _event_results(chunks: list[list[Any]]) -> list[EventDto]:
    return parse_all(EventDto, chain.from_iterable(chunks))


class EventApi(Api):
    """Trigger events and cancel them by transaction id."""

    @endpoint
    def trigger(
        self,
        name: str,
        recipients: str | list[str],
        payload: dict[str, Any],
        overrides: dict[str, Any] | None = None,
        transaction_id: str | None = None,
        actor: str | None = None,
        tenant: str | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> Plan[EventDto]:
        """Trigger the workflow `name` for one or more subscriber ids.

        Args:
            name: Identifier of the workflow (its trigger) to run.
            recipients: One subscriber id or a list of them. The subscribers must exist already: create them first with
                `SubscriberApi.create`.
            payload: JSON-serialisable data handed to the workflow: the templates can render it and step conditions can
                test it; it also shows in the subscriber's feed.
            overrides: JSON-serialisable settings that replace provider-specific options for this trigger only.
            transaction_id: Your own id for this trigger, to cancel it later with `delete`; Novu makes one up when left
                out.
            actor: Subscriber id of whoever caused the notification, e.g. to show their avatar.
            tenant: Tenant to run the workflow in; an identifier Novu does not know yet creates that tenant.
            idempotency_key: Idempotency key sent with the request (keyword-only; printable ASCII, at most 255
                characters). Without one, each call gets a fresh key of its own.
        """
        body = _trigger_body(
            {"name": name, "to": recipients, "payload": payload}, overrides, transaction_id, actor, tenant
        )
        answer = yield Call("events.trigger", body=body, _headers=_key(idempotency_key))
        return EventDto.from_camel_case(answer["data"])

    @endpoint
    def trigger_bulk(
        self,
        events: list[InputEventDto],
        *,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        idempotency_key: str | None = None,
        progress: Callable[[int, int], object] | None = None,
    ) -> Plan[list[EventDto]]:
        """Trigger several events, in requests of at most 100 events (the server's limit); results in input order.

        A request that fails after its retries raises `BulkError`, whose `resume()` finishes the call.

        Args:
            events: The events to trigger, each an `InputEventDto`; any number of them.
            max_in_flight: How many requests may be in flight at once, 1 to 100. The default, 1,
                sends them one after another in input order.
            idempotency_key: A key for the whole job (printable ASCII): each request's key is derived
                from it and the request's position (`KEY#0`, `KEY#1`, ...; KEY itself for a single
                request), so running the same events in the same order again with the same key sends
                nothing the server processed already (within its 24 h). Without one, each request gets
                a fresh key.
            progress: Called as `progress(done, total)` after each accepted request, with the number of
                events accepted so far and of all events; by one thread at a time.
        """
        return (
            yield from chunked(
                "EventApi.trigger_bulk",
                events,
                EVENTS_PER_REQUEST,
                _bulk_trigger,
                _results,
                _event_results,
                keyed=self._automatic_keys,
                max_in_flight=max_in_flight,
                idempotency_key=idempotency_key,
                progress=progress,
            )
        )

    @endpoint
    def trigger_topic(
        self,
        name: str,
        topics: TriggerTopicDto | Iterable[TriggerTopicDto],
        payload: dict[str, Any],
        overrides: dict[str, Any] | None = None,
        transaction_id: str | None = None,
        actor: str | None = None,
        tenant: str | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> Plan[EventDto]:
        """Trigger the workflow `name` for the subscribers of one or more topics.

        Args:
            name: Identifier of the workflow (its trigger) to run.
            topics: One `TriggerTopicDto` or several: the topics whose subscribers receive it.
            payload: JSON-serialisable data handed to the workflow: the templates can render it and step conditions can
                test it; it also shows in the subscriber's feed.
            overrides: JSON-serialisable settings that replace provider-specific options for this trigger only.
            transaction_id: Your own id for this trigger, to cancel it later with `delete`; Novu makes one up when left
                out.
            actor: Subscriber id of whoever caused the notification, e.g. to show their avatar.
            tenant: Tenant to run the workflow in; an identifier Novu does not know yet creates that tenant.
            idempotency_key: Idempotency key sent with the request (keyword-only; printable ASCII, at most 255
                characters). Without one, each call gets a fresh key of its own.
        """
        recipients = topics if isinstance(topics, Iterable) else [topics]
        body = _trigger_body(
            {"name": name, "to": [topic.to_camel_case() for topic in recipients], "payload": payload},
            overrides,
            transaction_id,
            actor,
            tenant,
        )
        answer = yield Call("events.trigger", body=body, _headers=_key(idempotency_key))
        return EventDto.from_camel_case(answer["data"])

    @endpoint
    def broadcast(
        self,
        name: str,
        payload: dict[str, Any],
        overrides: dict[str, Any] | None = None,
        transaction_id: str | None = None,
        actor: str | None = None,
        tenant: str | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> Plan[EventDto]:
        """Trigger the workflow `name` for every subscriber.

        Args:
            name: Identifier of the workflow (its trigger) to run.
            payload: JSON-serialisable data handed to the workflow: the templates can render it and step conditions can
                test it; it also shows in the subscriber's feed.
            overrides: JSON-serialisable settings that replace provider-specific options for this trigger only.
            transaction_id: Your own id for this trigger, to cancel it later with `delete`; Novu makes one up when left
                out.
            actor: Subscriber id of whoever caused the notification, e.g. to show their avatar.
            tenant: Tenant to run the workflow in; an identifier Novu does not know yet creates that tenant.
            idempotency_key: Idempotency key sent with the request (keyword-only; printable ASCII, at most 255
                characters). Without one, each call gets a fresh key of its own.
        """
        body = _trigger_body({"name": name, "payload": payload}, overrides, transaction_id, actor, tenant)
        answer = yield Call("events.broadcast_event_to_all", body=body, _headers=_key(idempotency_key))
        return EventDto.from_camel_case(answer["data"])

    @endpoint
    def delete(self, transaction_id: str) -> Plan[None]:
        """Cancel the pending or active workflows started under `transaction_id`.

        Args:
            transaction_id: The transaction id the trigger was sent with (or was given by Novu); useful to stop a digest
                or a delay.
        """
        yield Call("events.cancel", transaction_id=transaction_id)
