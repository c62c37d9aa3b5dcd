from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberInviteDTO")


@_attrs_define
class MemberInviteDTO:
    """
    Attributes:
        field_inviter_id (str):
        email (str):
        invitation_date (datetime.datetime):
        token (str):
        answer_date (datetime.datetime | Unset):
    """

    field_inviter_id: str
    email: str
    invitation_date: datetime.datetime
    token: str
    answer_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_inviter_id = self.field_inviter_id

        email = self.email

        invitation_date = self.invitation_date.isoformat()

        token = self.token

        answer_date: str | Unset = UNSET
        if not isinstance(self.answer_date, Unset):
            answer_date = self.answer_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_inviterId": field_inviter_id,
                "email": email,
                "invitationDate": invitation_date,
                "token": token,
            }
        )
        if answer_date is not UNSET:
            field_dict["answerDate"] = answer_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_inviter_id = d.pop("_inviterId")

        email = d.pop("email")

        invitation_date = datetime.datetime.fromisoformat(d.pop("invitationDate"))

        token = d.pop("token")

        _answer_date = d.pop("answerDate", UNSET)
        answer_date: datetime.datetime | Unset
        if isinstance(_answer_date, Unset):
            answer_date = UNSET
        else:
            answer_date = datetime.datetime.fromisoformat(_answer_date)

        member_invite_dto = cls(
            field_inviter_id=field_inviter_id,
            email=email,
            invitation_date=invitation_date,
            token=token,
            answer_date=answer_date,
        )

        member_invite_dto.additional_properties = d
        return member_invite_dto

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
