from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delay_scheduled_metadata_type import DelayScheduledMetadataType

T = TypeVar("T", bound="DelayScheduledMetadata")


@_attrs_define
class DelayScheduledMetadata:
    """
    Attributes:
        delay_path (str):
        type_ (DelayScheduledMetadataType):
    """

    delay_path: str
    type_: DelayScheduledMetadataType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delay_path = self.delay_path

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delayPath": delay_path,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delay_path = d.pop("delayPath")

        type_ = DelayScheduledMetadataType.from_wire(d.pop("type"))

        delay_scheduled_metadata = cls(
            delay_path=delay_path,
            type_=type_,
        )

        delay_scheduled_metadata.additional_properties = d
        return delay_scheduled_metadata

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
