from ..types import OpenStrEnum


class WebhookMessageDtoWebhookPayloadWrapperType(OpenStrEnum):
    MESSAGE_SENT = "message.sent"

    def __str__(self) -> str:
        return str(self.value)
