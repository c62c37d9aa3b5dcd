from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.digest_control_dto_type import DigestControlDtoType
from ..models.digest_control_dto_unit import DigestControlDtoUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digest_control_dto_skip import DigestControlDtoSkip
    from ..models.look_back_window_dto import LookBackWindowDto


T = TypeVar("T", bound="DigestControlDto")


@_attrs_define
class DigestControlDto:
    """
    Attributes:
        amount (float | Unset):
        cron (str | Unset):
        digest_key (str | Unset):
        look_back_window (LookBackWindowDto | Unset):
        skip (DigestControlDtoSkip | Unset):
        type_ (DigestControlDtoType | Unset):
        unit (DigestControlDtoUnit | Unset):
    """

    amount: float | Unset = UNSET
    cron: str | Unset = UNSET
    digest_key: str | Unset = UNSET
    look_back_window: LookBackWindowDto | Unset = UNSET
    skip: DigestControlDtoSkip | Unset = UNSET
    type_: DigestControlDtoType | Unset = UNSET
    unit: DigestControlDtoUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        cron = self.cron

        digest_key = self.digest_key

        look_back_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.look_back_window, Unset):
            look_back_window = self.look_back_window.to_dict()

        skip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = self.skip.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cron is not UNSET:
            field_dict["cron"] = cron
        if digest_key is not UNSET:
            field_dict["digestKey"] = digest_key
        if look_back_window is not UNSET:
            field_dict["lookBackWindow"] = look_back_window
        if skip is not UNSET:
            field_dict["skip"] = skip
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digest_control_dto_skip import DigestControlDtoSkip  # noqa: PLC0415
        from ..models.look_back_window_dto import LookBackWindowDto  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        cron = d.pop("cron", UNSET)

        digest_key = d.pop("digestKey", UNSET)

        _look_back_window = d.pop("lookBackWindow", UNSET)
        look_back_window: LookBackWindowDto | Unset
        if isinstance(_look_back_window, Unset):
            look_back_window = UNSET
        else:
            look_back_window = LookBackWindowDto.from_dict(_look_back_window)

        _skip = d.pop("skip", UNSET)
        skip: DigestControlDtoSkip | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        else:
            skip = DigestControlDtoSkip.from_dict(_skip)

        _type_ = d.pop("type", UNSET)
        type_: DigestControlDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DigestControlDtoType.from_wire(_type_)

        _unit = d.pop("unit", UNSET)
        unit: DigestControlDtoUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = DigestControlDtoUnit.from_wire(_unit)

        digest_control_dto = cls(
            amount=amount,
            cron=cron,
            digest_key=digest_key,
            look_back_window=look_back_window,
            skip=skip,
            type_=type_,
            unit=unit,
        )

        digest_control_dto.additional_properties = d
        return digest_control_dto

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
