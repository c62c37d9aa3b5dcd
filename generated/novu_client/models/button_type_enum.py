from ..types import OpenStrEnum


class ButtonTypeEnum(OpenStrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"

    def __str__(self) -> str:
        return str(self.value)
