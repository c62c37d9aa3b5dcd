from ..types import OpenStrEnum


class GeneratePreviewResponseDtoResultType1Type(OpenStrEnum):
    EMAIL = "email"

    def __str__(self) -> str:
        return str(self.value)
