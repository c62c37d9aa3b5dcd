"""Message read states and action statuses."""

from novu_facade.enums.polyfill import StrEnum


class MarkAsEnum(StrEnum):
    """State a message can be marked as."""

    READ = "read"
    SEEN = "seen"
    UNREAD = "unread"
    UNSEEN = "unseen"


class MessageActionStatus(StrEnum):
    """Status of a message action."""

    PENDING = "pending"
    DONE = "done"
