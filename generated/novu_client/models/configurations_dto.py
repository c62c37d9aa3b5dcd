from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationsDto")


@_attrs_define
class ConfigurationsDto:
    """
    Attributes:
        inbound_webhook_enabled (bool | Unset):
        inbound_webhook_signing_key (str | Unset):
    """

    inbound_webhook_enabled: bool | Unset = UNSET
    inbound_webhook_signing_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inbound_webhook_enabled = self.inbound_webhook_enabled

        inbound_webhook_signing_key = self.inbound_webhook_signing_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound_webhook_enabled is not UNSET:
            field_dict["inboundWebhookEnabled"] = inbound_webhook_enabled
        if inbound_webhook_signing_key is not UNSET:
            field_dict["inboundWebhookSigningKey"] = inbound_webhook_signing_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inbound_webhook_enabled = d.pop("inboundWebhookEnabled", UNSET)

        inbound_webhook_signing_key = d.pop("inboundWebhookSigningKey", UNSET)

        configurations_dto = cls(
            inbound_webhook_enabled=inbound_webhook_enabled,
            inbound_webhook_signing_key=inbound_webhook_signing_key,
        )

        configurations_dto.additional_properties = d
        return configurations_dto

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
