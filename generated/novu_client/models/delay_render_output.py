from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_unit_enum import TimeUnitEnum

T = TypeVar("T", bound="DelayRenderOutput")


@_attrs_define
class DelayRenderOutput:
    """
    Attributes:
        amount (float):
        type_ (str):
        unit (TimeUnitEnum):
    """

    amount: float
    type_: str
    unit: TimeUnitEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        type_ = self.type_

        unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "type": type_,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        type_ = d.pop("type")

        unit = TimeUnitEnum.from_wire(d.pop("unit"))

        delay_render_output = cls(
            amount=amount,
            type_=type_,
            unit=unit,
        )

        delay_render_output.additional_properties = d
        return delay_render_output

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
