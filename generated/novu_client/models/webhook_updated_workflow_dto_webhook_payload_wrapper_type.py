from ..types import OpenStrEnum


class WebhookUpdatedWorkflowDtoWebhookPayloadWrapperType(OpenStrEnum):
    WORKFLOW_UPDATED = "workflow.updated"

    def __str__(self) -> str:
        return str(self.value)
