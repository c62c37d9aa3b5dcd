from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_settings_dto import ChannelSettingsDto
    from ..models.subscriber_response_dto_optional_data_type_0 import SubscriberResponseDtoOptionalDataType0


T = TypeVar("T", bound="SubscriberResponseDtoOptional")


@_attrs_define
class SubscriberResponseDtoOptional:
    """
    Attributes:
        field_v (float | Unset):
        field_id (str | Unset):
        avatar (None | str | Unset):
        channels (list[ChannelSettingsDto] | Unset):
        data (None | SubscriberResponseDtoOptionalDataType0 | Unset):
        email (None | str | Unset):
        first_name (None | str | Unset):
        is_online (bool | None | Unset):
        last_name (None | str | Unset):
        last_online_at (None | str | Unset):
        locale (None | str | Unset):
        phone (None | str | Unset):
        timezone (None | str | Unset):
        topics (list[str] | Unset):
    """

    field_v: float | Unset = UNSET
    field_id: str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    channels: list[ChannelSettingsDto] | Unset = UNSET
    data: None | SubscriberResponseDtoOptionalDataType0 | Unset = UNSET
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    is_online: bool | None | Unset = UNSET
    last_name: None | str | Unset = UNSET
    last_online_at: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    topics: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscriber_response_dto_optional_data_type_0 import SubscriberResponseDtoOptionalDataType0  # noqa: PLC0415

        field_v = self.field_v

        field_id = self.field_id

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, SubscriberResponseDtoOptionalDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        is_online: bool | None | Unset
        if isinstance(self.is_online, Unset):
            is_online = UNSET
        else:
            is_online = self.is_online

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        last_online_at: None | str | Unset
        if isinstance(self.last_online_at, Unset):
            last_online_at = UNSET
        else:
            last_online_at = self.last_online_at

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_v is not UNSET:
            field_dict["__v"] = field_v
        if field_id is not UNSET:
            field_dict["_id"] = field_id
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
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_settings_dto import ChannelSettingsDto  # noqa: PLC0415
        from ..models.subscriber_response_dto_optional_data_type_0 import SubscriberResponseDtoOptionalDataType0  # noqa: PLC0415

        d = dict(src_dict)
        field_v = d.pop("__v", UNSET)

        field_id = d.pop("_id", UNSET)

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        _channels = d.pop("channels", UNSET)
        channels: list[ChannelSettingsDto] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = ChannelSettingsDto.from_dict(channels_item_data)

                channels.append(channels_item)

        def _parse_data(data: object) -> None | SubscriberResponseDtoOptionalDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = SubscriberResponseDtoOptionalDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriberResponseDtoOptionalDataType0 | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_is_online(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_online = _parse_is_online(d.pop("isOnline", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_last_online_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_online_at = _parse_last_online_at(d.pop("lastOnlineAt", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        topics = cast(list[str], d.pop("topics", UNSET))

        subscriber_response_dto_optional = cls(
            field_v=field_v,
            field_id=field_id,
            avatar=avatar,
            channels=channels,
            data=data,
            email=email,
            first_name=first_name,
            is_online=is_online,
            last_name=last_name,
            last_online_at=last_online_at,
            locale=locale,
            phone=phone,
            timezone=timezone,
            topics=topics,
        )

        subscriber_response_dto_optional.additional_properties = d
        return subscriber_response_dto_optional

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
