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
    from ..models.subscriber_preference_channels import SubscriberPreferenceChannels


T = TypeVar("T", bound="CreateWorkflowRequestDto")


@_attrs_define
class CreateWorkflowRequestDto:
    """
    Attributes:
        name (str):
        notification_group_id (str):
        steps (list[NotificationStep] | None):
        active (bool | None | Unset):
        blueprint_id (str | Unset):
        critical (bool | None | Unset):
        data (CreateWorkflowRequestDtoData | Unset):
        description (None | str | Unset):
        draft (bool | None | Unset):
        notification_group (CreateWorkflowRequestDtoNotificationGroup | Unset):
        preference_settings (SubscriberPreferenceChannels | Unset):
        tags (list[str] | None | Unset):
    """

    name: str
    notification_group_id: str
    steps: list[NotificationStep] | None
    active: bool | None | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    critical: bool | None | Unset = UNSET
    data: CreateWorkflowRequestDtoData | Unset = UNSET
    description: None | str | Unset = UNSET
    draft: bool | None | Unset = UNSET
    notification_group: CreateWorkflowRequestDtoNotificationGroup | Unset = UNSET
    preference_settings: SubscriberPreferenceChannels | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        notification_group_id = self.notification_group_id

        steps: list[dict[str, Any]] | None
        if isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        blueprint_id = self.blueprint_id

        critical: bool | None | Unset
        if isinstance(self.critical, Unset):
            critical = UNSET
        else:
            critical = self.critical

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        draft: bool | None | Unset
        if isinstance(self.draft, Unset):
            draft = UNSET
        else:
            draft = self.draft

        notification_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_group, Unset):
            notification_group = self.notification_group.to_dict()

        preference_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preference_settings, Unset):
            preference_settings = self.preference_settings.to_dict()

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
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
        from ..models.subscriber_preference_channels import SubscriberPreferenceChannels  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        notification_group_id = d.pop("notificationGroupId")

        def _parse_steps(data: object) -> list[NotificationStep] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0:
                    steps_type_0_item = NotificationStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NotificationStep] | None, data)

        steps = _parse_steps(d.pop("steps"))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        blueprint_id = d.pop("blueprintId", UNSET)

        def _parse_critical(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        critical = _parse_critical(d.pop("critical", UNSET))

        _data = d.pop("data", UNSET)
        data: CreateWorkflowRequestDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreateWorkflowRequestDtoData.from_dict(_data)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_draft(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        draft = _parse_draft(d.pop("draft", UNSET))

        _notification_group = d.pop("notificationGroup", UNSET)
        notification_group: CreateWorkflowRequestDtoNotificationGroup | Unset
        if isinstance(_notification_group, Unset):
            notification_group = UNSET
        else:
            notification_group = CreateWorkflowRequestDtoNotificationGroup.from_dict(_notification_group)

        _preference_settings = d.pop("preferenceSettings", UNSET)
        preference_settings: SubscriberPreferenceChannels | Unset
        if isinstance(_preference_settings, Unset):
            preference_settings = UNSET
        else:
            preference_settings = SubscriberPreferenceChannels.from_dict(_preference_settings)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

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
