from enum import StrEnum


class TopicPayloadDtoType(StrEnum):
    SUBSCRIBER = "Subscriber"
    TOPIC = "Topic"

    def __str__(self) -> str:
        return str(self.value)
