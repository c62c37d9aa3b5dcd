from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.digest_metadata_dto_unit import DigestMetadataDtoUnit
from ..models.digest_type_enum import DigestTypeEnum
from ..models.digest_unit_enum import DigestUnitEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digest_metadata_dto_events_item import DigestMetadataDtoEventsItem
    from ..models.digest_timed_config_dto import DigestTimedConfigDto


T = TypeVar("T", bound="DigestMetadataDto")


@_attrs_define
class DigestMetadataDto:
    """
    Attributes:
        type_ (DigestTypeEnum):
        amount (float | Unset):
        backoff (bool | Unset):
        backoff_amount (float | Unset):
        backoff_unit (DigestUnitEnum | Unset):
        digest_key (str | Unset):
        events (list[DigestMetadataDtoEventsItem] | Unset):
        timed (DigestTimedConfigDto | Unset):
        unit (DigestMetadataDtoUnit | Unset):
        update_mode (bool | Unset):
    """

    type_: DigestTypeEnum
    amount: float | Unset = UNSET
    backoff: bool | Unset = UNSET
    backoff_amount: float | Unset = UNSET
    backoff_unit: DigestUnitEnum | Unset = UNSET
    digest_key: str | Unset = UNSET
    events: list[DigestMetadataDtoEventsItem] | Unset = UNSET
    timed: DigestTimedConfigDto | Unset = UNSET
    unit: DigestMetadataDtoUnit | Unset = UNSET
    update_mode: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        amount = self.amount

        backoff = self.backoff

        backoff_amount = self.backoff_amount

        backoff_unit: str | Unset = UNSET
        if not isinstance(self.backoff_unit, Unset):
            backoff_unit = self.backoff_unit.value

        digest_key = self.digest_key

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        timed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timed, Unset):
            timed = self.timed.to_dict()

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        update_mode = self.update_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if backoff is not UNSET:
            field_dict["backoff"] = backoff
        if backoff_amount is not UNSET:
            field_dict["backoffAmount"] = backoff_amount
        if backoff_unit is not UNSET:
            field_dict["backoffUnit"] = backoff_unit
        if digest_key is not UNSET:
            field_dict["digestKey"] = digest_key
        if events is not UNSET:
            field_dict["events"] = events
        if timed is not UNSET:
            field_dict["timed"] = timed
        if unit is not UNSET:
            field_dict["unit"] = unit
        if update_mode is not UNSET:
            field_dict["updateMode"] = update_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digest_metadata_dto_events_item import DigestMetadataDtoEventsItem  # noqa: PLC0415
        from ..models.digest_timed_config_dto import DigestTimedConfigDto  # noqa: PLC0415

        d = dict(src_dict)
        type_ = DigestTypeEnum.from_wire(d.pop("type"))

        amount = d.pop("amount", UNSET)

        backoff = d.pop("backoff", UNSET)

        backoff_amount = d.pop("backoffAmount", UNSET)

        _backoff_unit = d.pop("backoffUnit", UNSET)
        backoff_unit: DigestUnitEnum | Unset
        if isinstance(_backoff_unit, Unset):
            backoff_unit = UNSET
        else:
            backoff_unit = DigestUnitEnum.from_wire(_backoff_unit)

        digest_key = d.pop("digestKey", UNSET)

        _events = d.pop("events", UNSET)
        events: list[DigestMetadataDtoEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = DigestMetadataDtoEventsItem.from_dict(events_item_data)

                events.append(events_item)

        _timed = d.pop("timed", UNSET)
        timed: DigestTimedConfigDto | Unset
        if isinstance(_timed, Unset):
            timed = UNSET
        else:
            timed = DigestTimedConfigDto.from_dict(_timed)

        _unit = d.pop("unit", UNSET)
        unit: DigestMetadataDtoUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = DigestMetadataDtoUnit.from_wire(_unit)

        update_mode = d.pop("updateMode", UNSET)

        digest_metadata_dto = cls(
            type_=type_,
            amount=amount,
            backoff=backoff,
            backoff_amount=backoff_amount,
            backoff_unit=backoff_unit,
            digest_key=digest_key,
            events=events,
            timed=timed,
            unit=unit,
            update_mode=update_mode,
        )

        digest_metadata_dto.additional_properties = d
        return digest_metadata_dto

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
