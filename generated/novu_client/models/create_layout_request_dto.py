from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_layout_request_dto_variables_item import CreateLayoutRequestDtoVariablesItem


T = TypeVar("T", bound="CreateLayoutRequestDto")


@_attrs_define
class CreateLayoutRequestDto:
    """
    Attributes:
        content (str):
        name (str):
        description (str | Unset):
        identifier (str | Unset):
        is_default (bool | Unset):
        variables (list[CreateLayoutRequestDtoVariablesItem] | Unset):
    """

    content: str
    name: str
    description: str | Unset = UNSET
    identifier: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    variables: list[CreateLayoutRequestDtoVariablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        name = self.name

        description = self.description

        identifier = self.identifier

        is_default = self.is_default

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_layout_request_dto_variables_item import CreateLayoutRequestDtoVariablesItem  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        identifier = d.pop("identifier", UNSET)

        is_default = d.pop("isDefault", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: list[CreateLayoutRequestDtoVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = CreateLayoutRequestDtoVariablesItem.from_dict(variables_item_data)

                variables.append(variables_item)

        create_layout_request_dto = cls(
            content=content,
            name=name,
            description=description,
            identifier=identifier,
            is_default=is_default,
            variables=variables,
        )

        create_layout_request_dto.additional_properties = d
        return create_layout_request_dto

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
