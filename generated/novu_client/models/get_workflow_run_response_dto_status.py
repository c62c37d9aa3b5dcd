from ..types import OpenStrEnum


class GetWorkflowRunResponseDtoStatus(OpenStrEnum):
    COMPLETED = "completed"
    ERROR = "error"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
