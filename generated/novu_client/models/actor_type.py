from ..types import OpenStrEnum


class ActorType(OpenStrEnum):
    NONE = "none"
    SYSTEM_CUSTOM = "system_custom"
    SYSTEM_ICON = "system_icon"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
