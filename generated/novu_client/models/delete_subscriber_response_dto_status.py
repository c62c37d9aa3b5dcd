from ..types import OpenStrEnum


class DeleteSubscriberResponseDtoStatus(OpenStrEnum):
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)
