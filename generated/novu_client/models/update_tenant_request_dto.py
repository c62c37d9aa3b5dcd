from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_tenant_request_dto_data import UpdateTenantRequestDtoData


T = TypeVar("T", bound="UpdateTenantRequestDto")


@_attrs_define
class UpdateTenantRequestDto:
    """
    Attributes:
        data (UpdateTenantRequestDtoData | Unset):
        identifier (str | Unset):
        name (str | Unset):
    """

    data: UpdateTenantRequestDtoData | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        identifier = self.identifier

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_tenant_request_dto_data import UpdateTenantRequestDtoData  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: UpdateTenantRequestDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UpdateTenantRequestDtoData.from_dict(_data)

        identifier = d.pop("identifier", UNSET)

        name = d.pop("name", UNSET)

        update_tenant_request_dto = cls(
            data=data,
            identifier=identifier,
            name=name,
        )

        update_tenant_request_dto.additional_properties = d
        return update_tenant_request_dto

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
