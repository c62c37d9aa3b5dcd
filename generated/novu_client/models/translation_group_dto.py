from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.translation_group_dto_resource_type import TranslationGroupDtoResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationGroupDto")


@_attrs_define
class TranslationGroupDto:
    """
    Attributes:
        created_at (str):
        locales (list[str]):
        resource_id (str):
        resource_name (str):
        resource_type (TranslationGroupDtoResourceType):
        updated_at (str):
        outdated_locales (list[str] | Unset):
    """

    created_at: str
    locales: list[str]
    resource_id: str
    resource_name: str
    resource_type: TranslationGroupDtoResourceType
    updated_at: str
    outdated_locales: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        locales = self.locales

        resource_id = self.resource_id

        resource_name = self.resource_name

        resource_type = self.resource_type.value

        updated_at = self.updated_at

        outdated_locales: list[str] | Unset = UNSET
        if not isinstance(self.outdated_locales, Unset):
            outdated_locales = self.outdated_locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "locales": locales,
                "resourceId": resource_id,
                "resourceName": resource_name,
                "resourceType": resource_type,
                "updatedAt": updated_at,
            }
        )
        if outdated_locales is not UNSET:
            field_dict["outdatedLocales"] = outdated_locales

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        locales = cast(list[str], d.pop("locales"))

        resource_id = d.pop("resourceId")

        resource_name = d.pop("resourceName")

        resource_type = TranslationGroupDtoResourceType.from_wire(d.pop("resourceType"))

        updated_at = d.pop("updatedAt")

        outdated_locales = cast(list[str], d.pop("outdatedLocales", UNSET))

        translation_group_dto = cls(
            created_at=created_at,
            locales=locales,
            resource_id=resource_id,
            resource_name=resource_name,
            resource_type=resource_type,
            updated_at=updated_at,
            outdated_locales=outdated_locales,
        )

        translation_group_dto.additional_properties = d
        return translation_group_dto

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
