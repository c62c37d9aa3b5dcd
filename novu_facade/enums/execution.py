"""Origin and outcome of an execution detail."""

from novu_facade.enums.polyfill import StrEnum


class ExecutionSource(StrEnum):
    """Where an execution detail comes from."""

    CREDENTIALS = "Credentials"
    INTERNAL = "Internal"
    PAYLOAD = "Payload"
    WEBHOOK = "Webhook"


class ExecutionStatus(StrEnum):
    """Status of an execution detail."""

    SUCCESS = "Success"
    WARNING = "Warning"
    FAILED = "Failed"
    PENDING = "Pending"
    QUEUED = "Queued"
    READ_CONFIRMATION = "ReadConfirmation"
