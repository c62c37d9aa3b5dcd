from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicDto")


@_attrs_define
class TopicDto:
    """
    Attributes:
        field_environment_id (str):
        field_organization_id (str):
        key (str):
        name (str):
        subscribers (list[str]):
        field_id (str | Unset):
    """

    field_environment_id: str
    field_organization_id: str
    key: str
    name: str
    subscribers: list[str]
    field_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_organization_id = self.field_organization_id

        key = self.key

        name = self.name

        subscribers = self.subscribers

        field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_organizationId": field_organization_id,
                "key": key,
                "name": name,
                "subscribers": subscribers,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId")

        field_organization_id = d.pop("_organizationId")

        key = d.pop("key")

        name = d.pop("name")

        subscribers = cast(list[str], d.pop("subscribers"))

        field_id = d.pop("_id", UNSET)

        topic_dto = cls(
            field_environment_id=field_environment_id,
            field_organization_id=field_organization_id,
            key=key,
            name=name,
            subscribers=subscribers,
            field_id=field_id,
        )

        topic_dto.additional_properties = d
        return topic_dto

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
