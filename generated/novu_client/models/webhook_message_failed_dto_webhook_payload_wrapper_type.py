from ..types import OpenStrEnum


class WebhookMessageFailedDtoWebhookPayloadWrapperType(OpenStrEnum):
    MESSAGE_FAILED = "message.failed"

    def __str__(self) -> str:
        return str(self.value)
