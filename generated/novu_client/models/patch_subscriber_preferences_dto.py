from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_preference_channels_dto import PatchPreferenceChannelsDto


T = TypeVar("T", bound="PatchSubscriberPreferencesDto")


@_attrs_define
class PatchSubscriberPreferencesDto:
    """
    Attributes:
        channels (PatchPreferenceChannelsDto):
        workflow_id (str | Unset):
    """

    channels: PatchPreferenceChannelsDto
    workflow_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channels = self.channels.to_dict()

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patch_preference_channels_dto import PatchPreferenceChannelsDto  # noqa: PLC0415

        d = dict(src_dict)
        channels = PatchPreferenceChannelsDto.from_dict(d.pop("channels"))

        workflow_id = d.pop("workflowId", UNSET)

        patch_subscriber_preferences_dto = cls(
            channels=channels,
            workflow_id=workflow_id,
        )

        patch_subscriber_preferences_dto.additional_properties = d
        return patch_subscriber_preferences_dto

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
