from ..types import OpenStrEnum


class CreateMsTeamsUserEndpointDtoType(OpenStrEnum):
    MS_TEAMS_USER = "ms_teams_user"

    def __str__(self) -> str:
        return str(self.value)
