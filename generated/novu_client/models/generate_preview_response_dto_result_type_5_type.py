from ..types import OpenStrEnum


class GeneratePreviewResponseDtoResultType5Type(OpenStrEnum):
    PUSH = "push"

    def __str__(self) -> str:
        return str(self.value)
