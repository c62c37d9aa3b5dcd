from ..types import OpenStrEnum


class TranslationResponseDtoResourceType(OpenStrEnum):
    LAYOUT = "layout"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
