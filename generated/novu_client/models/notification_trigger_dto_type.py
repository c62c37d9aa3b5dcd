from ..types import OpenStrEnum


class NotificationTriggerDtoType(OpenStrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
