"""Tenants."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP045, RUF009

import dataclasses
from typing import Optional

from novu_facade.dto.base import CamelCaseDto, DtoIterableDescriptor, JsonDict


@dataclasses.dataclass
class TenantDto(CamelCaseDto["TenantDto"]):
    """A tenant."""

    identifier: str
    name: str
    data: Optional[JsonDict] = None
    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@dataclasses.dataclass
class PaginatedTenantDto(CamelCaseDto["PaginatedTenantDto"]):
    """A page of tenants."""

    page: int = 0
    has_more: bool = False
    page_size: int = 0
    data: DtoIterableDescriptor[TenantDto] = DtoIterableDescriptor[TenantDto](default_factory=list, item_cls=TenantDto)
