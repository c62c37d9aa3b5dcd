from ..types import OpenStrEnum


class ThrottleControlDtoUnit(OpenStrEnum):
    DAYS = "days"
    HOURS = "hours"
    MINUTES = "minutes"

    def __str__(self) -> str:
        return str(self.value)
