from ..types import OpenStrEnum


class CreateMsTeamsChannelEndpointDtoType(OpenStrEnum):
    MS_TEAMS_CHANNEL = "ms_teams_channel"

    def __str__(self) -> str:
        return str(self.value)
