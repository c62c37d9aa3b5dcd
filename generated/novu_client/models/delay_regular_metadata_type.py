from ..types import OpenStrEnum


class DelayRegularMetadataType(OpenStrEnum):
    REGULAR = "regular"

    def __str__(self) -> str:
        return str(self.value)
