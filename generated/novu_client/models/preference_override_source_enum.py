from ..types import OpenStrEnum


class PreferenceOverrideSourceEnum(OpenStrEnum):
    SUBSCRIBER = "subscriber"
    TEMPLATE = "template"
    WORKFLOWOVERRIDE = "workflowOverride"

    def __str__(self) -> str:
        return str(self.value)
