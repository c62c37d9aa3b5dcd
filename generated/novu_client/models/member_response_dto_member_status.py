from ..types import OpenStrEnum


class MemberResponseDtoMemberStatus(OpenStrEnum):
    ACTIVE = "active"
    INVITED = "invited"
    NEW = "new"

    def __str__(self) -> str:
        return str(self.value)
