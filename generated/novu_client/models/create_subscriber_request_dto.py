from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_subscriber_request_dto_data import CreateSubscriberRequestDtoData
    from ..models.subscriber_channel_dto import SubscriberChannelDto


T = TypeVar("T", bound="CreateSubscriberRequestDto")


@_attrs_define
class CreateSubscriberRequestDto:
    """
    Attributes:
        subscriber_id (str):
        avatar (str | Unset):
        channels (list[SubscriberChannelDto] | Unset):
        data (CreateSubscriberRequestDtoData | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        locale (str | Unset):
        phone (str | Unset):
    """

    subscriber_id: str
    avatar: str | Unset = UNSET
    channels: list[SubscriberChannelDto] | Unset = UNSET
    data: CreateSubscriberRequestDtoData | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    locale: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        avatar = self.avatar

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

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
        field_dict.update(
            {
                "subscriberId": subscriber_id,
            }
        )
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if channels is not UNSET:
            field_dict["channels"] = channels
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
        from ..models.create_subscriber_request_dto_data import CreateSubscriberRequestDtoData  # noqa: PLC0415
        from ..models.subscriber_channel_dto import SubscriberChannelDto  # noqa: PLC0415

        d = dict(src_dict)
        subscriber_id = d.pop("subscriberId")

        avatar = d.pop("avatar", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: list[SubscriberChannelDto] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = SubscriberChannelDto.from_dict(channels_item_data)

                channels.append(channels_item)

        _data = d.pop("data", UNSET)
        data: CreateSubscriberRequestDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreateSubscriberRequestDtoData.from_dict(_data)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        locale = d.pop("locale", UNSET)

        phone = d.pop("phone", UNSET)

        create_subscriber_request_dto = cls(
            subscriber_id=subscriber_id,
            avatar=avatar,
            channels=channels,
            data=data,
            email=email,
            first_name=first_name,
            last_name=last_name,
            locale=locale,
            phone=phone,
        )

        create_subscriber_request_dto.additional_properties = d
        return create_subscriber_request_dto

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
