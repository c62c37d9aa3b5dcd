"""Organizations, branding and partner configurations."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoDescriptor, DtoIterableDescriptor
from novu_facade.enums.organization import OrganizationBrandingDirection, PartnerTypeEnum


@dataclasses.dataclass
class PartnerConfigurationDto(CamelCaseDto["PartnerConfigurationDto"]):
    """Configuration of an integration partner."""

    access_token: str
    configuration_id: str
    partner_type: PartnerTypeEnum
    team_id: Optional[str] = None
    project_ids: Optional[List[str]] = None


@dataclasses.dataclass
class OrganizationBrandingDto(CamelCaseDto["OrganizationBrandingDto"]):
    """Branding of an organization."""

    logo: Optional[str] = None
    color: Optional[str] = None
    font_color: Optional[str] = None
    content_background: Optional[str] = None
    direction: Optional[OrganizationBrandingDirection] = None
    font_family: Optional[str] = None


@dataclasses.dataclass
class OrganizationDto(CamelCaseDto["OrganizationDto"]):
    """An organization."""

    name: str
    branding: DtoDescriptor[OrganizationBrandingDto] = DtoDescriptor[OrganizationBrandingDto](
        item_cls=OrganizationBrandingDto
    )
    partner_configurations: DtoIterableDescriptor[PartnerConfigurationDto] = DtoIterableDescriptor[
        PartnerConfigurationDto
    ](default_factory=list, item_cls=PartnerConfigurationDto)
    logo: Optional[str] = None
