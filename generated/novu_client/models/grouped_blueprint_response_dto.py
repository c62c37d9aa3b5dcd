from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grouped_blueprint_response_dto_general_item import GroupedBlueprintResponseDtoGeneralItem


T = TypeVar("T", bound="GroupedBlueprintResponseDto")


@_attrs_define
class GroupedBlueprintResponseDto:
    """
    Attributes:
        category (str | Unset):
        general (list[GroupedBlueprintResponseDtoGeneralItem] | Unset):
        popular (Any | Unset):
    """

    category: str | Unset = UNSET
    general: list[GroupedBlueprintResponseDtoGeneralItem] | Unset = UNSET
    popular: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        general: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.general, Unset):
            general = []
            for general_item_data in self.general:
                general_item = general_item_data.to_dict()
                general.append(general_item)

        popular = self.popular

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if general is not UNSET:
            field_dict["general"] = general
        if popular is not UNSET:
            field_dict["popular"] = popular

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grouped_blueprint_response_dto_general_item import GroupedBlueprintResponseDtoGeneralItem  # noqa: PLC0415

        d = dict(src_dict)
        category = d.pop("category", UNSET)

        _general = d.pop("general", UNSET)
        general: list[GroupedBlueprintResponseDtoGeneralItem] | Unset = UNSET
        if _general is not UNSET:
            general = []
            for general_item_data in _general:
                general_item = GroupedBlueprintResponseDtoGeneralItem.from_dict(general_item_data)

                general.append(general_item)

        popular = d.pop("popular", UNSET)

        grouped_blueprint_response_dto = cls(
            category=category,
            general=general,
            popular=popular,
        )

        grouped_blueprint_response_dto.additional_properties = d
        return grouped_blueprint_response_dto

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
