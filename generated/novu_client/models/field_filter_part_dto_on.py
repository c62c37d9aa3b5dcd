from enum import StrEnum


class FieldFilterPartDtoOn(StrEnum):
    PAYLOAD = "payload"
    SUBSCRIBER = "subscriber"

    def __str__(self) -> str:
        return str(self.value)
