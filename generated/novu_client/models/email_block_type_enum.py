from enum import StrEnum


class EmailBlockTypeEnum(StrEnum):
    BUTTON = "button"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
