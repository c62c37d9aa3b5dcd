from enum import StrEnum


class NotificationTriggerDtoType(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
