from enum import StrEnum


class DigestTypeEnum(StrEnum):
    BACKOFF = "backoff"
    REGULAR = "regular"
    TIMED = "timed"

    def __str__(self) -> str:
        return str(self.value)
