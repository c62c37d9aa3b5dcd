"""Data transfer objects: typed views of what the Novu API sends and accepts.

Names load on first access, so importing one module does not import them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from novu_facade._lazy import lazy_exports

if TYPE_CHECKING:
    from novu_facade.dto.blueprint import BlueprintDto, GroupedBlueprintDto
    from novu_facade.dto.change import ChangeDetailDto, ChangeDto, PaginatedChangeDto
    from novu_facade.dto.environment import EnvironmentApiKeyDto, EnvironmentDto, EnvironmentWidgetDto
    from novu_facade.dto.event import EventDto
    from novu_facade.dto.execution_detail import ExecutionDetailDto
    from novu_facade.dto.feed import FeedDto
    from novu_facade.dto.field import FieldFilterPartDto
    from novu_facade.dto.integration import IntegrationChannelUsageDto, IntegrationDto
    from novu_facade.dto.layout import LayoutDto, LayoutVariableDto, PaginatedLayoutDto
    from novu_facade.dto.member import MemberDto, MemberInviteDto, MemberUserDto
    from novu_facade.dto.message import MessageDto, PaginatedMessageDto
    from novu_facade.dto.notification import (
        ActivityGraphStatesDto,
        ActivityNotificationDto,
        ActivityNotificationExecutionDetailResponseDto,
        ActivityNotificationJobResponseDto,
        ActivityNotificationStepResponseDto,
        ActivityNotificationSubscriberResponseDTO,
        ActivityNotificationTemplateResponseDto,
        ActivityNotificationTriggerResponseDto,
        PaginatedActivityNotificationDto,
    )
    from novu_facade.dto.notification_group import NotificationGroupDto, PaginatedNotificationGroupDto
    from novu_facade.dto.notification_template import (
        NotificationStepDto,
        NotificationStepMetadataDto,
        NotificationTemplateDto,
        NotificationTemplateFormDto,
        NotificationTriggerDto,
        NotificationTriggerVariableDto,
        PaginatedNotificationTemplateDto,
    )
    from novu_facade.dto.organization import OrganizationBrandingDto, OrganizationDto, PartnerConfigurationDto
    from novu_facade.dto.step_filter import StepFilterDto
    from novu_facade.dto.subscriber import (
        BulkResultSubscriberDto,
        PaginatedSubscriberDto,
        SubscriberChannelSettingsCredentialsDto,
        SubscriberChannelSettingsDto,
        SubscriberDto,
        SubscriberPreferenceChannelDto,
        SubscriberPreferenceDto,
        SubscriberPreferencePreferenceDto,
        SubscriberPreferenceTemplateDto,
    )
    from novu_facade.dto.tenant import PaginatedTenantDto, TenantDto
    from novu_facade.dto.topic import PaginatedTopicDto, TopicDto, TriggerTopicDto

__all__ = [
    "ActivityGraphStatesDto",
    "ActivityNotificationDto",
    "ActivityNotificationExecutionDetailResponseDto",
    "ActivityNotificationJobResponseDto",
    "ActivityNotificationStepResponseDto",
    "ActivityNotificationSubscriberResponseDTO",
    "ActivityNotificationTemplateResponseDto",
    "ActivityNotificationTriggerResponseDto",
    "BlueprintDto",
    "BulkResultSubscriberDto",
    "ChangeDetailDto",
    "ChangeDto",
    "EnvironmentApiKeyDto",
    "EnvironmentDto",
    "EnvironmentWidgetDto",
    "EventDto",
    "ExecutionDetailDto",
    "FeedDto",
    "FieldFilterPartDto",
    "GroupedBlueprintDto",
    "IntegrationChannelUsageDto",
    "IntegrationDto",
    "LayoutDto",
    "LayoutVariableDto",
    "MemberDto",
    "MemberInviteDto",
    "MemberUserDto",
    "MessageDto",
    "NotificationGroupDto",
    "NotificationStepDto",
    "NotificationStepMetadataDto",
    "NotificationTemplateDto",
    "NotificationTemplateFormDto",
    "NotificationTriggerDto",
    "NotificationTriggerVariableDto",
    "OrganizationBrandingDto",
    "OrganizationDto",
    "PaginatedActivityNotificationDto",
    "PaginatedChangeDto",
    "PaginatedLayoutDto",
    "PaginatedMessageDto",
    "PaginatedNotificationGroupDto",
    "PaginatedNotificationTemplateDto",
    "PaginatedSubscriberDto",
    "PaginatedTenantDto",
    "PaginatedTopicDto",
    "PartnerConfigurationDto",
    "StepFilterDto",
    "SubscriberChannelSettingsCredentialsDto",
    "SubscriberChannelSettingsDto",
    "SubscriberDto",
    "SubscriberPreferenceChannelDto",
    "SubscriberPreferenceDto",
    "SubscriberPreferencePreferenceDto",
    "SubscriberPreferenceTemplateDto",
    "TenantDto",
    "TopicDto",
    "TriggerTopicDto",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "BlueprintDto": "novu_facade.dto.blueprint",
        "GroupedBlueprintDto": "novu_facade.dto.blueprint",
        "ChangeDetailDto": "novu_facade.dto.change",
        "ChangeDto": "novu_facade.dto.change",
        "PaginatedChangeDto": "novu_facade.dto.change",
        "EnvironmentApiKeyDto": "novu_facade.dto.environment",
        "EnvironmentDto": "novu_facade.dto.environment",
        "EnvironmentWidgetDto": "novu_facade.dto.environment",
        "EventDto": "novu_facade.dto.event",
        "ExecutionDetailDto": "novu_facade.dto.execution_detail",
        "FeedDto": "novu_facade.dto.feed",
        "FieldFilterPartDto": "novu_facade.dto.field",
        "IntegrationChannelUsageDto": "novu_facade.dto.integration",
        "IntegrationDto": "novu_facade.dto.integration",
        "LayoutDto": "novu_facade.dto.layout",
        "LayoutVariableDto": "novu_facade.dto.layout",
        "PaginatedLayoutDto": "novu_facade.dto.layout",
        "MemberDto": "novu_facade.dto.member",
        "MemberInviteDto": "novu_facade.dto.member",
        "MemberUserDto": "novu_facade.dto.member",
        "MessageDto": "novu_facade.dto.message",
        "PaginatedMessageDto": "novu_facade.dto.message",
        "ActivityGraphStatesDto": "novu_facade.dto.notification",
        "ActivityNotificationDto": "novu_facade.dto.notification",
        "ActivityNotificationExecutionDetailResponseDto": "novu_facade.dto.notification",
        "ActivityNotificationJobResponseDto": "novu_facade.dto.notification",
        "ActivityNotificationStepResponseDto": "novu_facade.dto.notification",
        "ActivityNotificationSubscriberResponseDTO": "novu_facade.dto.notification",
        "ActivityNotificationTemplateResponseDto": "novu_facade.dto.notification",
        "ActivityNotificationTriggerResponseDto": "novu_facade.dto.notification",
        "PaginatedActivityNotificationDto": "novu_facade.dto.notification",
        "NotificationGroupDto": "novu_facade.dto.notification_group",
        "PaginatedNotificationGroupDto": "novu_facade.dto.notification_group",
        "NotificationStepDto": "novu_facade.dto.notification_template",
        "NotificationStepMetadataDto": "novu_facade.dto.notification_template",
        "NotificationTemplateDto": "novu_facade.dto.notification_template",
        "NotificationTemplateFormDto": "novu_facade.dto.notification_template",
        "NotificationTriggerDto": "novu_facade.dto.notification_template",
        "NotificationTriggerVariableDto": "novu_facade.dto.notification_template",
        "PaginatedNotificationTemplateDto": "novu_facade.dto.notification_template",
        "OrganizationBrandingDto": "novu_facade.dto.organization",
        "OrganizationDto": "novu_facade.dto.organization",
        "PartnerConfigurationDto": "novu_facade.dto.organization",
        "StepFilterDto": "novu_facade.dto.step_filter",
        "BulkResultSubscriberDto": "novu_facade.dto.subscriber",
        "PaginatedSubscriberDto": "novu_facade.dto.subscriber",
        "SubscriberChannelSettingsCredentialsDto": "novu_facade.dto.subscriber",
        "SubscriberChannelSettingsDto": "novu_facade.dto.subscriber",
        "SubscriberDto": "novu_facade.dto.subscriber",
        "SubscriberPreferenceChannelDto": "novu_facade.dto.subscriber",
        "SubscriberPreferenceDto": "novu_facade.dto.subscriber",
        "SubscriberPreferencePreferenceDto": "novu_facade.dto.subscriber",
        "SubscriberPreferenceTemplateDto": "novu_facade.dto.subscriber",
        "PaginatedTenantDto": "novu_facade.dto.tenant",
        "TenantDto": "novu_facade.dto.tenant",
        "PaginatedTopicDto": "novu_facade.dto.topic",
        "TopicDto": "novu_facade.dto.topic",
        "TriggerTopicDto": "novu_facade.dto.topic",
    },
)
