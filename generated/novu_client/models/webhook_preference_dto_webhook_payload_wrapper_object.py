from ..types import OpenStrEnum


class WebhookPreferenceDtoWebhookPayloadWrapperObject(OpenStrEnum):
    PREFERENCE = "preference"

    def __str__(self) -> str:
        return str(self.value)
