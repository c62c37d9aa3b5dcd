from enum import StrEnum


class TriggerRecipientsTypeEnum(StrEnum):
    SUBSCRIBER = "Subscriber"
    TOPIC = "Topic"

    def __str__(self) -> str:
        return str(self.value)
