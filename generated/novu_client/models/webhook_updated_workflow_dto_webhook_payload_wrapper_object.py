from ..types import OpenStrEnum


class WebhookUpdatedWorkflowDtoWebhookPayloadWrapperObject(OpenStrEnum):
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
