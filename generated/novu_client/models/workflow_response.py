from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_group import NotificationGroup
    from ..models.notification_step_dto import NotificationStepDto
    from ..models.notification_trigger import NotificationTrigger
    from ..models.subscriber_preference_channels import SubscriberPreferenceChannels
    from ..models.workflow_response_data import WorkflowResponseData
    from ..models.workflow_response_workflow_integration_status import WorkflowResponseWorkflowIntegrationStatus


T = TypeVar("T", bound="WorkflowResponse")


@_attrs_define
class WorkflowResponse:
    """
    Attributes:
        field_creator_id (str):
        field_environment_id (str):
        field_notification_group_id (str):
        field_organization_id (str):
        active (bool):
        critical (bool):
        description (str):
        draft (bool):
        name (str):
        preference_settings (SubscriberPreferenceChannels):
        steps (list[NotificationStepDto]):
        tags (list[str]):
        triggers (list[NotificationTrigger]):
        field_id (str | Unset):
        field_parent_id (str | Unset):
        data (WorkflowResponseData | Unset):
        deleted (bool | None | Unset):
        deleted_at (None | str | Unset):
        deleted_by (None | str | Unset):
        notification_group (NotificationGroup | Unset):
        workflow_integration_status (WorkflowResponseWorkflowIntegrationStatus | Unset):
    """

    field_creator_id: str
    field_environment_id: str
    field_notification_group_id: str
    field_organization_id: str
    active: bool
    critical: bool
    description: str
    draft: bool
    name: str
    preference_settings: SubscriberPreferenceChannels
    steps: list[NotificationStepDto]
    tags: list[str]
    triggers: list[NotificationTrigger]
    field_id: str | Unset = UNSET
    field_parent_id: str | Unset = UNSET
    data: WorkflowResponseData | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by: None | str | Unset = UNSET
    notification_group: NotificationGroup | Unset = UNSET
    workflow_integration_status: WorkflowResponseWorkflowIntegrationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_creator_id = self.field_creator_id

        field_environment_id = self.field_environment_id

        field_notification_group_id = self.field_notification_group_id

        field_organization_id = self.field_organization_id

        active = self.active

        critical = self.critical

        description = self.description

        draft = self.draft

        name = self.name

        preference_settings = self.preference_settings.to_dict()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        tags = self.tags

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.to_dict()
            triggers.append(triggers_item)

        field_id = self.field_id

        field_parent_id = self.field_parent_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        deleted_by: None | str | Unset
        if isinstance(self.deleted_by, Unset):
            deleted_by = UNSET
        else:
            deleted_by = self.deleted_by

        notification_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_group, Unset):
            notification_group = self.notification_group.to_dict()

        workflow_integration_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_integration_status, Unset):
            workflow_integration_status = self.workflow_integration_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_creatorId": field_creator_id,
                "_environmentId": field_environment_id,
                "_notificationGroupId": field_notification_group_id,
                "_organizationId": field_organization_id,
                "active": active,
                "critical": critical,
                "description": description,
                "draft": draft,
                "name": name,
                "preferenceSettings": preference_settings,
                "steps": steps,
                "tags": tags,
                "triggers": triggers,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_parent_id is not UNSET:
            field_dict["_parentId"] = field_parent_id
        if data is not UNSET:
            field_dict["data"] = data
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if deleted_by is not UNSET:
            field_dict["deletedBy"] = deleted_by
        if notification_group is not UNSET:
            field_dict["notificationGroup"] = notification_group
        if workflow_integration_status is not UNSET:
            field_dict["workflowIntegrationStatus"] = workflow_integration_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_group import NotificationGroup  # noqa: PLC0415
        from ..models.notification_step_dto import NotificationStepDto  # noqa: PLC0415
        from ..models.notification_trigger import NotificationTrigger  # noqa: PLC0415
        from ..models.subscriber_preference_channels import SubscriberPreferenceChannels  # noqa: PLC0415
        from ..models.workflow_response_data import WorkflowResponseData  # noqa: PLC0415
        from ..models.workflow_response_workflow_integration_status import WorkflowResponseWorkflowIntegrationStatus  # noqa: PLC0415

        d = dict(src_dict)
        field_creator_id = d.pop("_creatorId")

        field_environment_id = d.pop("_environmentId")

        field_notification_group_id = d.pop("_notificationGroupId")

        field_organization_id = d.pop("_organizationId")

        active = d.pop("active")

        critical = d.pop("critical")

        description = d.pop("description")

        draft = d.pop("draft")

        name = d.pop("name")

        preference_settings = SubscriberPreferenceChannels.from_dict(d.pop("preferenceSettings"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = NotificationStepDto.from_dict(steps_item_data)

            steps.append(steps_item)

        tags = cast(list[str], d.pop("tags"))

        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:
            triggers_item = NotificationTrigger.from_dict(triggers_item_data)

            triggers.append(triggers_item)

        field_id = d.pop("_id", UNSET)

        field_parent_id = d.pop("_parentId", UNSET)

        _data = d.pop("data", UNSET)
        data: WorkflowResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WorkflowResponseData.from_dict(_data)

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        def _parse_deleted_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_by = _parse_deleted_by(d.pop("deletedBy", UNSET))

        _notification_group = d.pop("notificationGroup", UNSET)
        notification_group: NotificationGroup | Unset
        if isinstance(_notification_group, Unset):
            notification_group = UNSET
        else:
            notification_group = NotificationGroup.from_dict(_notification_group)

        _workflow_integration_status = d.pop("workflowIntegrationStatus", UNSET)
        workflow_integration_status: WorkflowResponseWorkflowIntegrationStatus | Unset
        if isinstance(_workflow_integration_status, Unset):
            workflow_integration_status = UNSET
        else:
            workflow_integration_status = WorkflowResponseWorkflowIntegrationStatus.from_dict(
                _workflow_integration_status
            )

        workflow_response = cls(
            field_creator_id=field_creator_id,
            field_environment_id=field_environment_id,
            field_notification_group_id=field_notification_group_id,
            field_organization_id=field_organization_id,
            active=active,
            critical=critical,
            description=description,
            draft=draft,
            name=name,
            preference_settings=preference_settings,
            steps=steps,
            tags=tags,
            triggers=triggers,
            field_id=field_id,
            field_parent_id=field_parent_id,
            data=data,
            deleted=deleted,
            deleted_at=deleted_at,
            deleted_by=deleted_by,
            notification_group=notification_group,
            workflow_integration_status=workflow_integration_status,
        )

        workflow_response.additional_properties = d
        return workflow_response

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
