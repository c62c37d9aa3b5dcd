from ..types import OpenStrEnum


class ListChannelEndpointsOrderDirection(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)
