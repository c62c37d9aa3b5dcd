from ..types import OpenStrEnum


class WebhookCreatedWorkflowDtoWebhookPayloadWrapperType(OpenStrEnum):
    WORKFLOW_CREATED = "workflow.created"

    def __str__(self) -> str:
        return str(self.value)
