from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_action_status_enum import MessageActionStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_action_result import MessageActionResult
    from ..models.message_button import MessageButton


T = TypeVar("T", bound="MessageAction")


@_attrs_define
class MessageAction:
    """
    Attributes:
        buttons (list[MessageButton] | Unset):
        result (MessageActionResult | Unset):
        status (MessageActionStatusEnum | Unset):
    """

    buttons: list[MessageButton] | Unset = UNSET
    result: MessageActionResult | Unset = UNSET
    status: MessageActionStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_action_result import MessageActionResult  # noqa: PLC0415
        from ..models.message_button import MessageButton  # noqa: PLC0415

        d = dict(src_dict)
        _buttons = d.pop("buttons", UNSET)
        buttons: list[MessageButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = MessageButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        _result = d.pop("result", UNSET)
        result: MessageActionResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = MessageActionResult.from_dict(_result)

        _status = d.pop("status", UNSET)
        status: MessageActionStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MessageActionStatusEnum.from_wire(_status)

        message_action = cls(
            buttons=buttons,
            result=result,
            status=status,
        )

        message_action.additional_properties = d
        return message_action

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
