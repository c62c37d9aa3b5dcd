from ..types import OpenStrEnum


class OverridesSource(OpenStrEnum):
    SUBSCRIBER = "subscriber"
    TEMPLATE = "template"
    WORKFLOWOVERRIDE = "workflowOverride"

    def __str__(self) -> str:
        return str(self.value)
