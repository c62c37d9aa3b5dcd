from ..types import OpenStrEnum


class ResourceTypeEnum(OpenStrEnum):
    BRIDGE = "BRIDGE"
    ECHO = "ECHO"
    REGULAR = "REGULAR"

    def __str__(self) -> str:
        return str(self.value)
