from ..types import OpenStrEnum


class GenerateLayoutPreviewResponseDtoResultType0Type(OpenStrEnum):
    EMAIL = "email"

    def __str__(self) -> str:
        return str(self.value)
