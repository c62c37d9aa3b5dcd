"""Email layouts and their variables."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import ClassVar, List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoIterableDescriptor
from novu_facade.enums.channel import Channel
from novu_facade.enums.template import TemplateVariableTypeEnum


@dataclasses.dataclass
class LayoutVariableDto(CamelCaseDto["LayoutVariableDto"]):
    """A variable used by a layout."""

    name: str
    type: TemplateVariableTypeEnum
    _id: Optional[str] = None
    required: bool = False
    default_value: Optional[str] = None


@dataclasses.dataclass
class LayoutDto(CamelCaseDto["LayoutDto"]):
    """An email layout."""

    camel_case_fields: ClassVar[List[str]] = ["name", "description", "content", "variables", "is_default"]

    name: str
    description: str
    content: str
    is_default: bool
    variables: DtoIterableDescriptor[LayoutVariableDto] = DtoIterableDescriptor[LayoutVariableDto](
        default_factory=list, item_cls=LayoutVariableDto
    )
    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    _creator_id: Optional[str] = None
    content_type: Optional[str] = None
    channel: Optional[Channel] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    is_deleted: Optional[bool] = None


@dataclasses.dataclass
class PaginatedLayoutDto(CamelCaseDto["PaginatedLayoutDto"]):
    """A page of layouts."""

    page: int = 0
    total_count: int = 0
    page_size: int = 0
    data: DtoIterableDescriptor[LayoutDto] = DtoIterableDescriptor[LayoutDto](default_factory=list, item_cls=LayoutDto)
