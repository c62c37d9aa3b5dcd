"""Data transfer objects: typed views of what the Novu API sends and accepts."""

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
