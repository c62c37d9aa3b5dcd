"""Filters attached to workflow steps."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP045, RUF009

import dataclasses
from typing import Optional

from novu_facade.dto.base import CamelCaseDto, DtoIterableDescriptor
from novu_facade.dto.field import FieldFilterPartDto
from novu_facade.enums.step_filter import StepFilterType, StepFilterValue


@dataclasses.dataclass
class StepFilterDto(CamelCaseDto["StepFilterDto"]):
    """A filter of a workflow step."""

    is_negated: Optional[bool] = None
    type: Optional[StepFilterType] = None
    value: Optional[StepFilterValue] = None
    children: DtoIterableDescriptor[FieldFilterPartDto] = DtoIterableDescriptor[FieldFilterPartDto](
        default_factory=list, item_cls=FieldFilterPartDto
    )
