from enum import StrEnum


class MessageMarkAsRequestDtoMarkAs(StrEnum):
    READ = "read"
    SEEN = "seen"
    UNREAD = "unread"
    UNSEEN = "unseen"

    def __str__(self) -> str:
        return str(self.value)
