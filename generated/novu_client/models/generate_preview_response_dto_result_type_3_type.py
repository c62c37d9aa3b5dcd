from ..types import OpenStrEnum


class GeneratePreviewResponseDtoResultType3Type(OpenStrEnum):
    IN_APP = "in_app"

    def __str__(self) -> str:
        return str(self.value)
