from ..types import OpenStrEnum


class NotificationDtoStatus(OpenStrEnum):
    ERROR = "error"
    SENT = "sent"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
