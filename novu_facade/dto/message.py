"""Sent messages."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoIterableDescriptor, JsonDict
from novu_facade.enums.channel import Channel
from novu_facade.enums.provider import ProviderIdEnum


@dataclasses.dataclass
class MessageDto(CamelCaseDto["MessageDto"]):
    """A sent message."""

    identifier: Optional[str] = None
    _id: Optional[str] = None
    _template_id: Optional[str] = None
    _environment_id: Optional[str] = None
    _message_template_id: Optional[str] = None
    _organization_id: Optional[str] = None
    _subscriber_id: Optional[str] = None
    _job_id: Optional[str] = None
    template_identifier: Optional[str] = None
    email: Optional[str] = None
    subject: Optional[str] = None
    cta: Optional[JsonDict] = None
    channel: Optional[Channel] = None
    content: Optional[str] = None
    provider_id: Optional[ProviderIdEnum] = None
    device_tokens: Optional[List[JsonDict]] = None
    seen: Optional[bool] = None
    read: Optional[bool] = None
    status: Optional[str] = None
    transaction_id: Optional[str] = None
    payload: Optional[JsonDict] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    deleted: Optional[bool] = None
    last_read_date: Optional[str] = None
    last_seen_date: Optional[str] = None


@dataclasses.dataclass
class PaginatedMessageDto(CamelCaseDto["PaginatedMessageDto"]):
    """A page of messages."""

    page: int = 0
    total_count: int = 0
    page_size: int = 0
    data: DtoIterableDescriptor[MessageDto] = DtoIterableDescriptor[MessageDto](
        default_factory=list, item_cls=MessageDto
    )
