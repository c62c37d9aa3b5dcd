from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_preference import ChannelPreference


T = TypeVar("T", bound="UpdateSubscriberPreferenceRequestDto")


@_attrs_define
class UpdateSubscriberPreferenceRequestDto:
    """
    Attributes:
        channel (ChannelPreference | Unset):
        enabled (bool | Unset):
    """

    channel: ChannelPreference | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_preference import ChannelPreference  # noqa: PLC0415

        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: ChannelPreference | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ChannelPreference.from_dict(_channel)

        enabled = d.pop("enabled", UNSET)

        update_subscriber_preference_request_dto = cls(
            channel=channel,
            enabled=enabled,
        )

        update_subscriber_preference_request_dto.additional_properties = d
        return update_subscriber_preference_request_dto

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
