from ..types import OpenStrEnum


class LayoutCreationSourceEnum(OpenStrEnum):
    DASHBOARD = "dashboard"

    def __str__(self) -> str:
        return str(self.value)
