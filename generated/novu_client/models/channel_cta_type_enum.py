from enum import StrEnum


class ChannelCTATypeEnum(StrEnum):
    REDIRECT = "redirect"

    def __str__(self) -> str:
        return str(self.value)
