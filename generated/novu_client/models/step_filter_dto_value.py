from ..types import OpenStrEnum


class StepFilterDtoValue(OpenStrEnum):
    AND = "AND"
    OR = "OR"

    def __str__(self) -> str:
        return str(self.value)
