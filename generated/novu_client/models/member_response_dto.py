from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_response_dto_member_status import MemberResponseDtoMemberStatus
from ..models.member_response_dto_roles_item import MemberResponseDtoRolesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_invite_dto import MemberInviteDTO
    from ..models.member_user_dto import MemberUserDto


T = TypeVar("T", bound="MemberResponseDto")


@_attrs_define
class MemberResponseDto:
    """
    Attributes:
        field_id (str):
        field_organization_id (str):
        field_user_id (str):
        invite (MemberInviteDTO | Unset):
        member_status (MemberResponseDtoMemberStatus | Unset):
        roles (list[MemberResponseDtoRolesItem] | Unset):
        user (MemberUserDto | Unset):
    """

    field_id: str
    field_organization_id: str
    field_user_id: str
    invite: MemberInviteDTO | Unset = UNSET
    member_status: MemberResponseDtoMemberStatus | Unset = UNSET
    roles: list[MemberResponseDtoRolesItem] | Unset = UNSET
    user: MemberUserDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_organization_id = self.field_organization_id

        field_user_id = self.field_user_id

        invite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite, Unset):
            invite = self.invite.to_dict()

        member_status: str | Unset = UNSET
        if not isinstance(self.member_status, Unset):
            member_status = self.member_status.value

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_organizationId": field_organization_id,
                "_userId": field_user_id,
            }
        )
        if invite is not UNSET:
            field_dict["invite"] = invite
        if member_status is not UNSET:
            field_dict["memberStatus"] = member_status
        if roles is not UNSET:
            field_dict["roles"] = roles
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_invite_dto import MemberInviteDTO  # noqa: PLC0415
        from ..models.member_user_dto import MemberUserDto  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        field_organization_id = d.pop("_organizationId")

        field_user_id = d.pop("_userId")

        _invite = d.pop("invite", UNSET)
        invite: MemberInviteDTO | Unset
        if isinstance(_invite, Unset):
            invite = UNSET
        else:
            invite = MemberInviteDTO.from_dict(_invite)

        _member_status = d.pop("memberStatus", UNSET)
        member_status: MemberResponseDtoMemberStatus | Unset
        if isinstance(_member_status, Unset):
            member_status = UNSET
        else:
            member_status = MemberResponseDtoMemberStatus.from_wire(_member_status)

        _roles = d.pop("roles", UNSET)
        roles: list[MemberResponseDtoRolesItem] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = MemberResponseDtoRolesItem.from_wire(roles_item_data)

                roles.append(roles_item)

        _user = d.pop("user", UNSET)
        user: MemberUserDto | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = MemberUserDto.from_dict(_user)

        member_response_dto = cls(
            field_id=field_id,
            field_organization_id=field_organization_id,
            field_user_id=field_user_id,
            invite=invite,
            member_status=member_status,
            roles=roles,
            user=user,
        )

        member_response_dto.additional_properties = d
        return member_response_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
