from ..types import OpenStrEnum


class MessageActionStatusEnum(OpenStrEnum):
    DONE = "done"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
