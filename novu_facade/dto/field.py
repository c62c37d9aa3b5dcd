"""Conditions of a step filter."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP045

import dataclasses
from typing import Optional

from novu_facade.dto.base import CamelCaseDto
from novu_facade.enums.field import FieldFilterPartOn, FieldFilterPartOperator, FieldFilterPartTimeOperator


@dataclasses.dataclass
class FieldFilterPartDto(CamelCaseDto["FieldFilterPartDto"]):
    """One condition of a step filter."""

    field: str
    value: str
    operator: FieldFilterPartOperator
    on: FieldFilterPartOn
    webhook_url: Optional[str] = None
    time_operator: Optional[FieldFilterPartTimeOperator] = None
