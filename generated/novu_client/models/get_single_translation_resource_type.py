from ..types import OpenStrEnum


class GetSingleTranslationResourceType(OpenStrEnum):
    LAYOUT = "layout"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
