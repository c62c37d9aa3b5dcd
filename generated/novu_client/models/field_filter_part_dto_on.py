from ..types import OpenStrEnum


class FieldFilterPartDtoOn(OpenStrEnum):
    PAYLOAD = "payload"
    SUBSCRIBER = "subscriber"

    def __str__(self) -> str:
        return str(self.value)
