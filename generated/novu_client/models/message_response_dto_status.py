from enum import StrEnum


class MessageResponseDtoStatus(StrEnum):
    ERROR = "error"
    SENT = "sent"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
