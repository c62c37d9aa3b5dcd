"""Outcome of triggering an event."""

from novu_facade.enums.polyfill import StrEnum


class EventStatus(StrEnum):
    """Result status of an event trigger."""

    PROCESSED = "processed"
    TRIGGER_NOT_ACTIVE = "trigger_not_active"
    TEMPLATE_NOT_FOUND = "template_not_found"
    SUBSCRIBER_ID_MISSING = "subscriber_id_missing"
