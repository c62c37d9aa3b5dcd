from ..types import OpenStrEnum


class GeneratePreviewResponseDtoResultType8Type(OpenStrEnum):
    DIGEST = "digest"

    def __str__(self) -> str:
        return str(self.value)
