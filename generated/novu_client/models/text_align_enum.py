from ..types import OpenStrEnum


class TextAlignEnum(OpenStrEnum):
    CENTER = "center"
    LEFT = "left"
    RIGHT = "right"

    def __str__(self) -> str:
        return str(self.value)
