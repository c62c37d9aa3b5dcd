from enum import StrEnum


class DigestTimedMetadataType(StrEnum):
    TIMED = "timed"

    def __str__(self) -> str:
        return str(self.value)
