from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_settings import ChannelSettings


T = TypeVar("T", bound="SubscriberResponseDto")


@_attrs_define
class SubscriberResponseDto:
    """
    Attributes:
        field_environment_id (str):
        field_organization_id (str):
        created_at (str):
        deleted (bool):
        subscriber_id (str):
        updated_at (str):
        field_v (float | Unset):
        field_id (str | Unset):
        avatar (str | Unset):
        channels (list[ChannelSettings] | Unset):
        email (str | Unset):
        first_name (str | Unset):
        is_online (bool | Unset):
        last_name (str | Unset):
        last_online_at (str | Unset):
        locale (str | Unset):
        phone (str | Unset):
    """

    field_environment_id: str
    field_organization_id: str
    created_at: str
    deleted: bool
    subscriber_id: str
    updated_at: str
    field_v: float | Unset = UNSET
    field_id: str | Unset = UNSET
    avatar: str | Unset = UNSET
    channels: list[ChannelSettings] | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    is_online: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    last_online_at: str | Unset = UNSET
    locale: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_organization_id = self.field_organization_id

        created_at = self.created_at

        deleted = self.deleted

        subscriber_id = self.subscriber_id

        updated_at = self.updated_at

        field_v = self.field_v

        field_id = self.field_id

        avatar = self.avatar

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        email = self.email

        first_name = self.first_name

        is_online = self.is_online

        last_name = self.last_name

        last_online_at = self.last_online_at

        locale = self.locale

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_organizationId": field_organization_id,
                "createdAt": created_at,
                "deleted": deleted,
                "subscriberId": subscriber_id,
                "updatedAt": updated_at,
            }
        )
        if field_v is not UNSET:
            field_dict["__v"] = field_v
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if channels is not UNSET:
            field_dict["channels"] = channels
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if is_online is not UNSET:
            field_dict["isOnline"] = is_online
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if last_online_at is not UNSET:
            field_dict["lastOnlineAt"] = last_online_at
        if locale is not UNSET:
            field_dict["locale"] = locale
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_settings import ChannelSettings  # noqa: PLC0415

        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId")

        field_organization_id = d.pop("_organizationId")

        created_at = d.pop("createdAt")

        deleted = d.pop("deleted")

        subscriber_id = d.pop("subscriberId")

        updated_at = d.pop("updatedAt")

        field_v = d.pop("__v", UNSET)

        field_id = d.pop("_id", UNSET)

        avatar = d.pop("avatar", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: list[ChannelSettings] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = ChannelSettings.from_dict(channels_item_data)

                channels.append(channels_item)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        is_online = d.pop("isOnline", UNSET)

        last_name = d.pop("lastName", UNSET)

        last_online_at = d.pop("lastOnlineAt", UNSET)

        locale = d.pop("locale", UNSET)

        phone = d.pop("phone", UNSET)

        subscriber_response_dto = cls(
            field_environment_id=field_environment_id,
            field_organization_id=field_organization_id,
            created_at=created_at,
            deleted=deleted,
            subscriber_id=subscriber_id,
            updated_at=updated_at,
            field_v=field_v,
            field_id=field_id,
            avatar=avatar,
            channels=channels,
            email=email,
            first_name=first_name,
            is_online=is_online,
            last_name=last_name,
            last_online_at=last_online_at,
            locale=locale,
            phone=phone,
        )

        subscriber_response_dto.additional_properties = d
        return subscriber_response_dto

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
