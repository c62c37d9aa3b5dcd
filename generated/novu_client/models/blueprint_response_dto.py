from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blueprint_response_dto_notification_group import BlueprintResponseDtoNotificationGroup
    from ..models.blueprint_response_dto_preference_settings import BlueprintResponseDtoPreferenceSettings
    from ..models.blueprint_response_dto_steps_item import BlueprintResponseDtoStepsItem
    from ..models.blueprint_response_dto_triggers_item import BlueprintResponseDtoTriggersItem


T = TypeVar("T", bound="BlueprintResponseDto")


@_attrs_define
class BlueprintResponseDto:
    """
    Attributes:
        field_creator_id (str | Unset):
        field_environment_id (str | Unset):
        field_id (str | Unset):
        field_notification_group_id (str | Unset):
        field_organization_id (str | Unset):
        field_parent_id (str | Unset):
        active (bool | Unset):
        blueprint_id (str | Unset):
        created_at (str | Unset):
        critical (bool | Unset):
        deleted (bool | Unset):
        deleted_at (str | Unset):
        deleted_by (str | Unset):
        description (str | Unset):
        draft (bool | Unset):
        is_blueprint (bool | Unset):
        name (str | Unset):
        notification_group (BlueprintResponseDtoNotificationGroup | Unset):
        preference_settings (BlueprintResponseDtoPreferenceSettings | Unset):
        steps (list[BlueprintResponseDtoStepsItem] | Unset):
        tags (list[str] | Unset):
        triggers (list[BlueprintResponseDtoTriggersItem] | Unset):
        updated_at (str | Unset):
    """

    field_creator_id: str | Unset = UNSET
    field_environment_id: str | Unset = UNSET
    field_id: str | Unset = UNSET
    field_notification_group_id: str | Unset = UNSET
    field_organization_id: str | Unset = UNSET
    field_parent_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    critical: bool | Unset = UNSET
    deleted: bool | Unset = UNSET
    deleted_at: str | Unset = UNSET
    deleted_by: str | Unset = UNSET
    description: str | Unset = UNSET
    draft: bool | Unset = UNSET
    is_blueprint: bool | Unset = UNSET
    name: str | Unset = UNSET
    notification_group: BlueprintResponseDtoNotificationGroup | Unset = UNSET
    preference_settings: BlueprintResponseDtoPreferenceSettings | Unset = UNSET
    steps: list[BlueprintResponseDtoStepsItem] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    triggers: list[BlueprintResponseDtoTriggersItem] | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_creator_id = self.field_creator_id

        field_environment_id = self.field_environment_id

        field_id = self.field_id

        field_notification_group_id = self.field_notification_group_id

        field_organization_id = self.field_organization_id

        field_parent_id = self.field_parent_id

        active = self.active

        blueprint_id = self.blueprint_id

        created_at = self.created_at

        critical = self.critical

        deleted = self.deleted

        deleted_at = self.deleted_at

        deleted_by = self.deleted_by

        description = self.description

        draft = self.draft

        is_blueprint = self.is_blueprint

        name = self.name

        notification_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_group, Unset):
            notification_group = self.notification_group.to_dict()

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

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_creator_id is not UNSET:
            field_dict["_creatorId"] = field_creator_id
        if field_environment_id is not UNSET:
            field_dict["_environmentId"] = field_environment_id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_notification_group_id is not UNSET:
            field_dict["_notificationGroupId"] = field_notification_group_id
        if field_organization_id is not UNSET:
            field_dict["_organizationId"] = field_organization_id
        if field_parent_id is not UNSET:
            field_dict["_parentId"] = field_parent_id
        if active is not UNSET:
            field_dict["active"] = active
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if critical is not UNSET:
            field_dict["critical"] = critical
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if deleted_by is not UNSET:
            field_dict["deletedBy"] = deleted_by
        if description is not UNSET:
            field_dict["description"] = description
        if draft is not UNSET:
            field_dict["draft"] = draft
        if is_blueprint is not UNSET:
            field_dict["isBlueprint"] = is_blueprint
        if name is not UNSET:
            field_dict["name"] = name
        if notification_group is not UNSET:
            field_dict["notificationGroup"] = notification_group
        if preference_settings is not UNSET:
            field_dict["preferenceSettings"] = preference_settings
        if steps is not UNSET:
            field_dict["steps"] = steps
        if tags is not UNSET:
            field_dict["tags"] = tags
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blueprint_response_dto_notification_group import BlueprintResponseDtoNotificationGroup  # noqa: PLC0415
        from ..models.blueprint_response_dto_preference_settings import BlueprintResponseDtoPreferenceSettings  # noqa: PLC0415
        from ..models.blueprint_response_dto_steps_item import BlueprintResponseDtoStepsItem  # noqa: PLC0415
        from ..models.blueprint_response_dto_triggers_item import BlueprintResponseDtoTriggersItem  # noqa: PLC0415

        d = dict(src_dict)
        field_creator_id = d.pop("_creatorId", UNSET)

        field_environment_id = d.pop("_environmentId", UNSET)

        field_id = d.pop("_id", UNSET)

        field_notification_group_id = d.pop("_notificationGroupId", UNSET)

        field_organization_id = d.pop("_organizationId", UNSET)

        field_parent_id = d.pop("_parentId", UNSET)

        active = d.pop("active", UNSET)

        blueprint_id = d.pop("blueprintId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        critical = d.pop("critical", UNSET)

        deleted = d.pop("deleted", UNSET)

        deleted_at = d.pop("deletedAt", UNSET)

        deleted_by = d.pop("deletedBy", UNSET)

        description = d.pop("description", UNSET)

        draft = d.pop("draft", UNSET)

        is_blueprint = d.pop("isBlueprint", UNSET)

        name = d.pop("name", UNSET)

        _notification_group = d.pop("notificationGroup", UNSET)
        notification_group: BlueprintResponseDtoNotificationGroup | Unset
        if isinstance(_notification_group, Unset):
            notification_group = UNSET
        else:
            notification_group = BlueprintResponseDtoNotificationGroup.from_dict(_notification_group)

        _preference_settings = d.pop("preferenceSettings", UNSET)
        preference_settings: BlueprintResponseDtoPreferenceSettings | Unset
        if isinstance(_preference_settings, Unset):
            preference_settings = UNSET
        else:
            preference_settings = BlueprintResponseDtoPreferenceSettings.from_dict(_preference_settings)

        _steps = d.pop("steps", UNSET)
        steps: list[BlueprintResponseDtoStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = BlueprintResponseDtoStepsItem.from_dict(steps_item_data)

                steps.append(steps_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        _triggers = d.pop("triggers", UNSET)
        triggers: list[BlueprintResponseDtoTriggersItem] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = BlueprintResponseDtoTriggersItem.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        updated_at = d.pop("updatedAt", UNSET)

        blueprint_response_dto = cls(
            field_creator_id=field_creator_id,
            field_environment_id=field_environment_id,
            field_id=field_id,
            field_notification_group_id=field_notification_group_id,
            field_organization_id=field_organization_id,
            field_parent_id=field_parent_id,
            active=active,
            blueprint_id=blueprint_id,
            created_at=created_at,
            critical=critical,
            deleted=deleted,
            deleted_at=deleted_at,
            deleted_by=deleted_by,
            description=description,
            draft=draft,
            is_blueprint=is_blueprint,
            name=name,
            notification_group=notification_group,
            preference_settings=preference_settings,
            steps=steps,
            tags=tags,
            triggers=triggers,
            updated_at=updated_at,
        )

        blueprint_response_dto.additional_properties = d
        return blueprint_response_dto

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
