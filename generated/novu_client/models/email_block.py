from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_block_type_enum import EmailBlockTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_block_styles import EmailBlockStyles


T = TypeVar("T", bound="EmailBlock")


@_attrs_define
class EmailBlock:
    """
    Attributes:
        content (str):
        type_ (EmailBlockTypeEnum):
        styles (EmailBlockStyles | Unset):
        url (str | Unset):
    """

    content: str
    type_: EmailBlockTypeEnum
    styles: EmailBlockStyles | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = self.type_.value

        styles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = self.styles.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
            }
        )
        if styles is not UNSET:
            field_dict["styles"] = styles
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_block_styles import EmailBlockStyles  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content")

        type_ = EmailBlockTypeEnum.from_wire(d.pop("type"))

        _styles = d.pop("styles", UNSET)
        styles: EmailBlockStyles | Unset
        if isinstance(_styles, Unset):
            styles = UNSET
        else:
            styles = EmailBlockStyles.from_dict(_styles)

        url = d.pop("url", UNSET)

        email_block = cls(
            content=content,
            type_=type_,
            styles=styles,
            url=url,
        )

        email_block.additional_properties = d
        return email_block

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
