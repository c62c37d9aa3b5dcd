from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.overrides import Overrides
    from ..models.preference_channels import PreferenceChannels
    from ..models.workflow_info_dto import WorkflowInfoDto


T = TypeVar("T", bound="WorkflowPreferenceDto")


@_attrs_define
class WorkflowPreferenceDto:
    """
    Attributes:
        channels (PreferenceChannels):
        enabled (bool):
        overrides (list[Overrides]):
        workflow (WorkflowInfoDto):
    """

    channels: PreferenceChannels
    enabled: bool
    overrides: list[Overrides]
    workflow: WorkflowInfoDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channels = self.channels.to_dict()

        enabled = self.enabled

        overrides = []
        for overrides_item_data in self.overrides:
            overrides_item = overrides_item_data.to_dict()
            overrides.append(overrides_item)

        workflow = self.workflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
                "enabled": enabled,
                "overrides": overrides,
                "workflow": workflow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.overrides import Overrides  # noqa: PLC0415
        from ..models.preference_channels import PreferenceChannels  # noqa: PLC0415
        from ..models.workflow_info_dto import WorkflowInfoDto  # noqa: PLC0415

        d = dict(src_dict)
        channels = PreferenceChannels.from_dict(d.pop("channels"))

        enabled = d.pop("enabled")

        overrides = []
        _overrides = d.pop("overrides")
        for overrides_item_data in _overrides:
            overrides_item = Overrides.from_dict(overrides_item_data)

            overrides.append(overrides_item)

        workflow = WorkflowInfoDto.from_dict(d.pop("workflow"))

        workflow_preference_dto = cls(
            channels=channels,
            enabled=enabled,
            overrides=overrides,
            workflow=workflow,
        )

        workflow_preference_dto.additional_properties = d
        return workflow_preference_dto

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
