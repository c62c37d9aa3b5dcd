from ..types import OpenStrEnum


class NotificationTriggerType(OpenStrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
