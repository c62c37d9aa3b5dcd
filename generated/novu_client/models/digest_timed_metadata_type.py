from ..types import OpenStrEnum


class DigestTimedMetadataType(OpenStrEnum):
    TIMED = "timed"

    def __str__(self) -> str:
        return str(self.value)
