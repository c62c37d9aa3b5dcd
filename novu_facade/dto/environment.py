"""Environments, their API keys and widget settings."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP045, RUF009

import dataclasses
from typing import Optional

from novu_facade.dto.base import CamelCaseDto, DtoDescriptor, DtoIterableDescriptor


@dataclasses.dataclass
class EnvironmentWidgetDto(CamelCaseDto["EnvironmentWidgetDto"]):
    """In-app widget settings of an environment."""

    notification_center_encryption: bool


@dataclasses.dataclass
class EnvironmentApiKeyDto(CamelCaseDto["EnvironmentApiKeyDto"]):
    """An API key of an environment."""

    key: str
    _user_id: str
    _id: Optional[str] = None


@dataclasses.dataclass
class EnvironmentDto(CamelCaseDto["EnvironmentDto"]):
    """An environment."""

    id: Optional[str] = None
    _id: Optional[str] = None
    name: Optional[str] = None
    identifier: Optional[str] = None
    _organization_id: Optional[str] = None
    widget: DtoDescriptor[EnvironmentWidgetDto] = DtoDescriptor[EnvironmentWidgetDto](item_cls=EnvironmentWidgetDto)
    api_keys: DtoIterableDescriptor[EnvironmentApiKeyDto] = DtoIterableDescriptor[EnvironmentApiKeyDto](
        default_factory=list, item_cls=EnvironmentApiKeyDto
    )
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
