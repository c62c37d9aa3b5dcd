from enum import StrEnum


class MessageStatusEnum(StrEnum):
    ERROR = "error"
    SENT = "sent"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
