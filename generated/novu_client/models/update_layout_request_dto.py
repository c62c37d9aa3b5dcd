from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_layout_request_dto_variables_item import UpdateLayoutRequestDtoVariablesItem


T = TypeVar("T", bound="UpdateLayoutRequestDto")


@_attrs_define
class UpdateLayoutRequestDto:
    """
    Attributes:
        content (str | Unset):
        description (str | Unset):
        identifier (str | Unset):
        is_default (bool | Unset):
        name (str | Unset):
        variables (list[UpdateLayoutRequestDtoVariablesItem] | Unset):
    """

    content: str | Unset = UNSET
    description: str | Unset = UNSET
    identifier: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    name: str | Unset = UNSET
    variables: list[UpdateLayoutRequestDtoVariablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        description = self.description

        identifier = self.identifier

        is_default = self.is_default

        name = self.name

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if description is not UNSET:
            field_dict["description"] = description
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if name is not UNSET:
            field_dict["name"] = name
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_layout_request_dto_variables_item import UpdateLayoutRequestDtoVariablesItem  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content", UNSET)

        description = d.pop("description", UNSET)

        identifier = d.pop("identifier", UNSET)

        is_default = d.pop("isDefault", UNSET)

        name = d.pop("name", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: list[UpdateLayoutRequestDtoVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = UpdateLayoutRequestDtoVariablesItem.from_dict(variables_item_data)

                variables.append(variables_item)

        update_layout_request_dto = cls(
            content=content,
            description=description,
            identifier=identifier,
            is_default=is_default,
            name=name,
            variables=variables,
        )

        update_layout_request_dto.additional_properties = d
        return update_layout_request_dto

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
