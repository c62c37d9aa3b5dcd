from ..types import OpenStrEnum


class WebhookDeletedWorkflowDtoWebhookPayloadWrapperObject(OpenStrEnum):
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
