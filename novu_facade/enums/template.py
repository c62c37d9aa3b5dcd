"""Types of template variables."""

from novu_facade.enums.polyfill import StrEnum


class TemplateVariableTypeEnum(StrEnum):
    """Type of a template variable."""

    STRING = "String"
    LIST = "Array"
    BOOL = "Boolean"
