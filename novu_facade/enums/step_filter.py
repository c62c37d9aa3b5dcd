"""Step filter condition types and combinators."""

from novu_facade.enums.polyfill import StrEnum


class StepFilterType(StrEnum):
    """Type of a step filter."""

    BOOL = "BOOLEAN"
    TEXT = "TEXT"
    DATE = "DATE"
    NUMBER = "NUMBER"
    STATEMENT = "STATEMENT"
    LIST = "LIST"
    MULTI_LIST = "MULTI_LIST"
    GROUP = "GROUP"


class StepFilterValue(StrEnum):
    """How step filter conditions are combined."""

    AND = "AND"
    OR = "OR"
