from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_branding_response_dto_direction import OrganizationBrandingResponseDtoDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationBrandingResponseDto")


@_attrs_define
class OrganizationBrandingResponseDto:
    """
    Attributes:
        color (str):
        content_background (str):
        font_color (str):
        logo (str):
        direction (OrganizationBrandingResponseDtoDirection | Unset):
        font_family (str | Unset):
    """

    color: str
    content_background: str
    font_color: str
    logo: str
    direction: OrganizationBrandingResponseDtoDirection | Unset = UNSET
    font_family: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        content_background = self.content_background

        font_color = self.font_color

        logo = self.logo

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

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
        if direction is not UNSET:
            field_dict["direction"] = direction
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

        _direction = d.pop("direction", UNSET)
        direction: OrganizationBrandingResponseDtoDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = OrganizationBrandingResponseDtoDirection.from_wire(_direction)

        font_family = d.pop("fontFamily", UNSET)

        organization_branding_response_dto = cls(
            color=color,
            content_background=content_background,
            font_color=font_color,
            logo=logo,
            direction=direction,
            font_family=font_family,
        )

        organization_branding_response_dto.additional_properties = d
        return organization_branding_response_dto

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
