from ..types import OpenStrEnum


class NotificationFeedItemDtoStatus(OpenStrEnum):
    ERROR = "error"
    SENT = "sent"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
