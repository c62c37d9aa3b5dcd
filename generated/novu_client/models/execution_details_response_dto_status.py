from ..types import OpenStrEnum


class ExecutionDetailsResponseDtoStatus(OpenStrEnum):
    FAILED = "Failed"
    PENDING = "Pending"
    QUEUED = "Queued"
    READCONFIRMATION = "ReadConfirmation"
    SUCCESS = "Success"
    WARNING = "Warning"

    def __str__(self) -> str:
        return str(self.value)
