"""Operators and targets of step filter conditions."""

from novu_facade.enums.polyfill import StrEnum


class FieldFilterPartOperator(StrEnum):
    """Comparison operator of a filter condition."""

    LARGER = "LARGER"
    SMALLER = "SMALLER"
    LARGER_EQUAL = "LARGER_EQUAL"
    SMALLER_EQUAL = "SMALLER_EQUAL"
    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    ALL_IN = "ALL_IN"
    ANY_IN = "ANY_IN"
    NOT_IN = "NOT_IN"
    BETWEEN = "BETWEEN"
    NOT_BETWEEN = "NOT_BETWEEN"
    LIKE = "LIKE"
    NOT_LIKE = "NOT_LIKE"
    IN = "IN"


class FieldFilterPartOn(StrEnum):
    """What a filter condition looks at."""

    SUBSCRIBER = "subscriber"
    PAYLOAD = "payload"
    WEBHOOK = "webhook"
    IS_ONLINE = "isOnline"
    IS_ONLINE_IN_LAST = "isOnlineInLast"


class FieldFilterPartTimeOperator(StrEnum):
    """Time unit used by an ``IS_ONLINE_IN_LAST`` condition."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
