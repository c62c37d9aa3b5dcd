from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_control_dto_skip import ChatControlDtoSkip


T = TypeVar("T", bound="ChatControlDto")


@_attrs_define
class ChatControlDto:
    """
    Attributes:
        body (str | Unset):
        skip (ChatControlDtoSkip | Unset):
    """

    body: str | Unset = UNSET
    skip: ChatControlDtoSkip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        skip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = self.skip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if skip is not UNSET:
            field_dict["skip"] = skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_control_dto_skip import ChatControlDtoSkip  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body", UNSET)

        _skip = d.pop("skip", UNSET)
        skip: ChatControlDtoSkip | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        else:
            skip = ChatControlDtoSkip.from_dict(_skip)

        chat_control_dto = cls(
            body=body,
            skip=skip,
        )

        chat_control_dto.additional_properties = d
        return chat_control_dto

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
