from ..types import OpenStrEnum


class GetWorkflowRunsDtoSeverity(OpenStrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
