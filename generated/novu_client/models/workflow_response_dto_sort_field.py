from ..types import OpenStrEnum


class WorkflowResponseDtoSortField(OpenStrEnum):
    CREATEDAT = "createdAt"
    LASTTRIGGEREDAT = "lastTriggeredAt"
    NAME = "name"
    UPDATEDAT = "updatedAt"

    def __str__(self) -> str:
        return str(self.value)
