from ..types import OpenStrEnum


class MarkMessageActionAsSeenDtoStatus(OpenStrEnum):
    DONE = "done"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
