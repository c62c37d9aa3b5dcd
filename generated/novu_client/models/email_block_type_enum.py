from ..types import OpenStrEnum


class EmailBlockTypeEnum(OpenStrEnum):
    BUTTON = "button"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
