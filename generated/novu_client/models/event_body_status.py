from ..types import OpenStrEnum


class EventBodyStatus(OpenStrEnum):
    ACCEPTED = "accepted"
    BLOCKED = "blocked"
    BOUNCED = "bounced"
    CLICKED = "clicked"
    COMPLAINT = "complaint"
    CREATED = "created"
    DEFERRED = "deferred"
    DELAYED = "delayed"
    DELIVERED = "delivered"
    DISMISSED = "dismissed"
    DROPPED = "dropped"
    FAILED = "failed"
    OPENED = "opened"
    QUEUED = "queued"
    REJECTED = "rejected"
    SENDING = "sending"
    SENT = "sent"
    SPAM = "spam"
    UNDELIVERED = "undelivered"
    UNSUBSCRIBED = "unsubscribed"

    def __str__(self) -> str:
        return str(self.value)
