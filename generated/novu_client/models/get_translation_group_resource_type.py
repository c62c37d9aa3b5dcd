from ..types import OpenStrEnum


class GetTranslationGroupResourceType(OpenStrEnum):
    LAYOUT = "layout"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
