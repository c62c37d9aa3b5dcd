"""Enumerations of the values the Novu API uses, as ``str`` enums."""

from novu_facade.enums.change import ChangeKind
from novu_facade.enums.channel import Channel, ChannelExtended
from novu_facade.enums.event import EventStatus
from novu_facade.enums.execution import ExecutionSource, ExecutionStatus
from novu_facade.enums.field import (
    FieldFilterPartOn,
    FieldFilterPartOperator,
    FieldFilterPartTimeOperator,
)
from novu_facade.enums.member import MemberRole, MemberStatus
from novu_facade.enums.message import MarkAsEnum, MessageActionStatus
from novu_facade.enums.notification import (
    NotificationStepMetadataType,
    NotificationStepMetadataUnit,
)
from novu_facade.enums.organization import OrganizationBrandingDirection, PartnerTypeEnum
from novu_facade.enums.provider import (
    ChatProviderIdEnum,
    CredentialsKeyEnum,
    EmailProviderIdEnum,
    InAppProviderIdEnum,
    ProviderIdEnum,
    PushProviderIdEnum,
    SmsProviderIdEnum,
)
from novu_facade.enums.step_filter import StepFilterType, StepFilterValue
from novu_facade.enums.template import TemplateVariableTypeEnum

__all__ = [
    "ChangeKind",
    "Channel",
    "ChannelExtended",
    "ChatProviderIdEnum",
    "CredentialsKeyEnum",
    "EmailProviderIdEnum",
    "EventStatus",
    "ExecutionSource",
    "ExecutionStatus",
    "FieldFilterPartOn",
    "FieldFilterPartOperator",
    "FieldFilterPartTimeOperator",
    "InAppProviderIdEnum",
    "MarkAsEnum",
    "MemberRole",
    "MemberStatus",
    "MessageActionStatus",
    "NotificationStepMetadataType",
    "NotificationStepMetadataUnit",
    "OrganizationBrandingDirection",
    "PartnerTypeEnum",
    "ProviderIdEnum",
    "PushProviderIdEnum",
    "SmsProviderIdEnum",
    "StepFilterType",
    "StepFilterValue",
    "TemplateVariableTypeEnum",
]
