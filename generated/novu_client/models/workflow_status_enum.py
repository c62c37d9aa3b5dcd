from ..types import OpenStrEnum


class WorkflowStatusEnum(OpenStrEnum):
    ACTIVE = "ACTIVE"
    ERROR = "ERROR"
    INACTIVE = "INACTIVE"

    def __str__(self) -> str:
        return str(self.value)
