from ..types import OpenStrEnum


class DeleteMessageResponseDtoStatus(OpenStrEnum):
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)
