from ..types import OpenStrEnum


class MonthlyTypeEnum(OpenStrEnum):
    EACH = "each"
    ON = "on"

    def __str__(self) -> str:
        return str(self.value)
