from enum import StrEnum


class DelayScheduledMetadataType(StrEnum):
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
