from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedResponseDto20240630")


@_attrs_define
class FeedResponseDto20240630:
    """
    Attributes:
        field_environment_id (str):
        field_organization_id (str):
        identifier (str):
        name (str):
        field_id (str | Unset):
    """

    field_environment_id: str
    field_organization_id: str
    identifier: str
    name: str
    field_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_organization_id = self.field_organization_id

        identifier = self.identifier

        name = self.name

        field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_organizationId": field_organization_id,
                "identifier": identifier,
                "name": name,
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

        identifier = d.pop("identifier")

        name = d.pop("name")

        field_id = d.pop("_id", UNSET)

        feed_response_dto_20240630 = cls(
            field_environment_id=field_environment_id,
            field_organization_id=field_organization_id,
            identifier=identifier,
            name=name,
            field_id=field_id,
        )

        feed_response_dto_20240630.additional_properties = d
        return feed_response_dto_20240630

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
