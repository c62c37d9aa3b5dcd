from ..types import OpenStrEnum


class StepFilterValue(OpenStrEnum):
    AND = "AND"
    OR = "OR"

    def __str__(self) -> str:
        return str(self.value)
