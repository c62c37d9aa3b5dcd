from enum import StrEnum


class ActivityNotificationExecutionDetailResponseDtoSource(StrEnum):
    CREDENTIALS = "Credentials"
    INTERNAL = "Internal"
    PAYLOAD = "Payload"
    WEBHOOK = "Webhook"

    def __str__(self) -> str:
        return str(self.value)
