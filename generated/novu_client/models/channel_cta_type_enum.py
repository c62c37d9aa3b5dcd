from ..types import OpenStrEnum


class ChannelCTATypeEnum(OpenStrEnum):
    REDIRECT = "redirect"

    def __str__(self) -> str:
        return str(self.value)
