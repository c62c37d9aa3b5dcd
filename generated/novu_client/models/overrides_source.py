from enum import StrEnum


class OverridesSource(StrEnum):
    SUBSCRIBER = "subscriber"
    TEMPLATE = "template"
    WORKFLOWOVERRIDE = "workflowOverride"

    def __str__(self) -> str:
        return str(self.value)
