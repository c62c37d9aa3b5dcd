from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preference_level_enum import PreferenceLevelEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_preferences_response_dto_condition_type_0 import GetPreferencesResponseDtoConditionType0
    from ..models.subscriber_preference_channels import SubscriberPreferenceChannels
    from ..models.workflow_dto import WorkflowDto


T = TypeVar("T", bound="GetPreferencesResponseDto")


@_attrs_define
class GetPreferencesResponseDto:
    """
    Attributes:
        channels (SubscriberPreferenceChannels):
        enabled (bool):
        level (PreferenceLevelEnum):
        condition (GetPreferencesResponseDtoConditionType0 | None | Unset):
        workflow (None | Unset | WorkflowDto):
    """

    channels: SubscriberPreferenceChannels
    enabled: bool
    level: PreferenceLevelEnum
    condition: GetPreferencesResponseDtoConditionType0 | None | Unset = UNSET
    workflow: None | Unset | WorkflowDto = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_preferences_response_dto_condition_type_0 import GetPreferencesResponseDtoConditionType0  # noqa: PLC0415
        from ..models.workflow_dto import WorkflowDto  # noqa: PLC0415

        channels = self.channels.to_dict()

        enabled = self.enabled

        level = self.level.value

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, GetPreferencesResponseDtoConditionType0):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, WorkflowDto):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
                "enabled": enabled,
                "level": level,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_preferences_response_dto_condition_type_0 import GetPreferencesResponseDtoConditionType0  # noqa: PLC0415
        from ..models.subscriber_preference_channels import SubscriberPreferenceChannels  # noqa: PLC0415
        from ..models.workflow_dto import WorkflowDto  # noqa: PLC0415

        d = dict(src_dict)
        channels = SubscriberPreferenceChannels.from_dict(d.pop("channels"))

        enabled = d.pop("enabled")

        level = PreferenceLevelEnum.from_wire(d.pop("level"))

        def _parse_condition(data: object) -> GetPreferencesResponseDtoConditionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = GetPreferencesResponseDtoConditionType0.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPreferencesResponseDtoConditionType0 | None | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))

        def _parse_workflow(data: object) -> None | Unset | WorkflowDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_type_1 = WorkflowDto.from_dict(data)

                return workflow_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowDto, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))

        get_preferences_response_dto = cls(
            channels=channels,
            enabled=enabled,
            level=level,
            condition=condition,
            workflow=workflow,
        )

        get_preferences_response_dto.additional_properties = d
        return get_preferences_response_dto

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
