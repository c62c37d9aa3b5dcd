from ..types import OpenStrEnum


class EnvironmentVariableResponseDtoType(OpenStrEnum):
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
