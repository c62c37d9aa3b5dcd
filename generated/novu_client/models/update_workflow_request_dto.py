from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_step import NotificationStep
    from ..models.subscriber_preference_channels import SubscriberPreferenceChannels
    from ..models.update_workflow_request_dto_data import UpdateWorkflowRequestDtoData


T = TypeVar("T", bound="UpdateWorkflowRequestDto")


@_attrs_define
class UpdateWorkflowRequestDto:
    """
    Attributes:
        name (str):
        notification_group_id (str):
        critical (bool | Unset):
        data (UpdateWorkflowRequestDtoData | Unset):
        description (str | Unset):
        identifier (str | Unset):
        preference_settings (SubscriberPreferenceChannels | Unset):
        steps (list[NotificationStep] | Unset):
        tags (list[str] | Unset):
    """

    name: str
    notification_group_id: str
    critical: bool | Unset = UNSET
    data: UpdateWorkflowRequestDtoData | Unset = UNSET
    description: str | Unset = UNSET
    identifier: str | Unset = UNSET
    preference_settings: SubscriberPreferenceChannels | Unset = UNSET
    steps: list[NotificationStep] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        notification_group_id = self.notification_group_id

        critical = self.critical

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        description = self.description

        identifier = self.identifier

        preference_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preference_settings, Unset):
            preference_settings = self.preference_settings.to_dict()

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "notificationGroupId": notification_group_id,
            }
        )
        if critical is not UNSET:
            field_dict["critical"] = critical
        if data is not UNSET:
            field_dict["data"] = data
        if description is not UNSET:
            field_dict["description"] = description
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if preference_settings is not UNSET:
            field_dict["preferenceSettings"] = preference_settings
        if steps is not UNSET:
            field_dict["steps"] = steps
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_step import NotificationStep  # noqa: PLC0415
        from ..models.subscriber_preference_channels import SubscriberPreferenceChannels  # noqa: PLC0415
        from ..models.update_workflow_request_dto_data import UpdateWorkflowRequestDtoData  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        notification_group_id = d.pop("notificationGroupId")

        critical = d.pop("critical", UNSET)

        _data = d.pop("data", UNSET)
        data: UpdateWorkflowRequestDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UpdateWorkflowRequestDtoData.from_dict(_data)

        description = d.pop("description", UNSET)

        identifier = d.pop("identifier", UNSET)

        _preference_settings = d.pop("preferenceSettings", UNSET)
        preference_settings: SubscriberPreferenceChannels | Unset
        if isinstance(_preference_settings, Unset):
            preference_settings = UNSET
        else:
            preference_settings = SubscriberPreferenceChannels.from_dict(_preference_settings)

        _steps = d.pop("steps", UNSET)
        steps: list[NotificationStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = NotificationStep.from_dict(steps_item_data)

                steps.append(steps_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        update_workflow_request_dto = cls(
            name=name,
            notification_group_id=notification_group_id,
            critical=critical,
            data=data,
            description=description,
            identifier=identifier,
            preference_settings=preference_settings,
            steps=steps,
            tags=tags,
        )

        update_workflow_request_dto.additional_properties = d
        return update_workflow_request_dto

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
