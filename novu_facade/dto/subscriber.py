"""Subscribers, their channel settings and preferences."""

# Field annotations use typing.Optional/List/Dict/Union on purpose: the field types are part of the
# legacy-compatible surface. Nested DTO fields default to descriptor instances (see dto.base).
# ruff: noqa: UP006, UP035, UP045, RUF009

import dataclasses
from typing import ClassVar, List, Optional

from novu_facade.dto.base import CamelCaseDto, DtoDescriptor, DtoIterableDescriptor, JsonDict
from novu_facade.enums.provider import ProviderIdEnum


@dataclasses.dataclass
class SubscriberPreferenceChannelDto(CamelCaseDto["SubscriberPreferenceChannelDto"]):
    """Per-channel on/off switches of a preference."""

    email: Optional[bool] = True
    sms: Optional[bool] = True
    in_app: Optional[bool] = True
    chat: Optional[bool] = True
    push: Optional[bool] = True


@dataclasses.dataclass
class SubscriberPreferenceTemplateDto(CamelCaseDto["SubscriberPreferenceTemplateDto"]):
    """Workflow a preference applies to."""

    _id: Optional[str] = None
    name: Optional[str] = None
    critical: Optional[bool] = None


@dataclasses.dataclass
class SubscriberPreferencePreferenceDto(CamelCaseDto["SubscriberPreferencePreferenceDto"]):
    """Whether a preference is enabled, and per channel."""

    enabled: bool
    channels: DtoDescriptor[SubscriberPreferenceChannelDto] = DtoDescriptor[SubscriberPreferenceChannelDto](
        item_cls=SubscriberPreferenceChannelDto
    )


@dataclasses.dataclass
class SubscriberPreferenceDto(CamelCaseDto["SubscriberPreferenceDto"]):
    """A subscriber's preference for one workflow."""

    preference: DtoDescriptor[SubscriberPreferencePreferenceDto] = DtoDescriptor[SubscriberPreferencePreferenceDto](
        item_cls=SubscriberPreferencePreferenceDto
    )
    template: DtoDescriptor[SubscriberPreferenceTemplateDto] = DtoDescriptor[SubscriberPreferenceTemplateDto](
        item_cls=SubscriberPreferenceTemplateDto
    )


@dataclasses.dataclass
class SubscriberChannelSettingsCredentialsDto(CamelCaseDto["SubscriberChannelSettingsCredentialsDto"]):
    """Credentials of a subscriber for one provider."""

    webhook_url: Optional[str] = None
    channel: Optional[str] = None
    device_tokens: Optional[List[str]] = None


@dataclasses.dataclass
class SubscriberChannelSettingsDto(CamelCaseDto["SubscriberChannelSettingsDto"]):
    """A subscriber's settings for one provider integration."""

    provider_id: ProviderIdEnum
    _integration_id: str
    credentials: DtoDescriptor[SubscriberChannelSettingsCredentialsDto] = DtoDescriptor[
        SubscriberChannelSettingsCredentialsDto
    ](item_cls=SubscriberChannelSettingsCredentialsDto)
    integration_identifier: Optional[str] = None


@dataclasses.dataclass
class SubscriberDto(CamelCaseDto["SubscriberDto"]):
    """A subscriber."""

    # only these fields are writable through the API
    camel_case_fields: ClassVar[List[str]] = [
        "subscriber_id",
        "email",
        "first_name",
        "last_name",
        "phone",
        "avatar",
        "locale",
        "channels",
        "data",
    ]

    subscriber_id: str
    email: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    phone: Optional[str] = None
    avatar: Optional[str] = None
    locale: Optional[str] = None
    _id: Optional[str] = None
    _environment_id: Optional[str] = None
    _organization_id: Optional[str] = None
    channels: DtoIterableDescriptor[SubscriberChannelSettingsDto] = DtoIterableDescriptor[SubscriberChannelSettingsDto](
        default_factory=list, item_cls=SubscriberChannelSettingsDto
    )
    deleted: Optional[bool] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    is_online: Optional[bool] = None
    last_online_at: Optional[str] = None
    data: Optional[JsonDict] = None


@dataclasses.dataclass
class PaginatedSubscriberDto(CamelCaseDto["PaginatedSubscriberDto"]):
    """A page of subscribers."""

    page: int = 0
    total_count: int = 0
    page_size: int = 0
    data: DtoIterableDescriptor[SubscriberDto] = DtoIterableDescriptor[SubscriberDto](
        default_factory=list, item_cls=SubscriberDto
    )


@dataclasses.dataclass
class BulkResultSubscriberDto(CamelCaseDto["BulkResultSubscriberDto"]):
    """Outcome of a bulk subscriber creation."""

    created: DtoIterableDescriptor[SubscriberDto] = DtoIterableDescriptor[SubscriberDto](
        default_factory=list, item_cls=SubscriberDto
    )
    updated: DtoIterableDescriptor[SubscriberDto] = DtoIterableDescriptor[SubscriberDto](
        default_factory=list, item_cls=SubscriberDto
    )
    failed: DtoIterableDescriptor[SubscriberDto] = DtoIterableDescriptor[SubscriberDto](
        default_factory=list, item_cls=SubscriberDto
    )
