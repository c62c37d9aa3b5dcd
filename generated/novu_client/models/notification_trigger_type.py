from enum import StrEnum


class NotificationTriggerType(StrEnum):
    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
