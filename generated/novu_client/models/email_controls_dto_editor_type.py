from ..types import OpenStrEnum


class EmailControlsDtoEditorType(OpenStrEnum):
    BLOCK = "block"
    HTML = "html"

    def __str__(self) -> str:
        return str(self.value)
