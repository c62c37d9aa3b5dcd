from enum import StrEnum


class MarkAllMessageAsRequestDtoMarkAs(StrEnum):
    READ = "read"
    SEEN = "seen"
    UNREAD = "unread"
    UNSEEN = "unseen"

    def __str__(self) -> str:
        return str(self.value)
