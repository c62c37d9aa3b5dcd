from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_subscriber_request_dto_data import UpdateSubscriberRequestDtoData


T = TypeVar("T", bound="UpdateSubscriberRequestDto")


@_attrs_define
class UpdateSubscriberRequestDto:
    """
    Attributes:
        avatar (str | Unset):
        data (UpdateSubscriberRequestDtoData | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        locale (str | Unset):
        phone (str | Unset):
    """

    avatar: str | Unset = UNSET
    data: UpdateSubscriberRequestDtoData | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    locale: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar = self.avatar

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        locale = self.locale

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if data is not UNSET:
            field_dict["data"] = data
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if locale is not UNSET:
            field_dict["locale"] = locale
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_subscriber_request_dto_data import UpdateSubscriberRequestDtoData  # noqa: PLC0415

        d = dict(src_dict)
        avatar = d.pop("avatar", UNSET)

        _data = d.pop("data", UNSET)
        data: UpdateSubscriberRequestDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UpdateSubscriberRequestDtoData.from_dict(_data)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        locale = d.pop("locale", UNSET)

        phone = d.pop("phone", UNSET)

        update_subscriber_request_dto = cls(
            avatar=avatar,
            data=data,
            email=email,
            first_name=first_name,
            last_name=last_name,
            locale=locale,
            phone=phone,
        )

        update_subscriber_request_dto.additional_properties = d
        return update_subscriber_request_dto

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
