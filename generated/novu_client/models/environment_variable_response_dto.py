from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_variable_response_dto_type import EnvironmentVariableResponseDtoType

if TYPE_CHECKING:
    from ..models.environment_variable_value_response_dto import EnvironmentVariableValueResponseDto


T = TypeVar("T", bound="EnvironmentVariableResponseDto")


@_attrs_define
class EnvironmentVariableResponseDto:
    """
    Attributes:
        field_id (str):
        field_organization_id (str):
        created_at (str):
        is_secret (bool):
        key (str):
        type_ (EnvironmentVariableResponseDtoType):
        updated_at (str):
        values (list[EnvironmentVariableValueResponseDto]):
    """

    field_id: str
    field_organization_id: str
    created_at: str
    is_secret: bool
    key: str
    type_: EnvironmentVariableResponseDtoType
    updated_at: str
    values: list[EnvironmentVariableValueResponseDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_organization_id = self.field_organization_id

        created_at = self.created_at

        is_secret = self.is_secret

        key = self.key

        type_ = self.type_.value

        updated_at = self.updated_at

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_organizationId": field_organization_id,
                "createdAt": created_at,
                "isSecret": is_secret,
                "key": key,
                "type": type_,
                "updatedAt": updated_at,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_variable_value_response_dto import EnvironmentVariableValueResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        field_organization_id = d.pop("_organizationId")

        created_at = d.pop("createdAt")

        is_secret = d.pop("isSecret")

        key = d.pop("key")

        type_ = EnvironmentVariableResponseDtoType.from_wire(d.pop("type"))

        updated_at = d.pop("updatedAt")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = EnvironmentVariableValueResponseDto.from_dict(values_item_data)

            values.append(values_item)

        environment_variable_response_dto = cls(
            field_id=field_id,
            field_organization_id=field_organization_id,
            created_at=created_at,
            is_secret=is_secret,
            key=key,
            type_=type_,
            updated_at=updated_at,
            values=values,
        )

        environment_variable_response_dto.additional_properties = d
        return environment_variable_response_dto

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
