from enum import StrEnum


class DelayRegularMetadataType(StrEnum):
    REGULAR = "regular"

    def __str__(self) -> str:
        return str(self.value)
