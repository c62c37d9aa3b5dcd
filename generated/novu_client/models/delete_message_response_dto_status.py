from enum import StrEnum


class DeleteMessageResponseDtoStatus(StrEnum):
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)
