from ..types import OpenStrEnum


class TriggerRecipientsTypeEnum(OpenStrEnum):
    SUBSCRIBER = "Subscriber"
    TOPIC = "Topic"

    def __str__(self) -> str:
        return str(self.value)
