from ..types import OpenStrEnum


class SyncActionEnum(OpenStrEnum):
    CREATED = "created"
    DELETED = "deleted"
    SKIPPED = "skipped"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
