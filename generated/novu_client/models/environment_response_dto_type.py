from ..types import OpenStrEnum


class EnvironmentResponseDtoType(OpenStrEnum):
    DEV = "dev"
    PROD = "prod"

    def __str__(self) -> str:
        return str(self.value)
