from ..types import OpenStrEnum


class PreferenceLevelEnum(OpenStrEnum):
    GLOBAL = "global"
    TEMPLATE = "template"

    def __str__(self) -> str:
        return str(self.value)
