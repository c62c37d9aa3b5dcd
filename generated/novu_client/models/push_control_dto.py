from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_control_dto_skip import PushControlDtoSkip


T = TypeVar("T", bound="PushControlDto")


@_attrs_define
class PushControlDto:
    """
    Attributes:
        body (str | Unset):
        skip (PushControlDtoSkip | Unset):
        subject (str | Unset):
    """

    body: str | Unset = UNSET
    skip: PushControlDtoSkip | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        skip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = self.skip.to_dict()

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if skip is not UNSET:
            field_dict["skip"] = skip
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_control_dto_skip import PushControlDtoSkip  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body", UNSET)

        _skip = d.pop("skip", UNSET)
        skip: PushControlDtoSkip | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        else:
            skip = PushControlDtoSkip.from_dict(_skip)

        subject = d.pop("subject", UNSET)

        push_control_dto = cls(
            body=body,
            skip=skip,
            subject=subject,
        )

        push_control_dto.additional_properties = d
        return push_control_dto

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
