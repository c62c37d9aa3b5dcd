from ..types import OpenStrEnum


class ListTopicSubscriptionsOrderDirection(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)
