from ..types import OpenStrEnum


class CreateWebhookEndpointDtoType(OpenStrEnum):
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
