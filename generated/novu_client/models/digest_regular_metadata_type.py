from ..types import OpenStrEnum


class DigestRegularMetadataType(OpenStrEnum):
    BACKOFF = "backoff"
    REGULAR = "regular"

    def __str__(self) -> str:
        return str(self.value)
