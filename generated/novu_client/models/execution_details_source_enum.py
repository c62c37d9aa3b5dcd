from enum import StrEnum


class ExecutionDetailsSourceEnum(StrEnum):
    CREDENTIALS = "Credentials"
    INTERNAL = "Internal"
    PAYLOAD = "Payload"
    WEBHOOK = "Webhook"

    def __str__(self) -> str:
        return str(self.value)
