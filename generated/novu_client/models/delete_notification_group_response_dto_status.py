from ..types import OpenStrEnum


class DeleteNotificationGroupResponseDtoStatus(OpenStrEnum):
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)
