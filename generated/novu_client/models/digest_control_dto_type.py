from ..types import OpenStrEnum


class DigestControlDtoType(OpenStrEnum):
    REGULAR = "regular"
    TIMED = "timed"

    def __str__(self) -> str:
        return str(self.value)
