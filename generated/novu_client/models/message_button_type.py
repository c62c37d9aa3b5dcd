from enum import StrEnum


class MessageButtonType(StrEnum):
    CLICKED = "clicked"
    PRIMARY = "primary"
    SECONDARY = "secondary"

    def __str__(self) -> str:
        return str(self.value)
