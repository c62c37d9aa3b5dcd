from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.i_partner_configuration_response_dto import IPartnerConfigurationResponseDto
    from ..models.organization_branding_response_dto import OrganizationBrandingResponseDto


T = TypeVar("T", bound="OrganizationResponseDto")


@_attrs_define
class OrganizationResponseDto:
    """
    Attributes:
        branding (OrganizationBrandingResponseDto):
        name (str):
        logo (str | Unset):
        partner_configurations (list[IPartnerConfigurationResponseDto] | Unset):
    """

    branding: OrganizationBrandingResponseDto
    name: str
    logo: str | Unset = UNSET
    partner_configurations: list[IPartnerConfigurationResponseDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branding = self.branding.to_dict()

        name = self.name

        logo = self.logo

        partner_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partner_configurations, Unset):
            partner_configurations = []
            for partner_configurations_item_data in self.partner_configurations:
                partner_configurations_item = partner_configurations_item_data.to_dict()
                partner_configurations.append(partner_configurations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branding": branding,
                "name": name,
            }
        )
        if logo is not UNSET:
            field_dict["logo"] = logo
        if partner_configurations is not UNSET:
            field_dict["partnerConfigurations"] = partner_configurations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.i_partner_configuration_response_dto import IPartnerConfigurationResponseDto  # noqa: PLC0415
        from ..models.organization_branding_response_dto import OrganizationBrandingResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        branding = OrganizationBrandingResponseDto.from_dict(d.pop("branding"))

        name = d.pop("name")

        logo = d.pop("logo", UNSET)

        _partner_configurations = d.pop("partnerConfigurations", UNSET)
        partner_configurations: list[IPartnerConfigurationResponseDto] | Unset = UNSET
        if _partner_configurations is not UNSET:
            partner_configurations = []
            for partner_configurations_item_data in _partner_configurations:
                partner_configurations_item = IPartnerConfigurationResponseDto.from_dict(
                    partner_configurations_item_data
                )

                partner_configurations.append(partner_configurations_item)

        organization_response_dto = cls(
            branding=branding,
            name=name,
            logo=logo,
            partner_configurations=partner_configurations,
        )

        organization_response_dto.additional_properties = d
        return organization_response_dto

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
