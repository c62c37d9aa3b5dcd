from enum import StrEnum


class MemberResponseDtoMemberStatus(StrEnum):
    ACTIVE = "active"
    INVITED = "invited"
    NEW = "new"

    def __str__(self) -> str:
        return str(self.value)
