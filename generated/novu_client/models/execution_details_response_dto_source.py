from ..types import OpenStrEnum


class ExecutionDetailsResponseDtoSource(OpenStrEnum):
    CREDENTIALS = "Credentials"
    INTERNAL = "Internal"
    PAYLOAD = "Payload"
    WEBHOOK = "Webhook"

    def __str__(self) -> str:
        return str(self.value)
