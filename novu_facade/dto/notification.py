"""Activity feed: notifications, their jobs and statistics."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoDescriptor, DtoIterableDescriptor, JsonDict
from novu_facade.enums.channel import Channel


@dataclasses.dataclass
class ActivityNotificationSubscriberResponseDTO(CamelCaseDto["ActivityNotificationSubscriberResponseDTO"]):
    """Subscriber as shown in the activity feed."""

    _id: str
    email: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    phone: Optional[str] = None


@dataclasses.dataclass
class ActivityNotificationTriggerResponseDto(CamelCaseDto["ActivityNotificationTriggerResponseDto"]):
    """Trigger of a workflow as shown in the activity feed."""

    type: str
    identifier: str
    variables: List[JsonDict]
    subscriber_variables: Optional[List[JsonDict]] = None


@dataclasses.dataclass
class ActivityNotificationTemplateResponseDto(CamelCaseDto["ActivityNotificationTemplateResponseDto"]):
    """Workflow as shown in the activity feed."""

    name: str
    triggers: DtoIterableDescriptor[ActivityNotificationTriggerResponseDto] = DtoIterableDescriptor[
        ActivityNotificationTriggerResponseDto
    ](default_factory=list, item_cls=ActivityNotificationTriggerResponseDto)
    _id: Optional[str] = None


@dataclasses.dataclass
class ActivityNotificationExecutionDetailResponseDto(CamelCaseDto["ActivityNotificationExecutionDetailResponseDto"]):
    """Execution detail as shown in the activity feed."""

    _id: str
    _job_id: str
    status: str
    detail: str
    is_retry: bool
    is_test: bool
    provider_id: JsonDict
    source: str
    raw: Optional[str] = None


@dataclasses.dataclass
class ActivityNotificationStepResponseDto(CamelCaseDto["ActivityNotificationStepResponseDto"]):
    """Workflow step as shown in the activity feed."""

    _id: str
    active: bool
    filters: JsonDict
    template: Optional[JsonDict] = None


@dataclasses.dataclass
class ActivityNotificationJobResponseDto(CamelCaseDto["ActivityNotificationJobResponseDto"]):
    """Job as shown in the activity feed."""

    _id: str
    provider_id: JsonDict
    status: str
    step: DtoIterableDescriptor[ActivityNotificationStepResponseDto] = DtoIterableDescriptor[
        ActivityNotificationStepResponseDto
    ](default_factory=list, item_cls=ActivityNotificationStepResponseDto)
    type: DtoDescriptor[ActivityNotificationTriggerResponseDto] = DtoDescriptor[ActivityNotificationTriggerResponseDto](
        item_cls=ActivityNotificationTriggerResponseDto
    )
    execution_details: DtoIterableDescriptor[ActivityNotificationExecutionDetailResponseDto] = DtoIterableDescriptor[
        ActivityNotificationExecutionDetailResponseDto
    ](default_factory=list, item_cls=ActivityNotificationExecutionDetailResponseDto)
    digest: Optional[JsonDict] = None
    payload: Optional[JsonDict] = None


@dataclasses.dataclass
class ActivityNotificationDto(CamelCaseDto["ActivityNotificationDto"]):
    """A notification of the activity feed."""

    _environment_id: str
    _organization_id: str
    transaction_id: str
    created_at: Optional[str] = None
    channels: Optional[str] = None
    subscriber: Optional[DtoDescriptor[ActivityNotificationSubscriberResponseDTO]] = DtoDescriptor[
        ActivityNotificationSubscriberResponseDTO
    ](item_cls=ActivityNotificationSubscriberResponseDTO)
    template: Optional[DtoDescriptor[ActivityNotificationTemplateResponseDto]] = DtoDescriptor[
        ActivityNotificationTemplateResponseDto
    ](item_cls=ActivityNotificationTemplateResponseDto)
    jobs: Optional[DtoDescriptor[ActivityNotificationJobResponseDto]] = DtoDescriptor[
        ActivityNotificationJobResponseDto
    ](item_cls=ActivityNotificationJobResponseDto)
    _id: Optional[str] = None


@dataclasses.dataclass
class ActivityGraphStatesDto(CamelCaseDto["ActivityGraphStatesDto"]):
    """One point of the activity statistics graph."""

    _id: str
    count: int
    templates: List[str]
    channels: List[Channel]


@dataclasses.dataclass
class PaginatedActivityNotificationDto(CamelCaseDto["PaginatedActivityNotificationDto"]):
    """A page of the activity feed."""

    page: int = 0
    has_more: bool = False
    page_size: int = 0
    data: DtoIterableDescriptor[ActivityNotificationDto] = DtoIterableDescriptor[ActivityNotificationDto](
        default_factory=list, item_cls=ActivityNotificationDto
    )
