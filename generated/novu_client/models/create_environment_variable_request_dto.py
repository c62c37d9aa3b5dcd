from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_environment_variable_request_dto_type import CreateEnvironmentVariableRequestDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_value_dto import EnvironmentVariableValueDto


T = TypeVar("T", bound="CreateEnvironmentVariableRequestDto")


@_attrs_define
class CreateEnvironmentVariableRequestDto:
    """
    Attributes:
        key (str):
        is_secret (bool | Unset):
        type_ (CreateEnvironmentVariableRequestDtoType | Unset):
        values (list[EnvironmentVariableValueDto] | Unset):
    """

    key: str
    is_secret: bool | Unset = UNSET
    type_: CreateEnvironmentVariableRequestDtoType | Unset = UNSET
    values: list[EnvironmentVariableValueDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        is_secret = self.is_secret

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if is_secret is not UNSET:
            field_dict["isSecret"] = is_secret
        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_variable_value_dto import EnvironmentVariableValueDto  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        is_secret = d.pop("isSecret", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateEnvironmentVariableRequestDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateEnvironmentVariableRequestDtoType.from_wire(_type_)

        _values = d.pop("values", UNSET)
        values: list[EnvironmentVariableValueDto] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = EnvironmentVariableValueDto.from_dict(values_item_data)

                values.append(values_item)

        create_environment_variable_request_dto = cls(
            key=key,
            is_secret=is_secret,
            type_=type_,
            values=values,
        )

        create_environment_variable_request_dto.additional_properties = d
        return create_environment_variable_request_dto

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
