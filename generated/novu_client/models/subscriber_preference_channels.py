from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberPreferenceChannels")


@_attrs_define
class SubscriberPreferenceChannels:
    """
    Attributes:
        chat (bool | Unset):
        email (bool | Unset):
        in_app (bool | Unset):
        push (bool | Unset):
        sms (bool | Unset):
    """

    chat: bool | Unset = UNSET
    email: bool | Unset = UNSET
    in_app: bool | Unset = UNSET
    push: bool | Unset = UNSET
    sms: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat = self.chat

        email = self.email

        in_app = self.in_app

        push = self.push

        sms = self.sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat is not UNSET:
            field_dict["chat"] = chat
        if email is not UNSET:
            field_dict["email"] = email
        if in_app is not UNSET:
            field_dict["in_app"] = in_app
        if push is not UNSET:
            field_dict["push"] = push
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat = d.pop("chat", UNSET)

        email = d.pop("email", UNSET)

        in_app = d.pop("in_app", UNSET)

        push = d.pop("push", UNSET)

        sms = d.pop("sms", UNSET)

        subscriber_preference_channels = cls(
            chat=chat,
            email=email,
            in_app=in_app,
            push=push,
            sms=sms,
        )

        subscriber_preference_channels.additional_properties = d
        return subscriber_preference_channels

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
