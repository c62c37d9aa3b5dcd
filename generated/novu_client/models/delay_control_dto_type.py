from ..types import OpenStrEnum


class DelayControlDtoType(OpenStrEnum):
    REGULAR = "regular"
    TIMED = "timed"

    def __str__(self) -> str:
        return str(self.value)
