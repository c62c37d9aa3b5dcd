from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_workflow_request_dto_data import CreateWorkflowRequestDtoData
    from ..models.create_workflow_request_dto_notification_group import CreateWorkflowRequestDtoNotificationGroup
    from ..models.notification_step import NotificationStep
    from ..models.preference_channels import PreferenceChannels


T = TypeVar("T", bound="CreateWorkflowRequestDto")


@_attrs_define
class CreateWorkflowRequestDto:
    """
    Attributes:
        name (str):
        notification_group_id (str):
        steps (list[NotificationStep]):
        active (bool | Unset):
        blueprint_id (str | Unset):
        critical (bool | Unset):
        data (CreateWorkflowRequestDtoData | Unset):
        description (str | Unset):
        draft (bool | Unset):
        notification_group (CreateWorkflowRequestDtoNotificationGroup | Unset):
        preference_settings (PreferenceChannels | Unset):
        tags (list[str] | Unset):
    """

    name: str
    notification_group_id: str
    steps: list[NotificationStep]
    active: bool | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    critical: bool | Unset = UNSET
    data: CreateWorkflowRequestDtoData | Unset = UNSET
    description: str | Unset = UNSET
    draft: bool | Unset = UNSET
    notification_group: CreateWorkflowRequestDtoNotificationGroup | Unset = UNSET
    preference_settings: PreferenceChannels | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        notification_group_id = self.notification_group_id

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        active = self.active

        blueprint_id = self.blueprint_id

        critical = self.critical

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        description = self.description

        draft = self.draft

        notification_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_group, Unset):
            notification_group = self.notification_group.to_dict()

        preference_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preference_settings, Unset):
            preference_settings = self.preference_settings.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "notificationGroupId": notification_group_id,
                "steps": steps,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if critical is not UNSET:
            field_dict["critical"] = critical
        if data is not UNSET:
            field_dict["data"] = data
        if description is not UNSET:
            field_dict["description"] = description
        if draft is not UNSET:
            field_dict["draft"] = draft
        if notification_group is not UNSET:
            field_dict["notificationGroup"] = notification_group
        if preference_settings is not UNSET:
            field_dict["preferenceSettings"] = preference_settings
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_workflow_request_dto_data import CreateWorkflowRequestDtoData  # noqa: PLC0415
        from ..models.create_workflow_request_dto_notification_group import CreateWorkflowRequestDtoNotificationGroup  # noqa: PLC0415
        from ..models.notification_step import NotificationStep  # noqa: PLC0415
        from ..models.preference_channels import PreferenceChannels  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        notification_group_id = d.pop("notificationGroupId")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = NotificationStep.from_dict(steps_item_data)

            steps.append(steps_item)

        active = d.pop("active", UNSET)

        blueprint_id = d.pop("blueprintId", UNSET)

        critical = d.pop("critical", UNSET)

        _data = d.pop("data", UNSET)
        data: CreateWorkflowRequestDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreateWorkflowRequestDtoData.from_dict(_data)

        description = d.pop("description", UNSET)

        draft = d.pop("draft", UNSET)

        _notification_group = d.pop("notificationGroup", UNSET)
        notification_group: CreateWorkflowRequestDtoNotificationGroup | Unset
        if isinstance(_notification_group, Unset):
            notification_group = UNSET
        else:
            notification_group = CreateWorkflowRequestDtoNotificationGroup.from_dict(_notification_group)

        _preference_settings = d.pop("preferenceSettings", UNSET)
        preference_settings: PreferenceChannels | Unset
        if isinstance(_preference_settings, Unset):
            preference_settings = UNSET
        else:
            preference_settings = PreferenceChannels.from_dict(_preference_settings)

        tags = cast(list[str], d.pop("tags", UNSET))

        create_workflow_request_dto = cls(
            name=name,
            notification_group_id=notification_group_id,
            steps=steps,
            active=active,
            blueprint_id=blueprint_id,
            critical=critical,
            data=data,
            description=description,
            draft=draft,
            notification_group=notification_group,
            preference_settings=preference_settings,
            tags=tags,
        )

        create_workflow_request_dto.additional_properties = d
        return create_workflow_request_dto

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
