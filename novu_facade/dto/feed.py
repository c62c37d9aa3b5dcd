"""In-app feeds."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP045

import dataclasses
from typing import Optional

from novu_facade.dto.base import CamelCaseDto


@dataclasses.dataclass
class FeedDto(CamelCaseDto["FeedDto"]):
    """An in-app feed."""

    name: str
    identifier: Optional[str] = None
    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    deleted: Optional[bool] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    id: Optional[str] = None
