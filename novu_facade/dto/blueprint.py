"""Blueprints: workflow templates shared by Novu."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoIterableDescriptor


@dataclasses.dataclass
class BlueprintDto(CamelCaseDto["BlueprintDto"]):
    """A blueprint workflow."""

    name: str
    description: str
    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    _notification_group_id: Optional[str] = None
    _creator_id: Optional[str] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    deleted: Optional[bool] = None
    deleted_at: Optional[str] = None
    deleted_by: Optional[str] = None
    critical: Optional[bool] = None
    _parent_id: Optional[str] = None
    active: Optional[bool] = None
    blueprint_id: Optional[str] = None
    draft: Optional[bool] = None
    is_blueprint: Optional[bool] = None
    notification_group: Optional[object] = None
    preference_settings: Optional[object] = None
    steps: Optional[List[object]] = None
    tags: Optional[List[str]] = None
    triggers: Optional[List[object]] = None


@dataclasses.dataclass
class GroupedBlueprintDto(CamelCaseDto["GroupedBlueprintDto"]):
    """Blueprints of one category."""

    category: str
    general: DtoIterableDescriptor[BlueprintDto] = DtoIterableDescriptor[BlueprintDto](
        default_factory=list, item_cls=BlueprintDto
    )
    popular: DtoIterableDescriptor[BlueprintDto] = DtoIterableDescriptor[BlueprintDto](
        default_factory=list, item_cls=BlueprintDto
    )
