from ..types import OpenStrEnum


class ThrottleControlDtoType(OpenStrEnum):
    DYNAMIC = "dynamic"
    FIXED = "fixed"

    def __str__(self) -> str:
        return str(self.value)
