from ..types import OpenStrEnum


class MarkAllMessageAsRequestDtoMarkAs(OpenStrEnum):
    READ = "read"
    SEEN = "seen"
    UNREAD = "unread"
    UNSEEN = "unseen"

    def __str__(self) -> str:
        return str(self.value)
