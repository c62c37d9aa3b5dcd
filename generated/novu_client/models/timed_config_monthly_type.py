from ..types import OpenStrEnum


class TimedConfigMonthlyType(OpenStrEnum):
    EACH = "each"
    ON = "on"

    def __str__(self) -> str:
        return str(self.value)
