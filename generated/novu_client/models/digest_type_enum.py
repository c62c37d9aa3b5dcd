from ..types import OpenStrEnum


class DigestTypeEnum(OpenStrEnum):
    BACKOFF = "backoff"
    REGULAR = "regular"
    TIMED = "timed"

    def __str__(self) -> str:
        return str(self.value)
