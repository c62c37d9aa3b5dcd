"""Kinds of change tracked between environments."""

from novu_facade.enums.polyfill import StrEnum


class ChangeKind(StrEnum):
    """Kind of entity a change applies to."""

    FEED = "Feed"
    MESSAGE_TEMPLATE = "MessageTemplate"
    LAYOUT = "Layout"
    NOTIFICATION_TEMPLATE = "NotificationTemplate"
    NOTIFICATION_GROUP = "NotificationGroup"
