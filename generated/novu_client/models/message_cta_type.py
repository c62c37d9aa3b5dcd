from enum import StrEnum


class MessageCTAType(StrEnum):
    REDIRECT = "redirect"

    def __str__(self) -> str:
        return str(self.value)
