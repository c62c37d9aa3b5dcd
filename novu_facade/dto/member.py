"""Organization members and invitations."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoDescriptor
from novu_facade.enums.member import MemberRole, MemberStatus


@dataclasses.dataclass
class MemberUserDto(CamelCaseDto["MemberUserDto"]):
    """The user behind an organization member."""

    first_name: str
    last_name: str
    email: str
    _id: Optional[str] = None


@dataclasses.dataclass
class MemberInviteDto(CamelCaseDto["MemberInviteDto"]):
    """A pending invitation of a member."""

    email: str
    token: str
    invitation_date: str
    answer_date: Optional[str] = None
    _invite_id: Optional[str] = None


@dataclasses.dataclass
class MemberDto(CamelCaseDto["MemberDto"]):
    """A member of an organization."""

    _id: Optional[str] = None
    _user_id: Optional[str] = None
    _organization_id: Optional[str] = None
    user: Optional[DtoDescriptor[MemberUserDto]] = DtoDescriptor[MemberUserDto](item_cls=MemberUserDto)
    roles: Optional[List[MemberRole]] = None
    invite: Optional[DtoDescriptor[MemberInviteDto]] = DtoDescriptor[MemberInviteDto](item_cls=MemberInviteDto)
    member_status: Optional[MemberStatus] = None
