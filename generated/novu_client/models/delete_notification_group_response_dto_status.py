from enum import StrEnum


class DeleteNotificationGroupResponseDtoStatus(StrEnum):
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)
