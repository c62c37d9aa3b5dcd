from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_cta_type_enum import ChannelCTATypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_action import MessageAction
    from ..models.message_cta_data import MessageCTAData


T = TypeVar("T", bound="MessageCTA")


@_attrs_define
class MessageCTA:
    """
    Attributes:
        action (MessageAction | Unset):
        data (MessageCTAData | Unset):
        type_ (ChannelCTATypeEnum | Unset):
    """

    action: MessageAction | Unset = UNSET
    data: MessageCTAData | Unset = UNSET
    type_: ChannelCTATypeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if data is not UNSET:
            field_dict["data"] = data
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_action import MessageAction  # noqa: PLC0415
        from ..models.message_cta_data import MessageCTAData  # noqa: PLC0415

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: MessageAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = MessageAction.from_dict(_action)

        _data = d.pop("data", UNSET)
        data: MessageCTAData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MessageCTAData.from_dict(_data)

        _type_ = d.pop("type", UNSET)
        type_: ChannelCTATypeEnum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChannelCTATypeEnum.from_wire(_type_)

        message_cta = cls(
            action=action,
            data=data,
            type_=type_,
        )

        message_cta.additional_properties = d
        return message_cta

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
