from ..types import OpenStrEnum


class EmailControlDtoEditorType(OpenStrEnum):
    BLOCK = "block"
    HTML = "html"

    def __str__(self) -> str:
        return str(self.value)
