from enum import StrEnum


class DeleteSubscriberResponseDtoStatus(StrEnum):
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)
