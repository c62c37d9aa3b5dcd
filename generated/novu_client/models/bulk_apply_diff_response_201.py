from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_response_dto import ChangeResponseDto


T = TypeVar("T", bound="BulkApplyDiffResponse201")


@_attrs_define
class BulkApplyDiffResponse201:
    """
    Attributes:
        data (list[list[ChangeResponseDto]]):
    """

    data: list[list[ChangeResponseDto]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = []
            for data_item_item_data in data_item_data:
                data_item_item = data_item_item_data.to_dict()
                data_item.append(data_item_item)

            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_response_dto import ChangeResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = []
            _data_item = data_item_data
            for data_item_item_data in _data_item:
                data_item_item = ChangeResponseDto.from_dict(data_item_item_data)

                data_item.append(data_item_item)

            data.append(data_item)

        bulk_apply_diff_response_201 = cls(
            data=data,
        )

        bulk_apply_diff_response_201.additional_properties = d
        return bulk_apply_diff_response_201

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
