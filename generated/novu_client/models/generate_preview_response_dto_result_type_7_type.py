from ..types import OpenStrEnum


class GeneratePreviewResponseDtoResultType7Type(OpenStrEnum):
    DELAY = "delay"

    def __str__(self) -> str:
        return str(self.value)
