from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelCredentialsDto")


@_attrs_define
class ChannelCredentialsDto:
    """
    Attributes:
        device_tokens (list[str] | Unset):
        webhook_url (str | Unset):
    """

    device_tokens: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_tokens: list[str] | Unset = UNSET
        if not isinstance(self.device_tokens, Unset):
            device_tokens = self.device_tokens

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_tokens is not UNSET:
            field_dict["deviceTokens"] = device_tokens
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_tokens = cast(list[str], d.pop("deviceTokens", UNSET))

        webhook_url = d.pop("webhookUrl", UNSET)

        channel_credentials_dto = cls(
            device_tokens=device_tokens,
            webhook_url=webhook_url,
        )

        channel_credentials_dto.additional_properties = d
        return channel_credentials_dto

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
