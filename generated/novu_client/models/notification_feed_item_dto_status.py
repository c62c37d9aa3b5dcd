from enum import StrEnum


class NotificationFeedItemDtoStatus(StrEnum):
    ERROR = "error"
    SENT = "sent"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
