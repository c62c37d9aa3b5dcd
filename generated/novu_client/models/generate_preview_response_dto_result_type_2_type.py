from ..types import OpenStrEnum


class GeneratePreviewResponseDtoResultType2Type(OpenStrEnum):
    EMAIL = "email"

    def __str__(self) -> str:
        return str(self.value)
