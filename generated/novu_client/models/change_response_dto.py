from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_response_dto_type import ChangeResponseDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.change_response_dto_change_item import ChangeResponseDtoChangeItem


T = TypeVar("T", bound="ChangeResponseDto")


@_attrs_define
class ChangeResponseDto:
    """
    Attributes:
        field_creator_id (str):
        field_entity_id (str):
        field_environment_id (str):
        field_organization_id (str):
        change (list[ChangeResponseDtoChangeItem]):
        created_at (str):
        enabled (bool):
        type_ (ChangeResponseDtoType):
        field_id (str | Unset):
        field_parent_id (str | Unset):
    """

    field_creator_id: str
    field_entity_id: str
    field_environment_id: str
    field_organization_id: str
    change: list[ChangeResponseDtoChangeItem]
    created_at: str
    enabled: bool
    type_: ChangeResponseDtoType
    field_id: str | Unset = UNSET
    field_parent_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_creator_id = self.field_creator_id

        field_entity_id = self.field_entity_id

        field_environment_id = self.field_environment_id

        field_organization_id = self.field_organization_id

        change = []
        for change_item_data in self.change:
            change_item = change_item_data.to_dict()
            change.append(change_item)

        created_at = self.created_at

        enabled = self.enabled

        type_ = self.type_.value

        field_id = self.field_id

        field_parent_id = self.field_parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_creatorId": field_creator_id,
                "_entityId": field_entity_id,
                "_environmentId": field_environment_id,
                "_organizationId": field_organization_id,
                "change": change,
                "createdAt": created_at,
                "enabled": enabled,
                "type": type_,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_parent_id is not UNSET:
            field_dict["_parentId"] = field_parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_response_dto_change_item import ChangeResponseDtoChangeItem  # noqa: PLC0415

        d = dict(src_dict)
        field_creator_id = d.pop("_creatorId")

        field_entity_id = d.pop("_entityId")

        field_environment_id = d.pop("_environmentId")

        field_organization_id = d.pop("_organizationId")

        change = []
        _change = d.pop("change")
        for change_item_data in _change:
            change_item = ChangeResponseDtoChangeItem.from_dict(change_item_data)

            change.append(change_item)

        created_at = d.pop("createdAt")

        enabled = d.pop("enabled")

        type_ = ChangeResponseDtoType.from_wire(d.pop("type"))

        field_id = d.pop("_id", UNSET)

        field_parent_id = d.pop("_parentId", UNSET)

        change_response_dto = cls(
            field_creator_id=field_creator_id,
            field_entity_id=field_entity_id,
            field_environment_id=field_environment_id,
            field_organization_id=field_organization_id,
            change=change,
            created_at=created_at,
            enabled=enabled,
            type_=type_,
            field_id=field_id,
            field_parent_id=field_parent_id,
        )

        change_response_dto.additional_properties = d
        return change_response_dto

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
