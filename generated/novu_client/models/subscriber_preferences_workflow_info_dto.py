from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberPreferencesWorkflowInfoDto")


@_attrs_define
class SubscriberPreferencesWorkflowInfoDto:
    """
    Attributes:
        identifier (str):
        name (str):
        slug (str):
        updated_at (str | Unset):
    """

    identifier: str
    name: str
    slug: str
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        slug = self.slug

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "name": name,
                "slug": slug,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("identifier")

        name = d.pop("name")

        slug = d.pop("slug")

        updated_at = d.pop("updatedAt", UNSET)

        subscriber_preferences_workflow_info_dto = cls(
            identifier=identifier,
            name=name,
            slug=slug,
            updated_at=updated_at,
        )

        subscriber_preferences_workflow_info_dto.additional_properties = d
        return subscriber_preferences_workflow_info_dto

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
