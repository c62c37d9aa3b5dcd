from enum import StrEnum


class MonthlyTypeEnum(StrEnum):
    EACH = "each"
    ON = "on"

    def __str__(self) -> str:
        return str(self.value)
