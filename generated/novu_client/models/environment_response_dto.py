from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_response_dto_api_keys_item import EnvironmentResponseDtoApiKeysItem


T = TypeVar("T", bound="EnvironmentResponseDto")


@_attrs_define
class EnvironmentResponseDto:
    """
    Attributes:
        field_organization_id (str):
        field_parent_id (str):
        identifier (str):
        name (str):
        field_id (str | Unset):
        api_keys (list[EnvironmentResponseDtoApiKeysItem] | Unset):
    """

    field_organization_id: str
    field_parent_id: str
    identifier: str
    name: str
    field_id: str | Unset = UNSET
    api_keys: list[EnvironmentResponseDtoApiKeysItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_organization_id = self.field_organization_id

        field_parent_id = self.field_parent_id

        identifier = self.identifier

        name = self.name

        field_id = self.field_id

        api_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_organizationId": field_organization_id,
                "_parentId": field_parent_id,
                "identifier": identifier,
                "name": name,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if api_keys is not UNSET:
            field_dict["apiKeys"] = api_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_response_dto_api_keys_item import EnvironmentResponseDtoApiKeysItem  # noqa: PLC0415

        d = dict(src_dict)
        field_organization_id = d.pop("_organizationId")

        field_parent_id = d.pop("_parentId")

        identifier = d.pop("identifier")

        name = d.pop("name")

        field_id = d.pop("_id", UNSET)

        _api_keys = d.pop("apiKeys", UNSET)
        api_keys: list[EnvironmentResponseDtoApiKeysItem] | Unset = UNSET
        if _api_keys is not UNSET:
            api_keys = []
            for api_keys_item_data in _api_keys:
                api_keys_item = EnvironmentResponseDtoApiKeysItem.from_dict(api_keys_item_data)

                api_keys.append(api_keys_item)

        environment_response_dto = cls(
            field_organization_id=field_organization_id,
            field_parent_id=field_parent_id,
            identifier=identifier,
            name=name,
            field_id=field_id,
            api_keys=api_keys,
        )

        environment_response_dto.additional_properties = d
        return environment_response_dto

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
