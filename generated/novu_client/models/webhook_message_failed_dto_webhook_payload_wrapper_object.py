from ..types import OpenStrEnum


class WebhookMessageFailedDtoWebhookPayloadWrapperObject(OpenStrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
