"""Changes awaiting promotion between environments."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import Any, List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoIterableDescriptor
from novu_facade.enums.change import ChangeKind


@dataclasses.dataclass
class ChangeDetailDto(CamelCaseDto["ChangeDetailDto"]):
    """One operation of a change (JSON-patch like)."""

    op: Optional[str] = None
    path: Optional[List[str]] = None
    val: Optional[Any] = None


@dataclasses.dataclass
class ChangeDto(CamelCaseDto["ChangeDto"]):
    """A change that can be promoted to another environment."""

    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    _entity_id: Optional[str] = None
    _parent_id: Optional[str] = None
    enabled: Optional[bool] = None
    type: Optional[ChangeKind] = None
    change: DtoIterableDescriptor[ChangeDetailDto] = DtoIterableDescriptor[ChangeDetailDto](
        default_factory=list, item_cls=ChangeDetailDto
    )
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@dataclasses.dataclass
class PaginatedChangeDto(CamelCaseDto["PaginatedChangeDto"]):
    """A page of changes."""

    page: int = 0
    total_count: int = 0
    page_size: int = 0
    data: DtoIterableDescriptor[ChangeDto] = DtoIterableDescriptor[ChangeDto](default_factory=list, item_cls=ChangeDto)
