from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.throttle_control_dto_type import ThrottleControlDtoType
from ..models.throttle_control_dto_unit import ThrottleControlDtoUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.throttle_control_dto_skip import ThrottleControlDtoSkip


T = TypeVar("T", bound="ThrottleControlDto")


@_attrs_define
class ThrottleControlDto:
    """
    Attributes:
        type_ (ThrottleControlDtoType):  Default: ThrottleControlDtoType.FIXED.
        amount (float | Unset):
        dynamic_key (str | Unset):
        skip (ThrottleControlDtoSkip | Unset):
        threshold (float | Unset):  Default: 1.0.
        throttle_key (str | Unset):
        unit (ThrottleControlDtoUnit | Unset):
    """

    type_: ThrottleControlDtoType = ThrottleControlDtoType.FIXED
    amount: float | Unset = UNSET
    dynamic_key: str | Unset = UNSET
    skip: ThrottleControlDtoSkip | Unset = UNSET
    threshold: float | Unset = 1.0
    throttle_key: str | Unset = UNSET
    unit: ThrottleControlDtoUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        amount = self.amount

        dynamic_key = self.dynamic_key

        skip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = self.skip.to_dict()

        threshold = self.threshold

        throttle_key = self.throttle_key

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
        if dynamic_key is not UNSET:
            field_dict["dynamicKey"] = dynamic_key
        if skip is not UNSET:
            field_dict["skip"] = skip
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if throttle_key is not UNSET:
            field_dict["throttleKey"] = throttle_key
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.throttle_control_dto_skip import ThrottleControlDtoSkip  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ThrottleControlDtoType.from_wire(d.pop("type"))

        amount = d.pop("amount", UNSET)

        dynamic_key = d.pop("dynamicKey", UNSET)

        _skip = d.pop("skip", UNSET)
        skip: ThrottleControlDtoSkip | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        else:
            skip = ThrottleControlDtoSkip.from_dict(_skip)

        threshold = d.pop("threshold", UNSET)

        throttle_key = d.pop("throttleKey", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: ThrottleControlDtoUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = ThrottleControlDtoUnit.from_wire(_unit)

        throttle_control_dto = cls(
            type_=type_,
            amount=amount,
            dynamic_key=dynamic_key,
            skip=skip,
            threshold=threshold,
            throttle_key=throttle_key,
            unit=unit,
        )

        throttle_control_dto.additional_properties = d
        return throttle_control_dto

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
