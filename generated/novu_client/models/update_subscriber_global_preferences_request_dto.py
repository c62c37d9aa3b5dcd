from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_preference import ChannelPreference


T = TypeVar("T", bound="UpdateSubscriberGlobalPreferencesRequestDto")


@_attrs_define
class UpdateSubscriberGlobalPreferencesRequestDto:
    """
    Attributes:
        enabled (bool | Unset):
        preferences (list[ChannelPreference] | Unset):
    """

    enabled: bool | Unset = UNSET
    preferences: list[ChannelPreference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = []
            for preferences_item_data in self.preferences:
                preferences_item = preferences_item_data.to_dict()
                preferences.append(preferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_preference import ChannelPreference  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _preferences = d.pop("preferences", UNSET)
        preferences: list[ChannelPreference] | Unset = UNSET
        if _preferences is not UNSET:
            preferences = []
            for preferences_item_data in _preferences:
                preferences_item = ChannelPreference.from_dict(preferences_item_data)

                preferences.append(preferences_item)

        update_subscriber_global_preferences_request_dto = cls(
            enabled=enabled,
            preferences=preferences,
        )

        update_subscriber_global_preferences_request_dto.additional_properties = d
        return update_subscriber_global_preferences_request_dto

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
