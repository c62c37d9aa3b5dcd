from ..types import OpenStrEnum


class GetWorkflowRunsDtoStatus(OpenStrEnum):
    COMPLETED = "completed"
    ERROR = "error"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
