"""Organization member roles and statuses."""

from novu_facade.enums.polyfill import StrEnum


class MemberRole(StrEnum):
    """Role of an organization member."""

    ADMIN = "admin"
    MEMBER = "member"


class MemberStatus(StrEnum):
    """Status of an organization member."""

    NEW = "new"
    ACTIVE = "active"
    INVITED = "invited"
