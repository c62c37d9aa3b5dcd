"""Event triggers: the trigger input and its result."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP007, UP035, UP045

import dataclasses
from typing import List, Optional, Union

from novu_facade.dto.base import CamelCaseDto, JsonDict
from novu_facade.enums.event import EventStatus


@dataclasses.dataclass
class EventDto(CamelCaseDto["EventDto"]):
    """Result of triggering an event."""

    acknowledged: bool
    status: EventStatus
    transaction_id: str


@dataclasses.dataclass
class InputEventDto(CamelCaseDto["InputEventDto"]):
    """An event to trigger."""

    name: str
    recipients: Union[str, List[str]]
    payload: JsonDict
    overrides: Optional[JsonDict] = None
    transaction_id: Optional[str] = None
    actor: Optional[str] = None
    tenant: Optional[str] = None
