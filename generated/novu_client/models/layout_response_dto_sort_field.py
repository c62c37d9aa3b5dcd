from ..types import OpenStrEnum


class LayoutResponseDtoSortField(OpenStrEnum):
    CREATEDAT = "createdAt"
    NAME = "name"
    UPDATEDAT = "updatedAt"

    def __str__(self) -> str:
        return str(self.value)
