from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.look_back_window_dto_unit import LookBackWindowDtoUnit

T = TypeVar("T", bound="LookBackWindowDto")


@_attrs_define
class LookBackWindowDto:
    """
    Attributes:
        amount (float):
        unit (LookBackWindowDtoUnit):
    """

    amount: float
    unit: LookBackWindowDtoUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        unit = LookBackWindowDtoUnit.from_wire(d.pop("unit"))

        look_back_window_dto = cls(
            amount=amount,
            unit=unit,
        )

        look_back_window_dto.additional_properties = d
        return look_back_window_dto

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
