from ..types import OpenStrEnum


class ListTopicsV2OrderDirection(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)
