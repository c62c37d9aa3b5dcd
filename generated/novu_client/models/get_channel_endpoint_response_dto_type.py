from ..types import OpenStrEnum


class GetChannelEndpointResponseDtoType(OpenStrEnum):
    MS_TEAMS_CHANNEL = "ms_teams_channel"
    MS_TEAMS_USER = "ms_teams_user"
    PHONE = "phone"
    SLACK_CHANNEL = "slack_channel"
    SLACK_USER = "slack_user"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
