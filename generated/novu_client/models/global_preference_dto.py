from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscriber_preference_channels import SubscriberPreferenceChannels


T = TypeVar("T", bound="GlobalPreferenceDto")


@_attrs_define
class GlobalPreferenceDto:
    """
    Attributes:
        channels (SubscriberPreferenceChannels):
        enabled (bool):
    """

    channels: SubscriberPreferenceChannels
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channels = self.channels.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber_preference_channels import SubscriberPreferenceChannels  # noqa: PLC0415

        d = dict(src_dict)
        channels = SubscriberPreferenceChannels.from_dict(d.pop("channels"))

        enabled = d.pop("enabled")

        global_preference_dto = cls(
            channels=channels,
            enabled=enabled,
        )

        global_preference_dto.additional_properties = d
        return global_preference_dto

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
