from ..types import OpenStrEnum


class CreateEnvironmentVariableRequestDtoType(OpenStrEnum):
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
