from ..types import OpenStrEnum


class MessageStatusEnum(OpenStrEnum):
    ERROR = "error"
    SENT = "sent"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
