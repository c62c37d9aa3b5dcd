"""Topics and topic triggers."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import ClassVar, List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoIterableDescriptor


@dataclasses.dataclass
class TriggerTopicDto(CamelCaseDto["TriggerTopicDto"]):
    """A topic used as trigger recipient."""

    topic_key: str
    type: str


@dataclasses.dataclass
class TopicDto(CamelCaseDto["TopicDto"]):
    """A topic."""

    camel_case_fields: ClassVar[List[str]] = ["key", "name"]

    key: str
    name: Optional[str] = None
    _id: Optional[str] = None
    _organization_id: Optional[str] = None
    _environment_id: Optional[str] = None
    subscribers: Optional[List[str]] = None


@dataclasses.dataclass
class PaginatedTopicDto(CamelCaseDto["PaginatedTopicDto"]):
    """A page of topics."""

    page: int = 0
    total_count: int = 0
    page_size: int = 0
    data: DtoIterableDescriptor[TopicDto] = DtoIterableDescriptor[TopicDto](default_factory=list, item_cls=TopicDto)
