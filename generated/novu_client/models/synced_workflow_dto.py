from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type_enum import ResourceTypeEnum
from ..models.sync_action_enum import SyncActionEnum

T = TypeVar("T", bound="SyncedWorkflowDto")


@_attrs_define
class SyncedWorkflowDto:
    """
    Attributes:
        action (SyncActionEnum):
        resource_id (str):
        resource_name (str):
        resource_type (ResourceTypeEnum):
    """

    action: SyncActionEnum
    resource_id: str
    resource_name: str
    resource_type: ResourceTypeEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        resource_id = self.resource_id

        resource_name = self.resource_name

        resource_type = self.resource_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "resourceId": resource_id,
                "resourceName": resource_name,
                "resourceType": resource_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = SyncActionEnum.from_wire(d.pop("action"))

        resource_id = d.pop("resourceId")

        resource_name = d.pop("resourceName")

        resource_type = ResourceTypeEnum.from_wire(d.pop("resourceType"))

        synced_workflow_dto = cls(
            action=action,
            resource_id=resource_id,
            resource_name=resource_name,
            resource_type=resource_type,
        )

        synced_workflow_dto.additional_properties = d
        return synced_workflow_dto

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
