from ..types import OpenStrEnum


class GeneratePreviewResponseDtoResultType4Type(OpenStrEnum):
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
