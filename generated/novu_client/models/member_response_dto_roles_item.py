from ..types import OpenStrEnum


class MemberResponseDtoRolesItem(OpenStrEnum):
    ADMIN = "admin"
    MEMBER = "member"

    def __str__(self) -> str:
        return str(self.value)
