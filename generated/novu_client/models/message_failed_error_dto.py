from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_failed_push_dto import MessageFailedPushDto


T = TypeVar("T", bound="MessageFailedErrorDto")


@_attrs_define
class MessageFailedErrorDto:
    """
    Attributes:
        message (str):
        push (MessageFailedPushDto):
    """

    message: str
    push: MessageFailedPushDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        push = self.push.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "push": push,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_failed_push_dto import MessageFailedPushDto  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        push = MessageFailedPushDto.from_dict(d.pop("push"))

        message_failed_error_dto = cls(
            message=message,
            push=push,
        )

        message_failed_error_dto.additional_properties = d
        return message_failed_error_dto

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
