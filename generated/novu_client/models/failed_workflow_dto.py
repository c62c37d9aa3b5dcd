from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type_enum import ResourceTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="FailedWorkflowDto")


@_attrs_define
class FailedWorkflowDto:
    """
    Attributes:
        error (str):
        resource_id (str):
        resource_name (str):
        resource_type (ResourceTypeEnum):
        stack (str | Unset):
    """

    error: str
    resource_id: str
    resource_name: str
    resource_type: ResourceTypeEnum
    stack: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        resource_id = self.resource_id

        resource_name = self.resource_name

        resource_type = self.resource_type.value

        stack = self.stack

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "resourceId": resource_id,
                "resourceName": resource_name,
                "resourceType": resource_type,
            }
        )
        if stack is not UNSET:
            field_dict["stack"] = stack

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        resource_id = d.pop("resourceId")

        resource_name = d.pop("resourceName")

        resource_type = ResourceTypeEnum.from_wire(d.pop("resourceType"))

        stack = d.pop("stack", UNSET)

        failed_workflow_dto = cls(
            error=error,
            resource_id=resource_id,
            resource_name=resource_name,
            resource_type=resource_type,
            stack=stack,
        )

        failed_workflow_dto.additional_properties = d
        return failed_workflow_dto

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
