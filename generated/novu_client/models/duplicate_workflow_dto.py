from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateWorkflowDto")


@_attrs_define
class DuplicateWorkflowDto:
    """
    Attributes:
        description (str | Unset):
        is_translation_enabled (bool | Unset):  Default: False.
        name (str | Unset):
        tags (list[str] | Unset):
        workflow_id (str | Unset):
    """

    description: str | Unset = UNSET
    is_translation_enabled: bool | Unset = False
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    workflow_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        is_translation_enabled = self.is_translation_enabled

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if is_translation_enabled is not UNSET:
            field_dict["isTranslationEnabled"] = is_translation_enabled
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        is_translation_enabled = d.pop("isTranslationEnabled", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        workflow_id = d.pop("workflowId", UNSET)

        duplicate_workflow_dto = cls(
            description=description,
            is_translation_enabled=is_translation_enabled,
            name=name,
            tags=tags,
            workflow_id=workflow_id,
        )

        duplicate_workflow_dto.additional_properties = d
        return duplicate_workflow_dto

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
