from ..types import OpenStrEnum


class DiffActionEnum(OpenStrEnum):
    ADDED = "added"
    DELETED = "deleted"
    MODIFIED = "modified"
    MOVED = "moved"
    UNCHANGED = "unchanged"

    def __str__(self) -> str:
        return str(self.value)
