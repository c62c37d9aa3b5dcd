from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_tenant_response_dto_data import UpdateTenantResponseDtoData


T = TypeVar("T", bound="UpdateTenantResponseDto")


@_attrs_define
class UpdateTenantResponseDto:
    """
    Attributes:
        field_environment_id (str):
        field_id (str):
        created_at (str):
        identifier (str):
        updated_at (str):
        data (UpdateTenantResponseDtoData | Unset):
        name (str | Unset):
    """

    field_environment_id: str
    field_id: str
    created_at: str
    identifier: str
    updated_at: str
    data: UpdateTenantResponseDtoData | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_id = self.field_id

        created_at = self.created_at

        identifier = self.identifier

        updated_at = self.updated_at

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_id": field_id,
                "createdAt": created_at,
                "identifier": identifier,
                "updatedAt": updated_at,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_tenant_response_dto_data import UpdateTenantResponseDtoData  # noqa: PLC0415

        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId")

        field_id = d.pop("_id")

        created_at = d.pop("createdAt")

        identifier = d.pop("identifier")

        updated_at = d.pop("updatedAt")

        _data = d.pop("data", UNSET)
        data: UpdateTenantResponseDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UpdateTenantResponseDtoData.from_dict(_data)

        name = d.pop("name", UNSET)

        update_tenant_response_dto = cls(
            field_environment_id=field_environment_id,
            field_id=field_id,
            created_at=created_at,
            identifier=identifier,
            updated_at=updated_at,
            data=data,
            name=name,
        )

        update_tenant_response_dto.additional_properties = d
        return update_tenant_response_dto

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
