"""Delivery channels and workflow step kinds."""

from novu_facade.enums.polyfill import StrEnum


class Channel(StrEnum):
    """A delivery channel."""

    EMAIL = "email"
    SMS = "sms"
    IN_APP = "in_app"
    CHAT = "chat"
    PUSH = "push"


class ChannelExtended(StrEnum):
    """A delivery channel, or a non-delivery workflow step (digest, trigger, delay)."""

    EMAIL = "email"
    SMS = "sms"
    IN_APP = "in_app"
    CHAT = "chat"
    PUSH = "push"
    DIGEST = "digest"
    TRIGGER = "trigger"
    DELAY = "delay"
