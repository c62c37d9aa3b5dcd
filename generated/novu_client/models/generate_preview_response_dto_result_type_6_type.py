from ..types import OpenStrEnum


class GeneratePreviewResponseDtoResultType6Type(OpenStrEnum):
    CHAT = "chat"

    def __str__(self) -> str:
        return str(self.value)
