from ..types import OpenStrEnum


class UpdateEnvironmentVariableRequestDtoType(OpenStrEnum):
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
