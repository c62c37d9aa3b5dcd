from ..types import OpenStrEnum


class WebhookDeletedWorkflowDtoWebhookPayloadWrapperType(OpenStrEnum):
    WORKFLOW_DELETED = "workflow.deleted"

    def __str__(self) -> str:
        return str(self.value)
