"""Delay/digest step metadata options."""

from novu_facade.enums.polyfill import StrEnum


class NotificationStepMetadataType(StrEnum):
    """How a delay/digest step computes its timing."""

    REGULAR = "regular"
    BACKOFF = "backoff"
    SCHEDULED = "scheduled"


class NotificationStepMetadataUnit(StrEnum):
    """Time unit of a delay/digest step."""

    SECONDS = "seconds"
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
