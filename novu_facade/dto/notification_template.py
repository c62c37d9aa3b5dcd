"""Notification templates (workflows), their steps and triggers."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoDescriptor, DtoIterableDescriptor, JsonDict
from novu_facade.dto.notification_group import NotificationGroupDto
from novu_facade.dto.step_filter import StepFilterDto
from novu_facade.dto.subscriber import SubscriberPreferenceChannelDto
from novu_facade.enums.notification import NotificationStepMetadataType, NotificationStepMetadataUnit


@dataclasses.dataclass
class NotificationStepMetadataDto(CamelCaseDto["NotificationStepMetadataDto"]):
    """Timing settings of a delay or digest step."""

    type: NotificationStepMetadataType
    amount: Optional[int] = None
    unit: Optional[NotificationStepMetadataUnit] = None
    digest_key: Optional[str] = None
    delay_path: Optional[str] = None
    backoff_unit: Optional[NotificationStepMetadataUnit] = None
    update_mode: Optional[bool] = None


@dataclasses.dataclass
class NotificationStepDto(CamelCaseDto["NotificationStepDto"]):
    """A step of a workflow."""

    _id: Optional[str] = None
    _template_id: Optional[str] = None
    _parent_id: Optional[str] = None
    active: Optional[bool] = None
    should_stop_on_fail: Optional[bool] = None
    template: Optional[JsonDict] = None
    filters: DtoIterableDescriptor[StepFilterDto] = DtoIterableDescriptor[StepFilterDto](
        default_factory=list, item_cls=StepFilterDto
    )
    metadata: Optional[NotificationStepMetadataDto] = None
    replay_callback: Optional[JsonDict] = None


@dataclasses.dataclass
class NotificationTriggerVariableDto(CamelCaseDto["NotificationTriggerVariableDto"]):
    """A variable of a workflow trigger."""

    name: str


@dataclasses.dataclass
class NotificationTriggerDto(CamelCaseDto["NotificationTriggerDto"]):
    """A trigger of a workflow."""

    type: str
    identifier: str
    variables: DtoIterableDescriptor[NotificationTriggerVariableDto] = DtoIterableDescriptor[
        NotificationTriggerVariableDto
    ](default_factory=list, item_cls=NotificationTriggerVariableDto)
    subscriber_variables: DtoIterableDescriptor[NotificationTriggerVariableDto] = DtoIterableDescriptor[
        NotificationTriggerVariableDto
    ](default_factory=list, item_cls=NotificationTriggerVariableDto)


@dataclasses.dataclass
class NotificationTemplateFormDto(CamelCaseDto["NotificationTemplateFormDto"]):
    """Input used to create or update a workflow."""

    name: str
    notification_group_id: str
    description: Optional[str] = None
    tags: Optional[List[str]] = None
    steps: DtoIterableDescriptor[NotificationStepDto] = DtoIterableDescriptor[NotificationStepDto](
        default_factory=list, item_cls=NotificationStepDto
    )
    active: Optional[bool] = None
    critical: Optional[bool] = None
    draft: Optional[bool] = None
    preference_settings: Optional[DtoDescriptor[SubscriberPreferenceChannelDto]] = DtoDescriptor[
        SubscriberPreferenceChannelDto
    ](item_cls=SubscriberPreferenceChannelDto)


@dataclasses.dataclass
class NotificationTemplateDto(CamelCaseDto["NotificationTemplateDto"]):
    """A workflow (notification template)."""

    name: str
    description: Optional[str] = None
    tags: Optional[List[str]] = None
    steps: DtoIterableDescriptor[NotificationStepDto] = DtoIterableDescriptor[NotificationStepDto](
        default_factory=list, item_cls=NotificationStepDto
    )
    active: Optional[bool] = None
    critical: Optional[bool] = None
    draft: Optional[bool] = None
    preference_settings: Optional[DtoDescriptor[SubscriberPreferenceChannelDto]] = DtoDescriptor[
        SubscriberPreferenceChannelDto
    ](item_cls=SubscriberPreferenceChannelDto)
    triggers: DtoIterableDescriptor[NotificationTriggerDto] = DtoIterableDescriptor[NotificationTriggerDto](
        default_factory=list, item_cls=NotificationTriggerDto
    )
    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    _notification_group_id: Optional[str] = None
    _parent_id: Optional[str] = None
    _creator_id: Optional[str] = None
    notification_group: Optional[DtoDescriptor[NotificationGroupDto]] = DtoDescriptor[NotificationGroupDto](
        item_cls=NotificationGroupDto
    )
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    deleted_at: Optional[str] = None
    deleted: Optional[bool] = None


@dataclasses.dataclass
class PaginatedNotificationTemplateDto(CamelCaseDto["PaginatedNotificationTemplateDto"]):
    """A page of workflows."""

    page: int = 0
    total_count: int = 0
    page_size: int = 0
    data: DtoIterableDescriptor[NotificationTemplateDto] = DtoIterableDescriptor[NotificationTemplateDto](
        default_factory=list, item_cls=NotificationTemplateDto
    )
