from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_body_status import EventBodyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventBody")


@_attrs_define
class EventBody:
    """
    Attributes:
        date (str):
        status (EventBodyStatus):
        attempts (float | Unset):
        external_id (str | Unset):
        response (str | Unset):
        row (str | Unset):
    """

    date: str
    status: EventBodyStatus
    attempts: float | Unset = UNSET
    external_id: str | Unset = UNSET
    response: str | Unset = UNSET
    row: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        status = self.status.value

        attempts = self.attempts

        external_id = self.external_id

        response = self.response

        row = self.row

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "status": status,
            }
        )
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if response is not UNSET:
            field_dict["response"] = response
        if row is not UNSET:
            field_dict["row"] = row

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        status = EventBodyStatus.from_wire(d.pop("status"))

        attempts = d.pop("attempts", UNSET)

        external_id = d.pop("externalId", UNSET)

        response = d.pop("response", UNSET)

        row = d.pop("row", UNSET)

        event_body = cls(
            date=date,
            status=status,
            attempts=attempts,
            external_id=external_id,
            response=response,
            row=row,
        )

        event_body.additional_properties = d
        return event_body

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
