from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelCredentials")


@_attrs_define
class ChannelCredentials:
    """
    Attributes:
        alert_uid (str | Unset):
        channel (str | Unset):
        device_tokens (list[str] | Unset):
        external_url (str | Unset):
        image_url (str | Unset):
        state (str | Unset):
        title (str | Unset):
        webhook_url (str | Unset):
    """

    alert_uid: str | Unset = UNSET
    channel: str | Unset = UNSET
    device_tokens: list[str] | Unset = UNSET
    external_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    state: str | Unset = UNSET
    title: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_uid = self.alert_uid

        channel = self.channel

        device_tokens: list[str] | Unset = UNSET
        if not isinstance(self.device_tokens, Unset):
            device_tokens = self.device_tokens

        external_url = self.external_url

        image_url = self.image_url

        state = self.state

        title = self.title

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_uid is not UNSET:
            field_dict["alertUid"] = alert_uid
        if channel is not UNSET:
            field_dict["channel"] = channel
        if device_tokens is not UNSET:
            field_dict["deviceTokens"] = device_tokens
        if external_url is not UNSET:
            field_dict["externalUrl"] = external_url
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if state is not UNSET:
            field_dict["state"] = state
        if title is not UNSET:
            field_dict["title"] = title
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_uid = d.pop("alertUid", UNSET)

        channel = d.pop("channel", UNSET)

        device_tokens = cast(list[str], d.pop("deviceTokens", UNSET))

        external_url = d.pop("externalUrl", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        state = d.pop("state", UNSET)

        title = d.pop("title", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        channel_credentials = cls(
            alert_uid=alert_uid,
            channel=channel,
            device_tokens=device_tokens,
            external_url=external_url,
            image_url=image_url,
            state=state,
            title=title,
            webhook_url=webhook_url,
        )

        channel_credentials.additional_properties = d
        return channel_credentials

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
