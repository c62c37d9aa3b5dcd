from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBrandingDetailsDto")


@_attrs_define
class UpdateBrandingDetailsDto:
    """
    Attributes:
        color (str):
        content_background (str):
        font_color (str):
        logo (str):
        font_family (str | Unset):
    """

    color: str
    content_background: str
    font_color: str
    logo: str
    font_family: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        content_background = self.content_background

        font_color = self.font_color

        logo = self.logo

        font_family = self.font_family

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color": color,
                "contentBackground": content_background,
                "fontColor": font_color,
                "logo": logo,
            }
        )
        if font_family is not UNSET:
            field_dict["fontFamily"] = font_family

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color")

        content_background = d.pop("contentBackground")

        font_color = d.pop("fontColor")

        logo = d.pop("logo")

        font_family = d.pop("fontFamily", UNSET)

        update_branding_details_dto = cls(
            color=color,
            content_background=content_background,
            font_color=font_color,
            logo=logo,
            font_family=font_family,
        )

        update_branding_details_dto.additional_properties = d
        return update_branding_details_dto

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
