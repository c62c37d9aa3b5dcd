from ..types import OpenStrEnum


class WebhookPreferenceDtoWebhookPayloadWrapperType(OpenStrEnum):
    PREFERENCE_UPDATED = "preference.updated"

    def __str__(self) -> str:
        return str(self.value)
