from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delay_control_dto_type import DelayControlDtoType
from ..models.delay_control_dto_unit import DelayControlDtoUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delay_control_dto_skip import DelayControlDtoSkip


T = TypeVar("T", bound="DelayControlDto")


@_attrs_define
class DelayControlDto:
    """
    Attributes:
        type_ (DelayControlDtoType):  Default: DelayControlDtoType.REGULAR.
        amount (float | Unset):
        cron (str | Unset):
        skip (DelayControlDtoSkip | Unset):
        unit (DelayControlDtoUnit | Unset):
    """

    type_: DelayControlDtoType = DelayControlDtoType.REGULAR
    amount: float | Unset = UNSET
    cron: str | Unset = UNSET
    skip: DelayControlDtoSkip | Unset = UNSET
    unit: DelayControlDtoUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        amount = self.amount

        cron = self.cron

        skip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = self.skip.to_dict()

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cron is not UNSET:
            field_dict["cron"] = cron
        if skip is not UNSET:
            field_dict["skip"] = skip
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delay_control_dto_skip import DelayControlDtoSkip  # noqa: PLC0415

        d = dict(src_dict)
        type_ = DelayControlDtoType.from_wire(d.pop("type"))

        amount = d.pop("amount", UNSET)

        cron = d.pop("cron", UNSET)

        _skip = d.pop("skip", UNSET)
        skip: DelayControlDtoSkip | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        else:
            skip = DelayControlDtoSkip.from_dict(_skip)

        _unit = d.pop("unit", UNSET)
        unit: DelayControlDtoUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = DelayControlDtoUnit.from_wire(_unit)

        delay_control_dto = cls(
            type_=type_,
            amount=amount,
            cron=cron,
            skip=skip,
            unit=unit,
        )

        delay_control_dto.additional_properties = d
        return delay_control_dto

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
