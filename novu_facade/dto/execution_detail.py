"""Execution details of a notification job."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP045

import dataclasses
from typing import Optional

from novu_facade.dto.base import CamelCaseDto
from novu_facade.enums.channel import ChannelExtended
from novu_facade.enums.execution import ExecutionSource, ExecutionStatus


@dataclasses.dataclass
class ExecutionDetailDto(CamelCaseDto["ExecutionDetailDto"]):
    """One execution detail of a notification job."""

    _id: Optional[str] = None
    _job_id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    _notification_id: Optional[str] = None
    _notification_template_id: Optional[str] = None
    _subscriber_id: Optional[str] = None
    _message_id: Optional[str] = None
    provider_id: Optional[str] = None
    transaction_id: Optional[str] = None
    channel: Optional[ChannelExtended] = None
    detail: Optional[str] = None
    source: Optional[ExecutionSource] = None
    status: Optional[ExecutionStatus] = None
    is_test: Optional[bool] = None
    is_retry: Optional[bool] = None
    raw: Optional[str] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
