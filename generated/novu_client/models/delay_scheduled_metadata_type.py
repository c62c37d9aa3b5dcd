from ..types import OpenStrEnum


class DelayScheduledMetadataType(OpenStrEnum):
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
