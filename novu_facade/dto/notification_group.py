"""Notification groups (workflow groups)."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP045, RUF009

import dataclasses
from typing import Optional

from novu_facade.dto.base import CamelCaseDto, DtoIterableDescriptor


@dataclasses.dataclass
class NotificationGroupDto(CamelCaseDto["NotificationGroupDto"]):
    """A notification (workflow) group."""

    name: str
    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    _parent_id: Optional[str] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@dataclasses.dataclass
class PaginatedNotificationGroupDto(CamelCaseDto["PaginatedNotificationGroupDto"]):
    """A page of notification groups."""

    page: int = 0
    total_count: int = 0
    page_size: int = 0
    data: DtoIterableDescriptor[NotificationGroupDto] = DtoIterableDescriptor[NotificationGroupDto](
        default_factory=list, item_cls=NotificationGroupDto
    )
