from ..types import OpenStrEnum


class ListContextsOrderDirection(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)
