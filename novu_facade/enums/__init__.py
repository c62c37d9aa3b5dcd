"""Enumerations of the values the Novu API uses, as ``str`` enums.

Names load on first access, so importing one module does not import them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from novu_facade._lazy import lazy_exports

if TYPE_CHECKING:
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

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "ChangeKind": "novu_facade.enums.change",
        "Channel": "novu_facade.enums.channel",
        "ChannelExtended": "novu_facade.enums.channel",
        "EventStatus": "novu_facade.enums.event",
        "ExecutionSource": "novu_facade.enums.execution",
        "ExecutionStatus": "novu_facade.enums.execution",
        "FieldFilterPartOn": "novu_facade.enums.field",
        "FieldFilterPartOperator": "novu_facade.enums.field",
        "FieldFilterPartTimeOperator": "novu_facade.enums.field",
        "MemberRole": "novu_facade.enums.member",
        "MemberStatus": "novu_facade.enums.member",
        "MarkAsEnum": "novu_facade.enums.message",
        "MessageActionStatus": "novu_facade.enums.message",
        "NotificationStepMetadataType": "novu_facade.enums.notification",
        "NotificationStepMetadataUnit": "novu_facade.enums.notification",
        "OrganizationBrandingDirection": "novu_facade.enums.organization",
        "PartnerTypeEnum": "novu_facade.enums.organization",
        "ChatProviderIdEnum": "novu_facade.enums.provider",
        "CredentialsKeyEnum": "novu_facade.enums.provider",
        "EmailProviderIdEnum": "novu_facade.enums.provider",
        "InAppProviderIdEnum": "novu_facade.enums.provider",
        "ProviderIdEnum": "novu_facade.enums.provider",
        "PushProviderIdEnum": "novu_facade.enums.provider",
        "SmsProviderIdEnum": "novu_facade.enums.provider",
        "StepFilterType": "novu_facade.enums.step_filter",
        "StepFilterValue": "novu_facade.enums.step_filter",
        "TemplateVariableTypeEnum": "novu_facade.enums.template",
    },
)
