from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicResponseDto")


@_attrs_define
class TopicResponseDto:
    """
    Attributes:
        field_id (str):
        key (str):
        created_at (str | Unset):
        name (str | Unset):
        updated_at (str | Unset):
    """

    field_id: str
    key: str
    created_at: str | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        created_at = self.created_at

        name = self.name

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "key": key,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        key = d.pop("key")

        created_at = d.pop("createdAt", UNSET)

        name = d.pop("name", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        topic_response_dto = cls(
            field_id=field_id,
            key=key,
            created_at=created_at,
            name=name,
            updated_at=updated_at,
        )

        topic_response_dto.additional_properties = d
        return topic_response_dto

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
