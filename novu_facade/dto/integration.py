"""Provider integrations."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP007, UP035, UP045

import dataclasses
from typing import ClassVar, Dict, List, Optional, Union

from novu_facade.dto.base import CamelCaseDto
from novu_facade.enums.channel import Channel
from novu_facade.enums.provider import CredentialsKeyEnum, ProviderIdEnum


@dataclasses.dataclass
class IntegrationDto(CamelCaseDto["IntegrationDto"]):
    """A provider integration."""

    camel_case_fields: ClassVar[List[str]] = ["provider_id", "channel", "credentials", "active"]

    provider_id: ProviderIdEnum
    channel: Channel
    active: bool
    credentials: Optional[Dict[CredentialsKeyEnum, Union[str, bool]]] = None
    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    deleted_at: Optional[str] = None
    deleted_by: Optional[str] = None
    deleted: Optional[bool] = None


@dataclasses.dataclass
class IntegrationChannelUsageDto(CamelCaseDto["IntegrationChannelUsageDto"]):
    """Usage and limit of a channel's integrations."""

    count: Optional[int]
    limit: Optional[int]
