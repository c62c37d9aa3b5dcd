from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageFailedPushDto")


@_attrs_define
class MessageFailedPushDto:
    """
    Attributes:
        device_token (str):
        is_invalid_token (bool):
    """

    device_token: str
    is_invalid_token: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_token = self.device_token

        is_invalid_token = self.is_invalid_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceToken": device_token,
                "isInvalidToken": is_invalid_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_token = d.pop("deviceToken")

        is_invalid_token = d.pop("isInvalidToken")

        message_failed_push_dto = cls(
            device_token=device_token,
            is_invalid_token=is_invalid_token,
        )

        message_failed_push_dto.additional_properties = d
        return message_failed_push_dto

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
