from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.layout_response_dto import LayoutResponseDto


T = TypeVar("T", bound="ListLayoutResponseDto")


@_attrs_define
class ListLayoutResponseDto:
    """
    Attributes:
        layouts (list[LayoutResponseDto]):
        total_count (float):
    """

    layouts: list[LayoutResponseDto]
    total_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layouts = []
        for layouts_item_data in self.layouts:
            layouts_item = layouts_item_data.to_dict()
            layouts.append(layouts_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layouts": layouts,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.layout_response_dto import LayoutResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        layouts = []
        _layouts = d.pop("layouts")
        for layouts_item_data in _layouts:
            layouts_item = LayoutResponseDto.from_dict(layouts_item_data)

            layouts.append(layouts_item)

        total_count = d.pop("totalCount")

        list_layout_response_dto = cls(
            layouts=layouts,
            total_count=total_count,
        )

        list_layout_response_dto.additional_properties = d
        return list_layout_response_dto

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
