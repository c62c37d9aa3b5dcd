from ..types import OpenStrEnum


class WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject(OpenStrEnum):
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
