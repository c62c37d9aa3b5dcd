from enum import StrEnum


class FieldFilterPartOn(StrEnum):
    PAYLOAD = "payload"
    SUBSCRIBER = "subscriber"

    def __str__(self) -> str:
        return str(self.value)
