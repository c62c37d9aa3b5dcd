from ..types import OpenStrEnum


class UploadTranslationFilesBodyResourceType(OpenStrEnum):
    LAYOUT = "layout"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
