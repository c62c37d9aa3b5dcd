from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.button_type_enum import ButtonTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageButton")


@_attrs_define
class MessageButton:
    """
    Attributes:
        content (str):
        type_ (ButtonTypeEnum):
        result_content (str | Unset):
    """

    content: str
    type_: ButtonTypeEnum
    result_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = self.type_.value

        result_content = self.result_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
            }
        )
        if result_content is not UNSET:
            field_dict["resultContent"] = result_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        type_ = ButtonTypeEnum.from_wire(d.pop("type"))

        result_content = d.pop("resultContent", UNSET)

        message_button = cls(
            content=content,
            type_=type_,
            result_content=result_content,
        )

        message_button.additional_properties = d
        return message_button

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
