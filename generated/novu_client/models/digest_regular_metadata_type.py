from enum import StrEnum


class DigestRegularMetadataType(StrEnum):
    BACKOFF = "backoff"
    REGULAR = "regular"

    def __str__(self) -> str:
        return str(self.value)
