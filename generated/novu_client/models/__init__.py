"""Contains all the data models used in inputs/outputs; each loads on first access."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activities_response_dto import ActivitiesResponseDto
    from .activity_graph_states_response import ActivityGraphStatesResponse
    from .activity_graph_states_response_channels_item import ActivityGraphStatesResponseChannelsItem
    from .activity_graph_states_response_list_envelope import ActivityGraphStatesResponseListEnvelope
    from .activity_notification_execution_detail_response_dto import ActivityNotificationExecutionDetailResponseDto
    from .activity_notification_job_response_dto import ActivityNotificationJobResponseDto
    from .activity_notification_job_response_dto_payload import ActivityNotificationJobResponseDtoPayload
    from .activity_notification_job_response_dto_type import ActivityNotificationJobResponseDtoType
    from .activity_notification_response_dto import ActivityNotificationResponseDto
    from .activity_notification_response_dto_controls import ActivityNotificationResponseDtoControls
    from .activity_notification_response_dto_envelope import ActivityNotificationResponseDtoEnvelope
    from .activity_notification_response_dto_payload import ActivityNotificationResponseDtoPayload
    from .activity_notification_response_dto_to import ActivityNotificationResponseDtoTo
    from .activity_notification_step_response_dto import ActivityNotificationStepResponseDto
    from .activity_notification_step_response_dto_control_variables import (
        ActivityNotificationStepResponseDtoControlVariables,
    )
    from .activity_notification_step_response_dto_issues import ActivityNotificationStepResponseDtoIssues
    from .activity_notification_step_response_dto_metadata import ActivityNotificationStepResponseDtoMetadata
    from .activity_notification_step_response_dto_reply_callback import ActivityNotificationStepResponseDtoReplyCallback
    from .activity_notification_subscriber_response_dto import ActivityNotificationSubscriberResponseDto
    from .activity_notification_template_response_dto import ActivityNotificationTemplateResponseDto
    from .activity_stats_response_dto import ActivityStatsResponseDto
    from .activity_stats_response_dto_envelope import ActivityStatsResponseDtoEnvelope
    from .actor import Actor
    from .actor_feed_item_dto import ActorFeedItemDto
    from .actor_type import ActorType
    from .actor_type_enum import ActorTypeEnum
    from .add_subscribers_request_dto import AddSubscribersRequestDto
    from .api_key import ApiKey
    from .api_key_list_envelope import ApiKeyListEnvelope
    from .assign_subscriber_to_topic_dto import AssignSubscriberToTopicDto
    from .assign_subscriber_to_topic_dto_envelope import AssignSubscriberToTopicDtoEnvelope
    from .blueprint_response_dto import BlueprintResponseDto
    from .blueprint_response_dto_envelope import BlueprintResponseDtoEnvelope
    from .blueprint_response_dto_notification_group import BlueprintResponseDtoNotificationGroup
    from .blueprint_response_dto_preference_settings import BlueprintResponseDtoPreferenceSettings
    from .blueprint_response_dto_steps_item import BlueprintResponseDtoStepsItem
    from .blueprint_response_dto_triggers_item import BlueprintResponseDtoTriggersItem
    from .builder_field_type_enum import BuilderFieldTypeEnum
    from .bulk_apply_change_dto import BulkApplyChangeDto
    from .bulk_apply_diff_response_201 import BulkApplyDiffResponse201
    from .bulk_create_subscriber_response_dto import BulkCreateSubscriberResponseDto
    from .bulk_create_subscriber_response_dto_envelope import BulkCreateSubscriberResponseDtoEnvelope
    from .bulk_subscriber_create_dto import BulkSubscriberCreateDto
    from .bulk_trigger_event_dto import BulkTriggerEventDto
    from .button_type_enum import ButtonTypeEnum
    from .change_response_dto import ChangeResponseDto
    from .change_response_dto_change_item import ChangeResponseDtoChangeItem
    from .change_response_dto_list_envelope import ChangeResponseDtoListEnvelope
    from .change_response_dto_type import ChangeResponseDtoType
    from .change_workflow_status_request_dto import ChangeWorkflowStatusRequestDto
    from .changes_response_dto import ChangesResponseDto
    from .channel_credentials import ChannelCredentials
    from .channel_credentials_dto import ChannelCredentialsDto
    from .channel_cta_type_enum import ChannelCTATypeEnum
    from .channel_preference import ChannelPreference
    from .channel_preference_type import ChannelPreferenceType
    from .channel_settings import ChannelSettings
    from .channel_settings_dto import ChannelSettingsDto
    from .channel_settings_dto_provider_id import ChannelSettingsDtoProviderId
    from .channel_settings_provider_id import ChannelSettingsProviderId
    from .channel_type_enum import ChannelTypeEnum
    from .channel_usage_dto import ChannelUsageDto
    from .channel_usage_dto_envelope import ChannelUsageDtoEnvelope
    from .create_environment_request_dto import CreateEnvironmentRequestDto
    from .create_feed_request_dto import CreateFeedRequestDto
    from .create_integration_request_dto import CreateIntegrationRequestDto
    from .create_integration_request_dto_channel import CreateIntegrationRequestDtoChannel
    from .create_layout_request_dto import CreateLayoutRequestDto
    from .create_layout_request_dto_variables_item import CreateLayoutRequestDtoVariablesItem
    from .create_layout_response_dto import CreateLayoutResponseDto
    from .create_layout_response_dto_envelope import CreateLayoutResponseDtoEnvelope
    from .create_notification_group_request_dto import CreateNotificationGroupRequestDto
    from .create_organization_dto import CreateOrganizationDto
    from .create_organization_dto_job_title import CreateOrganizationDtoJobTitle
    from .create_organization_dto_product_use_cases import CreateOrganizationDtoProductUseCases
    from .create_subscriber_request_dto import CreateSubscriberRequestDto
    from .create_subscriber_request_dto_data_type_0 import CreateSubscriberRequestDtoDataType0
    from .create_tenant_request_dto import CreateTenantRequestDto
    from .create_tenant_request_dto_data import CreateTenantRequestDtoData
    from .create_tenant_response_dto import CreateTenantResponseDto
    from .create_tenant_response_dto_data import CreateTenantResponseDtoData
    from .create_tenant_response_dto_envelope import CreateTenantResponseDtoEnvelope
    from .create_topic_request_dto import CreateTopicRequestDto
    from .create_topic_response_dto import CreateTopicResponseDto
    from .create_topic_response_dto_envelope import CreateTopicResponseDtoEnvelope
    from .create_workflow_request_dto import CreateWorkflowRequestDto
    from .create_workflow_request_dto_data import CreateWorkflowRequestDtoData
    from .create_workflow_request_dto_notification_group import CreateWorkflowRequestDtoNotificationGroup
    from .created_subscriber_dto import CreatedSubscriberDto
    from .credentials_dto import CredentialsDto
    from .credentials_dto_tls_options import CredentialsDtoTlsOptions
    from .data_boolean_dto import DataBooleanDto
    from .data_number_dto import DataNumberDto
    from .data_wrapper_dto import DataWrapperDto
    from .data_wrapper_dto_data import DataWrapperDtoData
    from .delay_regular_metadata import DelayRegularMetadata
    from .delay_regular_metadata_type import DelayRegularMetadataType
    from .delay_regular_metadata_unit import DelayRegularMetadataUnit
    from .delay_scheduled_metadata import DelayScheduledMetadata
    from .delay_scheduled_metadata_type import DelayScheduledMetadataType
    from .delete_message_response_dto import DeleteMessageResponseDto
    from .delete_message_response_dto_envelope import DeleteMessageResponseDtoEnvelope
    from .delete_message_response_dto_status import DeleteMessageResponseDtoStatus
    from .delete_messages_by_transaction_id_channel import DeleteMessagesByTransactionIdChannel
    from .delete_notification_group_response_dto import DeleteNotificationGroupResponseDto
    from .delete_notification_group_response_dto_envelope import DeleteNotificationGroupResponseDtoEnvelope
    from .delete_notification_group_response_dto_status import DeleteNotificationGroupResponseDtoStatus
    from .delete_notification_template_response_200 import DeleteNotificationTemplateResponse200
    from .delete_subscriber_response_dto import DeleteSubscriberResponseDto
    from .delete_subscriber_response_dto_envelope import DeleteSubscriberResponseDtoEnvelope
    from .delete_subscriber_response_dto_status import DeleteSubscriberResponseDtoStatus
    from .digest_metadata_dto import DigestMetadataDto
    from .digest_metadata_dto_events_item import DigestMetadataDtoEventsItem
    from .digest_metadata_dto_unit import DigestMetadataDtoUnit
    from .digest_regular_metadata import DigestRegularMetadata
    from .digest_regular_metadata_backoff_unit import DigestRegularMetadataBackoffUnit
    from .digest_regular_metadata_type import DigestRegularMetadataType
    from .digest_regular_metadata_unit import DigestRegularMetadataUnit
    from .digest_timed_config_dto import DigestTimedConfigDto
    from .digest_timed_config_dto_week_days_item import DigestTimedConfigDtoWeekDaysItem
    from .digest_timed_metadata import DigestTimedMetadata
    from .digest_timed_metadata_type import DigestTimedMetadataType
    from .digest_timed_metadata_unit import DigestTimedMetadataUnit
    from .digest_type_enum import DigestTypeEnum
    from .digest_unit_enum import DigestUnitEnum
    from .email_block import EmailBlock
    from .email_block_styles import EmailBlockStyles
    from .email_block_type_enum import EmailBlockTypeEnum
    from .environment_response_dto import EnvironmentResponseDto
    from .environment_response_dto_api_keys_item import EnvironmentResponseDtoApiKeysItem
    from .environment_response_dto_envelope import EnvironmentResponseDtoEnvelope
    from .environment_response_dto_list_envelope import EnvironmentResponseDtoListEnvelope
    from .error_dto import ErrorDto
    from .error_dto_ctx import ErrorDtoCtx
    from .execution_details_response_dto import ExecutionDetailsResponseDto
    from .execution_details_response_dto_channel import ExecutionDetailsResponseDtoChannel
    from .execution_details_response_dto_list_envelope import ExecutionDetailsResponseDtoListEnvelope
    from .execution_details_response_dto_source import ExecutionDetailsResponseDtoSource
    from .execution_details_response_dto_status import ExecutionDetailsResponseDtoStatus
    from .execution_details_source_enum import ExecutionDetailsSourceEnum
    from .execution_details_status_enum import ExecutionDetailsStatusEnum
    from .failed_assignments_dto import FailedAssignmentsDto
    from .failed_operation_dto import FailedOperationDto
    from .feed_response_dto import FeedResponseDto
    from .feed_response_dto_20240630 import FeedResponseDto20240630
    from .feed_response_dto_20240630_envelope import FeedResponseDto20240630Envelope
    from .feed_response_dto_20240630_list_envelope import FeedResponseDto20240630ListEnvelope
    from .field_filter_part import FieldFilterPart
    from .field_filter_part_dto import FieldFilterPartDto
    from .field_filter_part_dto_on import FieldFilterPartDtoOn
    from .field_filter_part_dto_operator import FieldFilterPartDtoOperator
    from .field_filter_part_on import FieldFilterPartOn
    from .field_filter_part_operator import FieldFilterPartOperator
    from .filter_topics_response_dto import FilterTopicsResponseDto
    from .generate_preview_response_dto import GeneratePreviewResponseDto
    from .get_channel_limit_channel_type import GetChannelLimitChannelType
    from .get_layout_response_dto import GetLayoutResponseDto
    from .get_layout_response_dto_channel import GetLayoutResponseDtoChannel
    from .get_layout_response_dto_envelope import GetLayoutResponseDtoEnvelope
    from .get_layout_response_dto_variables_item import GetLayoutResponseDtoVariablesItem
    from .get_subscriber_preferences_dto import GetSubscriberPreferencesDto
    from .get_subscriber_preferences_dto_envelope import GetSubscriberPreferencesDtoEnvelope
    from .get_subscriber_preferences_response_dto import GetSubscriberPreferencesResponseDto
    from .get_subscriber_preferences_response_dto_list_envelope import GetSubscriberPreferencesResponseDtoListEnvelope
    from .get_tenant_response_dto import GetTenantResponseDto
    from .get_tenant_response_dto_data import GetTenantResponseDtoData
    from .get_tenant_response_dto_envelope import GetTenantResponseDtoEnvelope
    from .get_topic_response_dto import GetTopicResponseDto
    from .get_topic_response_dto_envelope import GetTopicResponseDtoEnvelope
    from .get_webhook_support_status_legacy_response_200 import GetWebhookSupportStatusLegacyResponse200
    from .get_webhook_support_status_response_200 import GetWebhookSupportStatusResponse200
    from .global_preference_dto import GlobalPreferenceDto
    from .grouped_blueprint_response_dto import GroupedBlueprintResponseDto
    from .grouped_blueprint_response_dto_envelope import GroupedBlueprintResponseDtoEnvelope
    from .grouped_blueprint_response_dto_general_item import GroupedBlueprintResponseDtoGeneralItem
    from .i_partner_configuration_response_dto import IPartnerConfigurationResponseDto
    from .i_partner_configuration_response_dto_partner_type import IPartnerConfigurationResponseDtoPartnerType
    from .integration_response_dto import IntegrationResponseDto
    from .integration_response_dto_channel import IntegrationResponseDtoChannel
    from .integration_response_dto_envelope import IntegrationResponseDtoEnvelope
    from .integration_response_dto_list_envelope import IntegrationResponseDtoListEnvelope
    from .list_layouts_order_by import ListLayoutsOrderBy
    from .list_layouts_response_200 import ListLayoutsResponse200
    from .list_subscribers_response_200 import ListSubscribersResponse200
    from .list_subscribers_response_dto import ListSubscribersResponseDto
    from .list_tenants_response_200 import ListTenantsResponse200
    from .mark_all_message_as_request_dto import MarkAllMessageAsRequestDto
    from .mark_all_message_as_request_dto_mark_as import MarkAllMessageAsRequestDtoMarkAs
    from .mark_all_unread_as_read_response_201 import MarkAllUnreadAsReadResponse201
    from .mark_message_action_as_seen_dto import MarkMessageActionAsSeenDto
    from .mark_message_action_as_seen_dto_payload import MarkMessageActionAsSeenDtoPayload
    from .mark_message_action_as_seen_dto_status import MarkMessageActionAsSeenDtoStatus
    from .mark_message_as_request_dto import MarkMessageAsRequestDto
    from .mark_message_as_request_dto_mark import MarkMessageAsRequestDtoMark
    from .member_invite_dto import MemberInviteDTO
    from .member_response_dto import MemberResponseDto
    from .member_response_dto_envelope import MemberResponseDtoEnvelope
    from .member_response_dto_list_envelope import MemberResponseDtoListEnvelope
    from .member_response_dto_member_status import MemberResponseDtoMemberStatus
    from .member_response_dto_roles_item import MemberResponseDtoRolesItem
    from .member_user_dto import MemberUserDto
    from .message_action import MessageAction
    from .message_action_result import MessageActionResult
    from .message_action_result_payload import MessageActionResultPayload
    from .message_action_status_enum import MessageActionStatusEnum
    from .message_button import MessageButton
    from .message_cta import MessageCTA
    from .message_cta_data import MessageCTAData
    from .message_entity import MessageEntity
    from .message_entity_list_envelope import MessageEntityListEnvelope
    from .message_mark_as_request_dto import MessageMarkAsRequestDto
    from .message_mark_as_request_dto_mark_as import MessageMarkAsRequestDtoMarkAs
    from .message_response_dto import MessageResponseDto
    from .message_response_dto_envelope import MessageResponseDtoEnvelope
    from .message_response_dto_list_envelope import MessageResponseDtoListEnvelope
    from .message_response_dto_overrides import MessageResponseDtoOverrides
    from .message_response_dto_payload import MessageResponseDtoPayload
    from .message_status_enum import MessageStatusEnum
    from .message_template import MessageTemplate
    from .message_template_dto import MessageTemplateDto
    from .monthly_type_enum import MonthlyTypeEnum
    from .mx_record_status_dto import MxRecordStatusDto
    from .mx_record_status_dto_envelope import MxRecordStatusDtoEnvelope
    from .notification_dto import NotificationDto
    from .notification_dto_channel import NotificationDtoChannel
    from .notification_dto_overrides import NotificationDtoOverrides
    from .notification_dto_payload import NotificationDtoPayload
    from .notification_dto_status import NotificationDtoStatus
    from .notification_feed_item_dto import NotificationFeedItemDto
    from .notification_feed_item_dto_overrides import NotificationFeedItemDtoOverrides
    from .notification_feed_item_dto_payload import NotificationFeedItemDtoPayload
    from .notification_feed_item_dto_status import NotificationFeedItemDtoStatus
    from .notification_group import NotificationGroup
    from .notification_group_response_dto import NotificationGroupResponseDto
    from .notification_group_response_dto_envelope import NotificationGroupResponseDtoEnvelope
    from .notification_group_response_dto_list_envelope import NotificationGroupResponseDtoListEnvelope
    from .notification_step import NotificationStep
    from .notification_step_data import NotificationStepData
    from .notification_step_dto import NotificationStepDto
    from .notification_step_parent_id import NotificationStepParentId
    from .notification_step_reply_callback import NotificationStepReplyCallback
    from .notification_step_variant import NotificationStepVariant
    from .notification_step_variant_parent_id import NotificationStepVariantParentId
    from .notification_step_variant_reply_callback import NotificationStepVariantReplyCallback
    from .notification_trigger import NotificationTrigger
    from .notification_trigger_dto import NotificationTriggerDto
    from .notification_trigger_dto_type import NotificationTriggerDtoType
    from .notification_trigger_type import NotificationTriggerType
    from .notification_trigger_variable import NotificationTriggerVariable
    from .ordinal_enum import OrdinalEnum
    from .ordinal_value_enum import OrdinalValueEnum
    from .organization_branding_response_dto import OrganizationBrandingResponseDto
    from .organization_branding_response_dto_direction import OrganizationBrandingResponseDtoDirection
    from .organization_branding_response_dto_envelope import OrganizationBrandingResponseDtoEnvelope
    from .organization_response_dto import OrganizationResponseDto
    from .organization_response_dto_envelope import OrganizationResponseDtoEnvelope
    from .organization_response_dto_list_envelope import OrganizationResponseDtoListEnvelope
    from .overrides import Overrides
    from .overrides_channel import OverridesChannel
    from .overrides_source import OverridesSource
    from .paginated_response_dto import PaginatedResponseDto
    from .paginated_response_dto_data_item import PaginatedResponseDtoDataItem
    from .patch_preference_channels_dto import PatchPreferenceChannelsDto
    from .patch_subscriber_preferences_dto import PatchSubscriberPreferencesDto
    from .patch_subscriber_request_dto import PatchSubscriberRequestDto
    from .patch_subscriber_request_dto_data_type_0 import PatchSubscriberRequestDtoDataType0
    from .preference import Preference
    from .preference_channels import PreferenceChannels
    from .providers_id_enum import ProvidersIdEnum
    from .remove_subscriber_response_dto import RemoveSubscriberResponseDto
    from .remove_subscriber_response_dto_envelope import RemoveSubscriberResponseDtoEnvelope
    from .remove_subscribers_request_dto import RemoveSubscribersRequestDto
    from .rename_organization_dto import RenameOrganizationDto
    from .rename_organization_dto_envelope import RenameOrganizationDtoEnvelope
    from .rename_topic_request_dto import RenameTopicRequestDto
    from .rename_topic_response_dto import RenameTopicResponseDto
    from .rename_topic_response_dto_envelope import RenameTopicResponseDtoEnvelope
    from .reply_callback import ReplyCallback
    from .search_subscribers_order_direction import SearchSubscribersOrderDirection
    from .step_filter import StepFilter
    from .step_filter_dto import StepFilterDto
    from .step_filter_dto_value import StepFilterDtoValue
    from .step_filter_type import StepFilterType
    from .step_filter_value import StepFilterValue
    from .step_type_enum import StepTypeEnum
    from .string import String
    from .subscriber_channel_dto import SubscriberChannelDto
    from .subscriber_channel_dto_provider_id import SubscriberChannelDtoProviderId
    from .subscriber_feed_response_dto import SubscriberFeedResponseDto
    from .subscriber_payload_dto import SubscriberPayloadDto
    from .subscriber_payload_dto_data import SubscriberPayloadDtoData
    from .subscriber_response_dto import SubscriberResponseDto
    from .subscriber_response_dto_data_type_0 import SubscriberResponseDtoDataType0
    from .subscriber_response_dto_envelope import SubscriberResponseDtoEnvelope
    from .template_response import TemplateResponse
    from .tenant_payload_dto import TenantPayloadDto
    from .tenant_payload_dto_data import TenantPayloadDtoData
    from .text_align_enum import TextAlignEnum
    from .timed_config import TimedConfig
    from .timed_config_monthly_type import TimedConfigMonthlyType
    from .timed_config_ordinal import TimedConfigOrdinal
    from .timed_config_ordinal_value import TimedConfigOrdinalValue
    from .timed_config_week_days_item import TimedConfigWeekDaysItem
    from .topic_dto import TopicDto
    from .topic_payload_dto import TopicPayloadDto
    from .topic_subscriber_dto import TopicSubscriberDto
    from .topic_subscriber_dto_envelope import TopicSubscriberDtoEnvelope
    from .trigger_event_request_dto import TriggerEventRequestDto
    from .trigger_event_request_dto_overrides import TriggerEventRequestDtoOverrides
    from .trigger_event_request_dto_overrides_additional_property import (
        TriggerEventRequestDtoOverridesAdditionalProperty,
    )
    from .trigger_event_request_dto_payload import TriggerEventRequestDtoPayload
    from .trigger_event_response_dto import TriggerEventResponseDto
    from .trigger_event_response_dto_envelope import TriggerEventResponseDtoEnvelope
    from .trigger_event_response_dto_list_envelope import TriggerEventResponseDtoListEnvelope
    from .trigger_event_response_dto_status import TriggerEventResponseDtoStatus
    from .trigger_event_to_all_request_dto import TriggerEventToAllRequestDto
    from .trigger_event_to_all_request_dto_overrides import TriggerEventToAllRequestDtoOverrides
    from .trigger_event_to_all_request_dto_payload import TriggerEventToAllRequestDtoPayload
    from .trigger_recipients_type_enum import TriggerRecipientsTypeEnum
    from .unseen_count_response import UnseenCountResponse
    from .unseen_count_response_envelope import UnseenCountResponseEnvelope
    from .update_branding_details_dto import UpdateBrandingDetailsDto
    from .update_integration_request_dto import UpdateIntegrationRequestDto
    from .update_layout_request_dto import UpdateLayoutRequestDto
    from .update_layout_request_dto_variables_item import UpdateLayoutRequestDtoVariablesItem
    from .update_layout_response_dto import UpdateLayoutResponseDto
    from .update_layout_response_dto_channel import UpdateLayoutResponseDtoChannel
    from .update_layout_response_dto_envelope import UpdateLayoutResponseDtoEnvelope
    from .update_layout_response_dto_variables_item import UpdateLayoutResponseDtoVariablesItem
    from .update_subscriber_channel_request_dto import UpdateSubscriberChannelRequestDto
    from .update_subscriber_channel_request_dto_provider_id import UpdateSubscriberChannelRequestDtoProviderId
    from .update_subscriber_global_preferences_request_dto import UpdateSubscriberGlobalPreferencesRequestDto
    from .update_subscriber_online_flag_request_dto import UpdateSubscriberOnlineFlagRequestDto
    from .update_subscriber_preference_request_dto import UpdateSubscriberPreferenceRequestDto
    from .update_subscriber_preference_response_dto import UpdateSubscriberPreferenceResponseDto
    from .update_subscriber_preference_response_dto_envelope import UpdateSubscriberPreferenceResponseDtoEnvelope
    from .update_subscriber_preference_response_dto_list_envelope import (
        UpdateSubscriberPreferenceResponseDtoListEnvelope,
    )
    from .update_subscriber_request_dto import UpdateSubscriberRequestDto
    from .update_subscriber_request_dto_data import UpdateSubscriberRequestDtoData
    from .update_tenant_request_dto import UpdateTenantRequestDto
    from .update_tenant_request_dto_data import UpdateTenantRequestDtoData
    from .update_tenant_response_dto import UpdateTenantResponseDto
    from .update_tenant_response_dto_data import UpdateTenantResponseDtoData
    from .update_tenant_response_dto_envelope import UpdateTenantResponseDtoEnvelope
    from .update_workflow_request_dto import UpdateWorkflowRequestDto
    from .update_workflow_request_dto_data import UpdateWorkflowRequestDtoData
    from .updated_subscriber_dto import UpdatedSubscriberDto
    from .validation_error_dto import ValidationErrorDto
    from .validation_error_dto_ctx import ValidationErrorDtoCtx
    from .validation_error_dto_errors import ValidationErrorDtoErrors
    from .validation_error_dto_errors_additional_property import ValidationErrorDtoErrorsAdditionalProperty
    from .validation_error_dto_errors_additional_property_value_type_3 import (
        ValidationErrorDtoErrorsAdditionalPropertyValueType3,
    )
    from .validation_error_dto_errors_additional_property_value_type_4_item import (
        ValidationErrorDtoErrorsAdditionalPropertyValueType4Item,
    )
    from .variables_response_dto import VariablesResponseDto
    from .variables_response_dto_envelope import VariablesResponseDtoEnvelope
    from .variables_response_dto_system import VariablesResponseDtoSystem
    from .variables_response_dto_translations import VariablesResponseDtoTranslations
    from .workflow_info_dto import WorkflowInfoDto
    from .workflow_preference_dto import WorkflowPreferenceDto
    from .workflow_response import WorkflowResponse
    from .workflow_response_data import WorkflowResponseData
    from .workflow_response_envelope import WorkflowResponseEnvelope
    from .workflow_response_workflow_integration_status import WorkflowResponseWorkflowIntegrationStatus
    from .workflows_response_dto import WorkflowsResponseDto

_MODULES = {
    "ActivitiesResponseDto": ".activities_response_dto",
    "ActivityGraphStatesResponse": ".activity_graph_states_response",
    "ActivityGraphStatesResponseChannelsItem": ".activity_graph_states_response_channels_item",
    "ActivityGraphStatesResponseListEnvelope": ".activity_graph_states_response_list_envelope",
    "ActivityNotificationExecutionDetailResponseDto": ".activity_notification_execution_detail_response_dto",
    "ActivityNotificationJobResponseDto": ".activity_notification_job_response_dto",
    "ActivityNotificationJobResponseDtoPayload": ".activity_notification_job_response_dto_payload",
    "ActivityNotificationJobResponseDtoType": ".activity_notification_job_response_dto_type",
    "ActivityNotificationResponseDto": ".activity_notification_response_dto",
    "ActivityNotificationResponseDtoControls": ".activity_notification_response_dto_controls",
    "ActivityNotificationResponseDtoEnvelope": ".activity_notification_response_dto_envelope",
    "ActivityNotificationResponseDtoPayload": ".activity_notification_response_dto_payload",
    "ActivityNotificationResponseDtoTo": ".activity_notification_response_dto_to",
    "ActivityNotificationStepResponseDto": ".activity_notification_step_response_dto",
    "ActivityNotificationStepResponseDtoControlVariables": ".activity_notification_step_response_dto_control_variables",
    "ActivityNotificationStepResponseDtoIssues": ".activity_notification_step_response_dto_issues",
    "ActivityNotificationStepResponseDtoMetadata": ".activity_notification_step_response_dto_metadata",
    "ActivityNotificationStepResponseDtoReplyCallback": ".activity_notification_step_response_dto_reply_callback",
    "ActivityNotificationSubscriberResponseDto": ".activity_notification_subscriber_response_dto",
    "ActivityNotificationTemplateResponseDto": ".activity_notification_template_response_dto",
    "ActivityStatsResponseDto": ".activity_stats_response_dto",
    "ActivityStatsResponseDtoEnvelope": ".activity_stats_response_dto_envelope",
    "Actor": ".actor",
    "ActorFeedItemDto": ".actor_feed_item_dto",
    "ActorType": ".actor_type",
    "ActorTypeEnum": ".actor_type_enum",
    "AddSubscribersRequestDto": ".add_subscribers_request_dto",
    "ApiKey": ".api_key",
    "ApiKeyListEnvelope": ".api_key_list_envelope",
    "AssignSubscriberToTopicDto": ".assign_subscriber_to_topic_dto",
    "AssignSubscriberToTopicDtoEnvelope": ".assign_subscriber_to_topic_dto_envelope",
    "BlueprintResponseDto": ".blueprint_response_dto",
    "BlueprintResponseDtoEnvelope": ".blueprint_response_dto_envelope",
    "BlueprintResponseDtoNotificationGroup": ".blueprint_response_dto_notification_group",
    "BlueprintResponseDtoPreferenceSettings": ".blueprint_response_dto_preference_settings",
    "BlueprintResponseDtoStepsItem": ".blueprint_response_dto_steps_item",
    "BlueprintResponseDtoTriggersItem": ".blueprint_response_dto_triggers_item",
    "BuilderFieldTypeEnum": ".builder_field_type_enum",
    "BulkApplyChangeDto": ".bulk_apply_change_dto",
    "BulkApplyDiffResponse201": ".bulk_apply_diff_response_201",
    "BulkCreateSubscriberResponseDto": ".bulk_create_subscriber_response_dto",
    "BulkCreateSubscriberResponseDtoEnvelope": ".bulk_create_subscriber_response_dto_envelope",
    "BulkSubscriberCreateDto": ".bulk_subscriber_create_dto",
    "BulkTriggerEventDto": ".bulk_trigger_event_dto",
    "ButtonTypeEnum": ".button_type_enum",
    "ChangeResponseDto": ".change_response_dto",
    "ChangeResponseDtoChangeItem": ".change_response_dto_change_item",
    "ChangeResponseDtoListEnvelope": ".change_response_dto_list_envelope",
    "ChangeResponseDtoType": ".change_response_dto_type",
    "ChangeWorkflowStatusRequestDto": ".change_workflow_status_request_dto",
    "ChangesResponseDto": ".changes_response_dto",
    "ChannelCredentials": ".channel_credentials",
    "ChannelCredentialsDto": ".channel_credentials_dto",
    "ChannelCTATypeEnum": ".channel_cta_type_enum",
    "ChannelPreference": ".channel_preference",
    "ChannelPreferenceType": ".channel_preference_type",
    "ChannelSettings": ".channel_settings",
    "ChannelSettingsDto": ".channel_settings_dto",
    "ChannelSettingsDtoProviderId": ".channel_settings_dto_provider_id",
    "ChannelSettingsProviderId": ".channel_settings_provider_id",
    "ChannelTypeEnum": ".channel_type_enum",
    "ChannelUsageDto": ".channel_usage_dto",
    "ChannelUsageDtoEnvelope": ".channel_usage_dto_envelope",
    "CreateEnvironmentRequestDto": ".create_environment_request_dto",
    "CreateFeedRequestDto": ".create_feed_request_dto",
    "CreateIntegrationRequestDto": ".create_integration_request_dto",
    "CreateIntegrationRequestDtoChannel": ".create_integration_request_dto_channel",
    "CreateLayoutRequestDto": ".create_layout_request_dto",
    "CreateLayoutRequestDtoVariablesItem": ".create_layout_request_dto_variables_item",
    "CreateLayoutResponseDto": ".create_layout_response_dto",
    "CreateLayoutResponseDtoEnvelope": ".create_layout_response_dto_envelope",
    "CreateNotificationGroupRequestDto": ".create_notification_group_request_dto",
    "CreateOrganizationDto": ".create_organization_dto",
    "CreateOrganizationDtoJobTitle": ".create_organization_dto_job_title",
    "CreateOrganizationDtoProductUseCases": ".create_organization_dto_product_use_cases",
    "CreateSubscriberRequestDto": ".create_subscriber_request_dto",
    "CreateSubscriberRequestDtoDataType0": ".create_subscriber_request_dto_data_type_0",
    "CreateTenantRequestDto": ".create_tenant_request_dto",
    "CreateTenantRequestDtoData": ".create_tenant_request_dto_data",
    "CreateTenantResponseDto": ".create_tenant_response_dto",
    "CreateTenantResponseDtoData": ".create_tenant_response_dto_data",
    "CreateTenantResponseDtoEnvelope": ".create_tenant_response_dto_envelope",
    "CreateTopicRequestDto": ".create_topic_request_dto",
    "CreateTopicResponseDto": ".create_topic_response_dto",
    "CreateTopicResponseDtoEnvelope": ".create_topic_response_dto_envelope",
    "CreateWorkflowRequestDto": ".create_workflow_request_dto",
    "CreateWorkflowRequestDtoData": ".create_workflow_request_dto_data",
    "CreateWorkflowRequestDtoNotificationGroup": ".create_workflow_request_dto_notification_group",
    "CreatedSubscriberDto": ".created_subscriber_dto",
    "CredentialsDto": ".credentials_dto",
    "CredentialsDtoTlsOptions": ".credentials_dto_tls_options",
    "DataBooleanDto": ".data_boolean_dto",
    "DataNumberDto": ".data_number_dto",
    "DataWrapperDto": ".data_wrapper_dto",
    "DataWrapperDtoData": ".data_wrapper_dto_data",
    "DelayRegularMetadata": ".delay_regular_metadata",
    "DelayRegularMetadataType": ".delay_regular_metadata_type",
    "DelayRegularMetadataUnit": ".delay_regular_metadata_unit",
    "DelayScheduledMetadata": ".delay_scheduled_metadata",
    "DelayScheduledMetadataType": ".delay_scheduled_metadata_type",
    "DeleteMessageResponseDto": ".delete_message_response_dto",
    "DeleteMessageResponseDtoEnvelope": ".delete_message_response_dto_envelope",
    "DeleteMessageResponseDtoStatus": ".delete_message_response_dto_status",
    "DeleteMessagesByTransactionIdChannel": ".delete_messages_by_transaction_id_channel",
    "DeleteNotificationGroupResponseDto": ".delete_notification_group_response_dto",
    "DeleteNotificationGroupResponseDtoEnvelope": ".delete_notification_group_response_dto_envelope",
    "DeleteNotificationGroupResponseDtoStatus": ".delete_notification_group_response_dto_status",
    "DeleteNotificationTemplateResponse200": ".delete_notification_template_response_200",
    "DeleteSubscriberResponseDto": ".delete_subscriber_response_dto",
    "DeleteSubscriberResponseDtoEnvelope": ".delete_subscriber_response_dto_envelope",
    "DeleteSubscriberResponseDtoStatus": ".delete_subscriber_response_dto_status",
    "DigestMetadataDto": ".digest_metadata_dto",
    "DigestMetadataDtoEventsItem": ".digest_metadata_dto_events_item",
    "DigestMetadataDtoUnit": ".digest_metadata_dto_unit",
    "DigestRegularMetadata": ".digest_regular_metadata",
    "DigestRegularMetadataBackoffUnit": ".digest_regular_metadata_backoff_unit",
    "DigestRegularMetadataType": ".digest_regular_metadata_type",
    "DigestRegularMetadataUnit": ".digest_regular_metadata_unit",
    "DigestTimedConfigDto": ".digest_timed_config_dto",
    "DigestTimedConfigDtoWeekDaysItem": ".digest_timed_config_dto_week_days_item",
    "DigestTimedMetadata": ".digest_timed_metadata",
    "DigestTimedMetadataType": ".digest_timed_metadata_type",
    "DigestTimedMetadataUnit": ".digest_timed_metadata_unit",
    "DigestTypeEnum": ".digest_type_enum",
    "DigestUnitEnum": ".digest_unit_enum",
    "EmailBlock": ".email_block",
    "EmailBlockStyles": ".email_block_styles",
    "EmailBlockTypeEnum": ".email_block_type_enum",
    "EnvironmentResponseDto": ".environment_response_dto",
    "EnvironmentResponseDtoApiKeysItem": ".environment_response_dto_api_keys_item",
    "EnvironmentResponseDtoEnvelope": ".environment_response_dto_envelope",
    "EnvironmentResponseDtoListEnvelope": ".environment_response_dto_list_envelope",
    "ErrorDto": ".error_dto",
    "ErrorDtoCtx": ".error_dto_ctx",
    "ExecutionDetailsResponseDto": ".execution_details_response_dto",
    "ExecutionDetailsResponseDtoChannel": ".execution_details_response_dto_channel",
    "ExecutionDetailsResponseDtoListEnvelope": ".execution_details_response_dto_list_envelope",
    "ExecutionDetailsResponseDtoSource": ".execution_details_response_dto_source",
    "ExecutionDetailsResponseDtoStatus": ".execution_details_response_dto_status",
    "ExecutionDetailsSourceEnum": ".execution_details_source_enum",
    "ExecutionDetailsStatusEnum": ".execution_details_status_enum",
    "FailedAssignmentsDto": ".failed_assignments_dto",
    "FailedOperationDto": ".failed_operation_dto",
    "FeedResponseDto": ".feed_response_dto",
    "FeedResponseDto20240630": ".feed_response_dto_20240630",
    "FeedResponseDto20240630Envelope": ".feed_response_dto_20240630_envelope",
    "FeedResponseDto20240630ListEnvelope": ".feed_response_dto_20240630_list_envelope",
    "FieldFilterPart": ".field_filter_part",
    "FieldFilterPartDto": ".field_filter_part_dto",
    "FieldFilterPartDtoOn": ".field_filter_part_dto_on",
    "FieldFilterPartDtoOperator": ".field_filter_part_dto_operator",
    "FieldFilterPartOn": ".field_filter_part_on",
    "FieldFilterPartOperator": ".field_filter_part_operator",
    "FilterTopicsResponseDto": ".filter_topics_response_dto",
    "GeneratePreviewResponseDto": ".generate_preview_response_dto",
    "GetChannelLimitChannelType": ".get_channel_limit_channel_type",
    "GetLayoutResponseDto": ".get_layout_response_dto",
    "GetLayoutResponseDtoChannel": ".get_layout_response_dto_channel",
    "GetLayoutResponseDtoEnvelope": ".get_layout_response_dto_envelope",
    "GetLayoutResponseDtoVariablesItem": ".get_layout_response_dto_variables_item",
    "GetSubscriberPreferencesDto": ".get_subscriber_preferences_dto",
    "GetSubscriberPreferencesDtoEnvelope": ".get_subscriber_preferences_dto_envelope",
    "GetSubscriberPreferencesResponseDto": ".get_subscriber_preferences_response_dto",
    "GetSubscriberPreferencesResponseDtoListEnvelope": ".get_subscriber_preferences_response_dto_list_envelope",
    "GetTenantResponseDto": ".get_tenant_response_dto",
    "GetTenantResponseDtoData": ".get_tenant_response_dto_data",
    "GetTenantResponseDtoEnvelope": ".get_tenant_response_dto_envelope",
    "GetTopicResponseDto": ".get_topic_response_dto",
    "GetTopicResponseDtoEnvelope": ".get_topic_response_dto_envelope",
    "GetWebhookSupportStatusLegacyResponse200": ".get_webhook_support_status_legacy_response_200",
    "GetWebhookSupportStatusResponse200": ".get_webhook_support_status_response_200",
    "GlobalPreferenceDto": ".global_preference_dto",
    "GroupedBlueprintResponseDto": ".grouped_blueprint_response_dto",
    "GroupedBlueprintResponseDtoEnvelope": ".grouped_blueprint_response_dto_envelope",
    "GroupedBlueprintResponseDtoGeneralItem": ".grouped_blueprint_response_dto_general_item",
    "IPartnerConfigurationResponseDto": ".i_partner_configuration_response_dto",
    "IPartnerConfigurationResponseDtoPartnerType": ".i_partner_configuration_response_dto_partner_type",
    "IntegrationResponseDto": ".integration_response_dto",
    "IntegrationResponseDtoChannel": ".integration_response_dto_channel",
    "IntegrationResponseDtoEnvelope": ".integration_response_dto_envelope",
    "IntegrationResponseDtoListEnvelope": ".integration_response_dto_list_envelope",
    "ListLayoutsOrderBy": ".list_layouts_order_by",
    "ListLayoutsResponse200": ".list_layouts_response_200",
    "ListSubscribersResponse200": ".list_subscribers_response_200",
    "ListSubscribersResponseDto": ".list_subscribers_response_dto",
    "ListTenantsResponse200": ".list_tenants_response_200",
    "MarkAllMessageAsRequestDto": ".mark_all_message_as_request_dto",
    "MarkAllMessageAsRequestDtoMarkAs": ".mark_all_message_as_request_dto_mark_as",
    "MarkAllUnreadAsReadResponse201": ".mark_all_unread_as_read_response_201",
    "MarkMessageActionAsSeenDto": ".mark_message_action_as_seen_dto",
    "MarkMessageActionAsSeenDtoPayload": ".mark_message_action_as_seen_dto_payload",
    "MarkMessageActionAsSeenDtoStatus": ".mark_message_action_as_seen_dto_status",
    "MarkMessageAsRequestDto": ".mark_message_as_request_dto",
    "MarkMessageAsRequestDtoMark": ".mark_message_as_request_dto_mark",
    "MemberInviteDTO": ".member_invite_dto",
    "MemberResponseDto": ".member_response_dto",
    "MemberResponseDtoEnvelope": ".member_response_dto_envelope",
    "MemberResponseDtoListEnvelope": ".member_response_dto_list_envelope",
    "MemberResponseDtoMemberStatus": ".member_response_dto_member_status",
    "MemberResponseDtoRolesItem": ".member_response_dto_roles_item",
    "MemberUserDto": ".member_user_dto",
    "MessageAction": ".message_action",
    "MessageActionResult": ".message_action_result",
    "MessageActionResultPayload": ".message_action_result_payload",
    "MessageActionStatusEnum": ".message_action_status_enum",
    "MessageButton": ".message_button",
    "MessageCTA": ".message_cta",
    "MessageCTAData": ".message_cta_data",
    "MessageEntity": ".message_entity",
    "MessageEntityListEnvelope": ".message_entity_list_envelope",
    "MessageMarkAsRequestDto": ".message_mark_as_request_dto",
    "MessageMarkAsRequestDtoMarkAs": ".message_mark_as_request_dto_mark_as",
    "MessageResponseDto": ".message_response_dto",
    "MessageResponseDtoEnvelope": ".message_response_dto_envelope",
    "MessageResponseDtoListEnvelope": ".message_response_dto_list_envelope",
    "MessageResponseDtoOverrides": ".message_response_dto_overrides",
    "MessageResponseDtoPayload": ".message_response_dto_payload",
    "MessageStatusEnum": ".message_status_enum",
    "MessageTemplate": ".message_template",
    "MessageTemplateDto": ".message_template_dto",
    "MonthlyTypeEnum": ".monthly_type_enum",
    "MxRecordStatusDto": ".mx_record_status_dto",
    "MxRecordStatusDtoEnvelope": ".mx_record_status_dto_envelope",
    "NotificationDto": ".notification_dto",
    "NotificationDtoChannel": ".notification_dto_channel",
    "NotificationDtoOverrides": ".notification_dto_overrides",
    "NotificationDtoPayload": ".notification_dto_payload",
    "NotificationDtoStatus": ".notification_dto_status",
    "NotificationFeedItemDto": ".notification_feed_item_dto",
    "NotificationFeedItemDtoOverrides": ".notification_feed_item_dto_overrides",
    "NotificationFeedItemDtoPayload": ".notification_feed_item_dto_payload",
    "NotificationFeedItemDtoStatus": ".notification_feed_item_dto_status",
    "NotificationGroup": ".notification_group",
    "NotificationGroupResponseDto": ".notification_group_response_dto",
    "NotificationGroupResponseDtoEnvelope": ".notification_group_response_dto_envelope",
    "NotificationGroupResponseDtoListEnvelope": ".notification_group_response_dto_list_envelope",
    "NotificationStep": ".notification_step",
    "NotificationStepData": ".notification_step_data",
    "NotificationStepDto": ".notification_step_dto",
    "NotificationStepParentId": ".notification_step_parent_id",
    "NotificationStepReplyCallback": ".notification_step_reply_callback",
    "NotificationStepVariant": ".notification_step_variant",
    "NotificationStepVariantParentId": ".notification_step_variant_parent_id",
    "NotificationStepVariantReplyCallback": ".notification_step_variant_reply_callback",
    "NotificationTrigger": ".notification_trigger",
    "NotificationTriggerDto": ".notification_trigger_dto",
    "NotificationTriggerDtoType": ".notification_trigger_dto_type",
    "NotificationTriggerType": ".notification_trigger_type",
    "NotificationTriggerVariable": ".notification_trigger_variable",
    "OrdinalEnum": ".ordinal_enum",
    "OrdinalValueEnum": ".ordinal_value_enum",
    "OrganizationBrandingResponseDto": ".organization_branding_response_dto",
    "OrganizationBrandingResponseDtoDirection": ".organization_branding_response_dto_direction",
    "OrganizationBrandingResponseDtoEnvelope": ".organization_branding_response_dto_envelope",
    "OrganizationResponseDto": ".organization_response_dto",
    "OrganizationResponseDtoEnvelope": ".organization_response_dto_envelope",
    "OrganizationResponseDtoListEnvelope": ".organization_response_dto_list_envelope",
    "Overrides": ".overrides",
    "OverridesChannel": ".overrides_channel",
    "OverridesSource": ".overrides_source",
    "PaginatedResponseDto": ".paginated_response_dto",
    "PaginatedResponseDtoDataItem": ".paginated_response_dto_data_item",
    "PatchPreferenceChannelsDto": ".patch_preference_channels_dto",
    "PatchSubscriberPreferencesDto": ".patch_subscriber_preferences_dto",
    "PatchSubscriberRequestDto": ".patch_subscriber_request_dto",
    "PatchSubscriberRequestDtoDataType0": ".patch_subscriber_request_dto_data_type_0",
    "Preference": ".preference",
    "PreferenceChannels": ".preference_channels",
    "ProvidersIdEnum": ".providers_id_enum",
    "RemoveSubscriberResponseDto": ".remove_subscriber_response_dto",
    "RemoveSubscriberResponseDtoEnvelope": ".remove_subscriber_response_dto_envelope",
    "RemoveSubscribersRequestDto": ".remove_subscribers_request_dto",
    "RenameOrganizationDto": ".rename_organization_dto",
    "RenameOrganizationDtoEnvelope": ".rename_organization_dto_envelope",
    "RenameTopicRequestDto": ".rename_topic_request_dto",
    "RenameTopicResponseDto": ".rename_topic_response_dto",
    "RenameTopicResponseDtoEnvelope": ".rename_topic_response_dto_envelope",
    "ReplyCallback": ".reply_callback",
    "SearchSubscribersOrderDirection": ".search_subscribers_order_direction",
    "StepFilter": ".step_filter",
    "StepFilterDto": ".step_filter_dto",
    "StepFilterDtoValue": ".step_filter_dto_value",
    "StepFilterType": ".step_filter_type",
    "StepFilterValue": ".step_filter_value",
    "StepTypeEnum": ".step_type_enum",
    "String": ".string",
    "SubscriberChannelDto": ".subscriber_channel_dto",
    "SubscriberChannelDtoProviderId": ".subscriber_channel_dto_provider_id",
    "SubscriberFeedResponseDto": ".subscriber_feed_response_dto",
    "SubscriberPayloadDto": ".subscriber_payload_dto",
    "SubscriberPayloadDtoData": ".subscriber_payload_dto_data",
    "SubscriberResponseDto": ".subscriber_response_dto",
    "SubscriberResponseDtoDataType0": ".subscriber_response_dto_data_type_0",
    "SubscriberResponseDtoEnvelope": ".subscriber_response_dto_envelope",
    "TemplateResponse": ".template_response",
    "TenantPayloadDto": ".tenant_payload_dto",
    "TenantPayloadDtoData": ".tenant_payload_dto_data",
    "TextAlignEnum": ".text_align_enum",
    "TimedConfig": ".timed_config",
    "TimedConfigMonthlyType": ".timed_config_monthly_type",
    "TimedConfigOrdinal": ".timed_config_ordinal",
    "TimedConfigOrdinalValue": ".timed_config_ordinal_value",
    "TimedConfigWeekDaysItem": ".timed_config_week_days_item",
    "TopicDto": ".topic_dto",
    "TopicPayloadDto": ".topic_payload_dto",
    "TopicSubscriberDto": ".topic_subscriber_dto",
    "TopicSubscriberDtoEnvelope": ".topic_subscriber_dto_envelope",
    "TriggerEventRequestDto": ".trigger_event_request_dto",
    "TriggerEventRequestDtoOverrides": ".trigger_event_request_dto_overrides",
    "TriggerEventRequestDtoOverridesAdditionalProperty": ".trigger_event_request_dto_overrides_additional_property",
    "TriggerEventRequestDtoPayload": ".trigger_event_request_dto_payload",
    "TriggerEventResponseDto": ".trigger_event_response_dto",
    "TriggerEventResponseDtoEnvelope": ".trigger_event_response_dto_envelope",
    "TriggerEventResponseDtoListEnvelope": ".trigger_event_response_dto_list_envelope",
    "TriggerEventResponseDtoStatus": ".trigger_event_response_dto_status",
    "TriggerEventToAllRequestDto": ".trigger_event_to_all_request_dto",
    "TriggerEventToAllRequestDtoOverrides": ".trigger_event_to_all_request_dto_overrides",
    "TriggerEventToAllRequestDtoPayload": ".trigger_event_to_all_request_dto_payload",
    "TriggerRecipientsTypeEnum": ".trigger_recipients_type_enum",
    "UnseenCountResponse": ".unseen_count_response",
    "UnseenCountResponseEnvelope": ".unseen_count_response_envelope",
    "UpdateBrandingDetailsDto": ".update_branding_details_dto",
    "UpdateIntegrationRequestDto": ".update_integration_request_dto",
    "UpdateLayoutRequestDto": ".update_layout_request_dto",
    "UpdateLayoutRequestDtoVariablesItem": ".update_layout_request_dto_variables_item",
    "UpdateLayoutResponseDto": ".update_layout_response_dto",
    "UpdateLayoutResponseDtoChannel": ".update_layout_response_dto_channel",
    "UpdateLayoutResponseDtoEnvelope": ".update_layout_response_dto_envelope",
    "UpdateLayoutResponseDtoVariablesItem": ".update_layout_response_dto_variables_item",
    "UpdateSubscriberChannelRequestDto": ".update_subscriber_channel_request_dto",
    "UpdateSubscriberChannelRequestDtoProviderId": ".update_subscriber_channel_request_dto_provider_id",
    "UpdateSubscriberGlobalPreferencesRequestDto": ".update_subscriber_global_preferences_request_dto",
    "UpdateSubscriberOnlineFlagRequestDto": ".update_subscriber_online_flag_request_dto",
    "UpdateSubscriberPreferenceRequestDto": ".update_subscriber_preference_request_dto",
    "UpdateSubscriberPreferenceResponseDto": ".update_subscriber_preference_response_dto",
    "UpdateSubscriberPreferenceResponseDtoEnvelope": ".update_subscriber_preference_response_dto_envelope",
    "UpdateSubscriberPreferenceResponseDtoListEnvelope": ".update_subscriber_preference_response_dto_list_envelope",
    "UpdateSubscriberRequestDto": ".update_subscriber_request_dto",
    "UpdateSubscriberRequestDtoData": ".update_subscriber_request_dto_data",
    "UpdateTenantRequestDto": ".update_tenant_request_dto",
    "UpdateTenantRequestDtoData": ".update_tenant_request_dto_data",
    "UpdateTenantResponseDto": ".update_tenant_response_dto",
    "UpdateTenantResponseDtoData": ".update_tenant_response_dto_data",
    "UpdateTenantResponseDtoEnvelope": ".update_tenant_response_dto_envelope",
    "UpdateWorkflowRequestDto": ".update_workflow_request_dto",
    "UpdateWorkflowRequestDtoData": ".update_workflow_request_dto_data",
    "UpdatedSubscriberDto": ".updated_subscriber_dto",
    "ValidationErrorDto": ".validation_error_dto",
    "ValidationErrorDtoCtx": ".validation_error_dto_ctx",
    "ValidationErrorDtoErrors": ".validation_error_dto_errors",
    "ValidationErrorDtoErrorsAdditionalProperty": ".validation_error_dto_errors_additional_property",
    "ValidationErrorDtoErrorsAdditionalPropertyValueType3": ".validation_error_dto_errors_additional_property_value_type_3",
    "ValidationErrorDtoErrorsAdditionalPropertyValueType4Item": ".validation_error_dto_errors_additional_property_value_type_4_item",
    "VariablesResponseDto": ".variables_response_dto",
    "VariablesResponseDtoEnvelope": ".variables_response_dto_envelope",
    "VariablesResponseDtoSystem": ".variables_response_dto_system",
    "VariablesResponseDtoTranslations": ".variables_response_dto_translations",
    "WorkflowInfoDto": ".workflow_info_dto",
    "WorkflowPreferenceDto": ".workflow_preference_dto",
    "WorkflowResponse": ".workflow_response",
    "WorkflowResponseData": ".workflow_response_data",
    "WorkflowResponseEnvelope": ".workflow_response_envelope",
    "WorkflowResponseWorkflowIntegrationStatus": ".workflow_response_workflow_integration_status",
    "WorkflowsResponseDto": ".workflows_response_dto",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "ActivitiesResponseDto",
    "ActivityGraphStatesResponse",
    "ActivityGraphStatesResponseChannelsItem",
    "ActivityGraphStatesResponseListEnvelope",
    "ActivityNotificationExecutionDetailResponseDto",
    "ActivityNotificationJobResponseDto",
    "ActivityNotificationJobResponseDtoPayload",
    "ActivityNotificationJobResponseDtoType",
    "ActivityNotificationResponseDto",
    "ActivityNotificationResponseDtoControls",
    "ActivityNotificationResponseDtoEnvelope",
    "ActivityNotificationResponseDtoPayload",
    "ActivityNotificationResponseDtoTo",
    "ActivityNotificationStepResponseDto",
    "ActivityNotificationStepResponseDtoControlVariables",
    "ActivityNotificationStepResponseDtoIssues",
    "ActivityNotificationStepResponseDtoMetadata",
    "ActivityNotificationStepResponseDtoReplyCallback",
    "ActivityNotificationSubscriberResponseDto",
    "ActivityNotificationTemplateResponseDto",
    "ActivityStatsResponseDto",
    "ActivityStatsResponseDtoEnvelope",
    "Actor",
    "ActorFeedItemDto",
    "ActorType",
    "ActorTypeEnum",
    "AddSubscribersRequestDto",
    "ApiKey",
    "ApiKeyListEnvelope",
    "AssignSubscriberToTopicDto",
    "AssignSubscriberToTopicDtoEnvelope",
    "BlueprintResponseDto",
    "BlueprintResponseDtoEnvelope",
    "BlueprintResponseDtoNotificationGroup",
    "BlueprintResponseDtoPreferenceSettings",
    "BlueprintResponseDtoStepsItem",
    "BlueprintResponseDtoTriggersItem",
    "BuilderFieldTypeEnum",
    "BulkApplyChangeDto",
    "BulkApplyDiffResponse201",
    "BulkCreateSubscriberResponseDto",
    "BulkCreateSubscriberResponseDtoEnvelope",
    "BulkSubscriberCreateDto",
    "BulkTriggerEventDto",
    "ButtonTypeEnum",
    "ChangeResponseDto",
    "ChangeResponseDtoChangeItem",
    "ChangeResponseDtoListEnvelope",
    "ChangeResponseDtoType",
    "ChangesResponseDto",
    "ChangeWorkflowStatusRequestDto",
    "ChannelCredentials",
    "ChannelCredentialsDto",
    "ChannelCTATypeEnum",
    "ChannelPreference",
    "ChannelPreferenceType",
    "ChannelSettings",
    "ChannelSettingsDto",
    "ChannelSettingsDtoProviderId",
    "ChannelSettingsProviderId",
    "ChannelTypeEnum",
    "ChannelUsageDto",
    "ChannelUsageDtoEnvelope",
    "CreatedSubscriberDto",
    "CreateEnvironmentRequestDto",
    "CreateFeedRequestDto",
    "CreateIntegrationRequestDto",
    "CreateIntegrationRequestDtoChannel",
    "CreateLayoutRequestDto",
    "CreateLayoutRequestDtoVariablesItem",
    "CreateLayoutResponseDto",
    "CreateLayoutResponseDtoEnvelope",
    "CreateNotificationGroupRequestDto",
    "CreateOrganizationDto",
    "CreateOrganizationDtoJobTitle",
    "CreateOrganizationDtoProductUseCases",
    "CreateSubscriberRequestDto",
    "CreateSubscriberRequestDtoDataType0",
    "CreateTenantRequestDto",
    "CreateTenantRequestDtoData",
    "CreateTenantResponseDto",
    "CreateTenantResponseDtoData",
    "CreateTenantResponseDtoEnvelope",
    "CreateTopicRequestDto",
    "CreateTopicResponseDto",
    "CreateTopicResponseDtoEnvelope",
    "CreateWorkflowRequestDto",
    "CreateWorkflowRequestDtoData",
    "CreateWorkflowRequestDtoNotificationGroup",
    "CredentialsDto",
    "CredentialsDtoTlsOptions",
    "DataBooleanDto",
    "DataNumberDto",
    "DataWrapperDto",
    "DataWrapperDtoData",
    "DelayRegularMetadata",
    "DelayRegularMetadataType",
    "DelayRegularMetadataUnit",
    "DelayScheduledMetadata",
    "DelayScheduledMetadataType",
    "DeleteMessageResponseDto",
    "DeleteMessageResponseDtoEnvelope",
    "DeleteMessageResponseDtoStatus",
    "DeleteMessagesByTransactionIdChannel",
    "DeleteNotificationGroupResponseDto",
    "DeleteNotificationGroupResponseDtoEnvelope",
    "DeleteNotificationGroupResponseDtoStatus",
    "DeleteNotificationTemplateResponse200",
    "DeleteSubscriberResponseDto",
    "DeleteSubscriberResponseDtoEnvelope",
    "DeleteSubscriberResponseDtoStatus",
    "DigestMetadataDto",
    "DigestMetadataDtoEventsItem",
    "DigestMetadataDtoUnit",
    "DigestRegularMetadata",
    "DigestRegularMetadataBackoffUnit",
    "DigestRegularMetadataType",
    "DigestRegularMetadataUnit",
    "DigestTimedConfigDto",
    "DigestTimedConfigDtoWeekDaysItem",
    "DigestTimedMetadata",
    "DigestTimedMetadataType",
    "DigestTimedMetadataUnit",
    "DigestTypeEnum",
    "DigestUnitEnum",
    "EmailBlock",
    "EmailBlockStyles",
    "EmailBlockTypeEnum",
    "EnvironmentResponseDto",
    "EnvironmentResponseDtoApiKeysItem",
    "EnvironmentResponseDtoEnvelope",
    "EnvironmentResponseDtoListEnvelope",
    "ErrorDto",
    "ErrorDtoCtx",
    "ExecutionDetailsResponseDto",
    "ExecutionDetailsResponseDtoChannel",
    "ExecutionDetailsResponseDtoListEnvelope",
    "ExecutionDetailsResponseDtoSource",
    "ExecutionDetailsResponseDtoStatus",
    "ExecutionDetailsSourceEnum",
    "ExecutionDetailsStatusEnum",
    "FailedAssignmentsDto",
    "FailedOperationDto",
    "FeedResponseDto",
    "FeedResponseDto20240630",
    "FeedResponseDto20240630Envelope",
    "FeedResponseDto20240630ListEnvelope",
    "FieldFilterPart",
    "FieldFilterPartDto",
    "FieldFilterPartDtoOn",
    "FieldFilterPartDtoOperator",
    "FieldFilterPartOn",
    "FieldFilterPartOperator",
    "FilterTopicsResponseDto",
    "GeneratePreviewResponseDto",
    "GetChannelLimitChannelType",
    "GetLayoutResponseDto",
    "GetLayoutResponseDtoChannel",
    "GetLayoutResponseDtoEnvelope",
    "GetLayoutResponseDtoVariablesItem",
    "GetSubscriberPreferencesDto",
    "GetSubscriberPreferencesDtoEnvelope",
    "GetSubscriberPreferencesResponseDto",
    "GetSubscriberPreferencesResponseDtoListEnvelope",
    "GetTenantResponseDto",
    "GetTenantResponseDtoData",
    "GetTenantResponseDtoEnvelope",
    "GetTopicResponseDto",
    "GetTopicResponseDtoEnvelope",
    "GetWebhookSupportStatusLegacyResponse200",
    "GetWebhookSupportStatusResponse200",
    "GlobalPreferenceDto",
    "GroupedBlueprintResponseDto",
    "GroupedBlueprintResponseDtoEnvelope",
    "GroupedBlueprintResponseDtoGeneralItem",
    "IntegrationResponseDto",
    "IntegrationResponseDtoChannel",
    "IntegrationResponseDtoEnvelope",
    "IntegrationResponseDtoListEnvelope",
    "IPartnerConfigurationResponseDto",
    "IPartnerConfigurationResponseDtoPartnerType",
    "ListLayoutsOrderBy",
    "ListLayoutsResponse200",
    "ListSubscribersResponse200",
    "ListSubscribersResponseDto",
    "ListTenantsResponse200",
    "MarkAllMessageAsRequestDto",
    "MarkAllMessageAsRequestDtoMarkAs",
    "MarkAllUnreadAsReadResponse201",
    "MarkMessageActionAsSeenDto",
    "MarkMessageActionAsSeenDtoPayload",
    "MarkMessageActionAsSeenDtoStatus",
    "MarkMessageAsRequestDto",
    "MarkMessageAsRequestDtoMark",
    "MemberInviteDTO",
    "MemberResponseDto",
    "MemberResponseDtoEnvelope",
    "MemberResponseDtoListEnvelope",
    "MemberResponseDtoMemberStatus",
    "MemberResponseDtoRolesItem",
    "MemberUserDto",
    "MessageAction",
    "MessageActionResult",
    "MessageActionResultPayload",
    "MessageActionStatusEnum",
    "MessageButton",
    "MessageCTA",
    "MessageCTAData",
    "MessageEntity",
    "MessageEntityListEnvelope",
    "MessageMarkAsRequestDto",
    "MessageMarkAsRequestDtoMarkAs",
    "MessageResponseDto",
    "MessageResponseDtoEnvelope",
    "MessageResponseDtoListEnvelope",
    "MessageResponseDtoOverrides",
    "MessageResponseDtoPayload",
    "MessageStatusEnum",
    "MessageTemplate",
    "MessageTemplateDto",
    "MonthlyTypeEnum",
    "MxRecordStatusDto",
    "MxRecordStatusDtoEnvelope",
    "NotificationDto",
    "NotificationDtoChannel",
    "NotificationDtoOverrides",
    "NotificationDtoPayload",
    "NotificationDtoStatus",
    "NotificationFeedItemDto",
    "NotificationFeedItemDtoOverrides",
    "NotificationFeedItemDtoPayload",
    "NotificationFeedItemDtoStatus",
    "NotificationGroup",
    "NotificationGroupResponseDto",
    "NotificationGroupResponseDtoEnvelope",
    "NotificationGroupResponseDtoListEnvelope",
    "NotificationStep",
    "NotificationStepData",
    "NotificationStepDto",
    "NotificationStepParentId",
    "NotificationStepReplyCallback",
    "NotificationStepVariant",
    "NotificationStepVariantParentId",
    "NotificationStepVariantReplyCallback",
    "NotificationTrigger",
    "NotificationTriggerDto",
    "NotificationTriggerDtoType",
    "NotificationTriggerType",
    "NotificationTriggerVariable",
    "OrdinalEnum",
    "OrdinalValueEnum",
    "OrganizationBrandingResponseDto",
    "OrganizationBrandingResponseDtoDirection",
    "OrganizationBrandingResponseDtoEnvelope",
    "OrganizationResponseDto",
    "OrganizationResponseDtoEnvelope",
    "OrganizationResponseDtoListEnvelope",
    "Overrides",
    "OverridesChannel",
    "OverridesSource",
    "PaginatedResponseDto",
    "PaginatedResponseDtoDataItem",
    "PatchPreferenceChannelsDto",
    "PatchSubscriberPreferencesDto",
    "PatchSubscriberRequestDto",
    "PatchSubscriberRequestDtoDataType0",
    "Preference",
    "PreferenceChannels",
    "ProvidersIdEnum",
    "RemoveSubscriberResponseDto",
    "RemoveSubscriberResponseDtoEnvelope",
    "RemoveSubscribersRequestDto",
    "RenameOrganizationDto",
    "RenameOrganizationDtoEnvelope",
    "RenameTopicRequestDto",
    "RenameTopicResponseDto",
    "RenameTopicResponseDtoEnvelope",
    "ReplyCallback",
    "SearchSubscribersOrderDirection",
    "StepFilter",
    "StepFilterDto",
    "StepFilterDtoValue",
    "StepFilterType",
    "StepFilterValue",
    "StepTypeEnum",
    "String",
    "SubscriberChannelDto",
    "SubscriberChannelDtoProviderId",
    "SubscriberFeedResponseDto",
    "SubscriberPayloadDto",
    "SubscriberPayloadDtoData",
    "SubscriberResponseDto",
    "SubscriberResponseDtoDataType0",
    "SubscriberResponseDtoEnvelope",
    "TemplateResponse",
    "TenantPayloadDto",
    "TenantPayloadDtoData",
    "TextAlignEnum",
    "TimedConfig",
    "TimedConfigMonthlyType",
    "TimedConfigOrdinal",
    "TimedConfigOrdinalValue",
    "TimedConfigWeekDaysItem",
    "TopicDto",
    "TopicPayloadDto",
    "TopicSubscriberDto",
    "TopicSubscriberDtoEnvelope",
    "TriggerEventRequestDto",
    "TriggerEventRequestDtoOverrides",
    "TriggerEventRequestDtoOverridesAdditionalProperty",
    "TriggerEventRequestDtoPayload",
    "TriggerEventResponseDto",
    "TriggerEventResponseDtoEnvelope",
    "TriggerEventResponseDtoListEnvelope",
    "TriggerEventResponseDtoStatus",
    "TriggerEventToAllRequestDto",
    "TriggerEventToAllRequestDtoOverrides",
    "TriggerEventToAllRequestDtoPayload",
    "TriggerRecipientsTypeEnum",
    "UnseenCountResponse",
    "UnseenCountResponseEnvelope",
    "UpdateBrandingDetailsDto",
    "UpdatedSubscriberDto",
    "UpdateIntegrationRequestDto",
    "UpdateLayoutRequestDto",
    "UpdateLayoutRequestDtoVariablesItem",
    "UpdateLayoutResponseDto",
    "UpdateLayoutResponseDtoChannel",
    "UpdateLayoutResponseDtoEnvelope",
    "UpdateLayoutResponseDtoVariablesItem",
    "UpdateSubscriberChannelRequestDto",
    "UpdateSubscriberChannelRequestDtoProviderId",
    "UpdateSubscriberGlobalPreferencesRequestDto",
    "UpdateSubscriberOnlineFlagRequestDto",
    "UpdateSubscriberPreferenceRequestDto",
    "UpdateSubscriberPreferenceResponseDto",
    "UpdateSubscriberPreferenceResponseDtoEnvelope",
    "UpdateSubscriberPreferenceResponseDtoListEnvelope",
    "UpdateSubscriberRequestDto",
    "UpdateSubscriberRequestDtoData",
    "UpdateTenantRequestDto",
    "UpdateTenantRequestDtoData",
    "UpdateTenantResponseDto",
    "UpdateTenantResponseDtoData",
    "UpdateTenantResponseDtoEnvelope",
    "UpdateWorkflowRequestDto",
    "UpdateWorkflowRequestDtoData",
    "ValidationErrorDto",
    "ValidationErrorDtoCtx",
    "ValidationErrorDtoErrors",
    "ValidationErrorDtoErrorsAdditionalProperty",
    "ValidationErrorDtoErrorsAdditionalPropertyValueType3",
    "ValidationErrorDtoErrorsAdditionalPropertyValueType4Item",
    "VariablesResponseDto",
    "VariablesResponseDtoEnvelope",
    "VariablesResponseDtoSystem",
    "VariablesResponseDtoTranslations",
    "WorkflowInfoDto",
    "WorkflowPreferenceDto",
    "WorkflowResponse",
    "WorkflowResponseData",
    "WorkflowResponseEnvelope",
    "WorkflowResponseWorkflowIntegrationStatus",
    "WorkflowsResponseDto",
)
