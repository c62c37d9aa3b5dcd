from ..types import OpenStrEnum


class WebhookMessageDtoWebhookPayloadWrapperObject(OpenStrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
