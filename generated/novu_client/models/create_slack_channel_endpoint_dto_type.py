from ..types import OpenStrEnum


class CreateSlackChannelEndpointDtoType(OpenStrEnum):
    SLACK_CHANNEL = "slack_channel"

    def __str__(self) -> str:
        return str(self.value)
