from ..types import OpenStrEnum


class CreateSlackUserEndpointDtoType(OpenStrEnum):
    SLACK_USER = "slack_user"

    def __str__(self) -> str:
        return str(self.value)
