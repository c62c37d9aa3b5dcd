"""Contains all the data models used in inputs/outputs; each loads on first access."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activities_response_dto import ActivitiesResponseDto
    from .activity_graph_states_response import ActivityGraphStatesResponse
    from .activity_graph_states_response_channels_item import ActivityGraphStatesResponseChannelsItem
    from .activity_graph_states_response_list_envelope import ActivityGraphStatesResponseListEnvelope
    from .activity_notification_execution_detail_response_dto import ActivityNotificationExecutionDetailResponseDto
    from .activity_notification_execution_detail_response_dto_provider_id import (
        ActivityNotificationExecutionDetailResponseDtoProviderId,
    )
    from .activity_notification_execution_detail_response_dto_source import (
        ActivityNotificationExecutionDetailResponseDtoSource,
    )
    from .activity_notification_execution_detail_response_dto_status import (
        ActivityNotificationExecutionDetailResponseDtoStatus,
    )
    from .activity_notification_job_response_dto import ActivityNotificationJobResponseDto
    from .activity_notification_job_response_dto_digest import ActivityNotificationJobResponseDtoDigest
    from .activity_notification_job_response_dto_payload import ActivityNotificationJobResponseDtoPayload
    from .activity_notification_job_response_dto_provider_id import ActivityNotificationJobResponseDtoProviderId
    from .activity_notification_response_dto import ActivityNotificationResponseDto
    from .activity_notification_response_dto_channels import ActivityNotificationResponseDtoChannels
    from .activity_notification_response_dto_envelope import ActivityNotificationResponseDtoEnvelope
    from .activity_notification_step_response_dto import ActivityNotificationStepResponseDto
    from .activity_notification_subscriber_response_dto import ActivityNotificationSubscriberResponseDto
    from .activity_notification_template_response_dto import ActivityNotificationTemplateResponseDto
    from .activity_stats_response_dto import ActivityStatsResponseDto
    from .activity_stats_response_dto_envelope import ActivityStatsResponseDtoEnvelope
    from .actor import Actor
    from .actor_type import ActorType
    from .add_subscribers_request_dto import AddSubscribersRequestDto
    from .api_key import ApiKey
    from .api_key_list_envelope import ApiKeyListEnvelope
    from .blueprint_response_dto import BlueprintResponseDto
    from .blueprint_response_dto_envelope import BlueprintResponseDtoEnvelope
    from .blueprint_response_dto_notification_group import BlueprintResponseDtoNotificationGroup
    from .blueprint_response_dto_preference_settings import BlueprintResponseDtoPreferenceSettings
    from .blueprint_response_dto_steps_item import BlueprintResponseDtoStepsItem
    from .blueprint_response_dto_triggers_item import BlueprintResponseDtoTriggersItem
    from .bulk_apply_change_dto import BulkApplyChangeDto
    from .bulk_apply_diff_response_201 import BulkApplyDiffResponse201
    from .bulk_subscriber_create_dto import BulkSubscriberCreateDto
    from .bulk_trigger_event_dto import BulkTriggerEventDto
    from .change_response_dto import ChangeResponseDto
    from .change_response_dto_change_item import ChangeResponseDtoChangeItem
    from .change_response_dto_list_envelope import ChangeResponseDtoListEnvelope
    from .change_response_dto_type import ChangeResponseDtoType
    from .change_workflow_status_request_dto import ChangeWorkflowStatusRequestDto
    from .changes_response_dto import ChangesResponseDto
    from .channel_credentials import ChannelCredentials
    from .channel_credentials_dto import ChannelCredentialsDto
    from .channel_preference import ChannelPreference
    from .channel_preference_type import ChannelPreferenceType
    from .channel_settings import ChannelSettings
    from .channel_settings_provider_id import ChannelSettingsProviderId
    from .channel_usage_dto import ChannelUsageDto
    from .channel_usage_dto_envelope import ChannelUsageDtoEnvelope
    from .chat_oauth_callback_response_200 import ChatOauthCallbackResponse200
    from .chat_oauth_callback_response_200_data import ChatOauthCallbackResponse200Data
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
    from .digest_regular_metadata import DigestRegularMetadata
    from .digest_regular_metadata_backoff_unit import DigestRegularMetadataBackoffUnit
    from .digest_regular_metadata_type import DigestRegularMetadataType
    from .digest_regular_metadata_unit import DigestRegularMetadataUnit
    from .digest_timed_metadata import DigestTimedMetadata
    from .digest_timed_metadata_type import DigestTimedMetadataType
    from .digest_timed_metadata_unit import DigestTimedMetadataUnit
    from .email_block import EmailBlock
    from .email_block_styles import EmailBlockStyles
    from .email_block_styles_text_align import EmailBlockStylesTextAlign
    from .email_block_type import EmailBlockType
    from .environment_response_dto import EnvironmentResponseDto
    from .environment_response_dto_api_keys_item import EnvironmentResponseDtoApiKeysItem
    from .environment_response_dto_envelope import EnvironmentResponseDtoEnvelope
    from .environment_response_dto_list_envelope import EnvironmentResponseDtoListEnvelope
    from .error_dto import ErrorDto
    from .execution_details_response_dto import ExecutionDetailsResponseDto
    from .execution_details_response_dto_channel import ExecutionDetailsResponseDtoChannel
    from .execution_details_response_dto_list_envelope import ExecutionDetailsResponseDtoListEnvelope
    from .execution_details_response_dto_source import ExecutionDetailsResponseDtoSource
    from .execution_details_response_dto_status import ExecutionDetailsResponseDtoStatus
    from .feed_response_dto import FeedResponseDto
    from .feed_response_dto_envelope import FeedResponseDtoEnvelope
    from .feed_response_dto_list_envelope import FeedResponseDtoListEnvelope
    from .field_filter_part import FieldFilterPart
    from .field_filter_part_on import FieldFilterPartOn
    from .field_filter_part_operator import FieldFilterPartOperator
    from .filter_topics_response_dto import FilterTopicsResponseDto
    from .get_channel_limit_channel_type import GetChannelLimitChannelType
    from .get_layout_response_dto import GetLayoutResponseDto
    from .get_layout_response_dto_channel import GetLayoutResponseDtoChannel
    from .get_layout_response_dto_envelope import GetLayoutResponseDtoEnvelope
    from .get_layout_response_dto_variables_item import GetLayoutResponseDtoVariablesItem
    from .get_messages_channel import GetMessagesChannel
    from .get_notifications_feed_response_200 import GetNotificationsFeedResponse200
    from .get_subscriber_preferences_response_dto import GetSubscriberPreferencesResponseDto
    from .get_subscriber_preferences_response_dto_list_envelope import GetSubscriberPreferencesResponseDtoListEnvelope
    from .get_tenant_response_dto import GetTenantResponseDto
    from .get_tenant_response_dto_data import GetTenantResponseDtoData
    from .get_tenant_response_dto_envelope import GetTenantResponseDtoEnvelope
    from .get_topic_response_dto import GetTopicResponseDto
    from .get_topic_response_dto_envelope import GetTopicResponseDtoEnvelope
    from .get_webhook_support_status_legacy_response_200 import GetWebhookSupportStatusLegacyResponse200
    from .get_webhook_support_status_response_200 import GetWebhookSupportStatusResponse200
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
    from .list_notifications_channels_item import ListNotificationsChannelsItem
    from .list_subscribers_response_200 import ListSubscribersResponse200
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
    from .member_response_dto_roles import MemberResponseDtoRoles
    from .member_user_dto import MemberUserDto
    from .message_action import MessageAction
    from .message_action_result import MessageActionResult
    from .message_action_result_payload import MessageActionResultPayload
    from .message_action_result_type import MessageActionResultType
    from .message_action_status import MessageActionStatus
    from .message_button import MessageButton
    from .message_button_type import MessageButtonType
    from .message_cta import MessageCTA
    from .message_cta_data import MessageCTAData
    from .message_cta_type import MessageCTAType
    from .message_entity import MessageEntity
    from .message_entity_list_envelope import MessageEntityListEnvelope
    from .message_mark_as_request_dto import MessageMarkAsRequestDto
    from .message_mark_as_request_dto_mark_as import MessageMarkAsRequestDtoMarkAs
    from .message_response_dto import MessageResponseDto
    from .message_response_dto_channel import MessageResponseDtoChannel
    from .message_response_dto_envelope import MessageResponseDtoEnvelope
    from .message_response_dto_overrides import MessageResponseDtoOverrides
    from .message_response_dto_payload import MessageResponseDtoPayload
    from .message_response_dto_status import MessageResponseDtoStatus
    from .message_template import MessageTemplate
    from .message_template_dto import MessageTemplateDto
    from .mx_record_status_dto import MxRecordStatusDto
    from .mx_record_status_dto_envelope import MxRecordStatusDtoEnvelope
    from .notification_dto import NotificationDto
    from .notification_dto_channel import NotificationDtoChannel
    from .notification_dto_overrides import NotificationDtoOverrides
    from .notification_dto_payload import NotificationDtoPayload
    from .notification_dto_status import NotificationDtoStatus
    from .notification_group import NotificationGroup
    from .notification_group_response_dto import NotificationGroupResponseDto
    from .notification_group_response_dto_envelope import NotificationGroupResponseDtoEnvelope
    from .notification_group_response_dto_list_envelope import NotificationGroupResponseDtoListEnvelope
    from .notification_step import NotificationStep
    from .notification_step_parent_id import NotificationStepParentId
    from .notification_step_reply_callback import NotificationStepReplyCallback
    from .notification_step_variant import NotificationStepVariant
    from .notification_step_variant_parent_id import NotificationStepVariantParentId
    from .notification_step_variant_reply_callback import NotificationStepVariantReplyCallback
    from .notification_trigger import NotificationTrigger
    from .notification_trigger_type import NotificationTriggerType
    from .notification_trigger_variable import NotificationTriggerVariable
    from .organization_branding_response_dto import OrganizationBrandingResponseDto
    from .organization_branding_response_dto_direction import OrganizationBrandingResponseDtoDirection
    from .organization_branding_response_dto_envelope import OrganizationBrandingResponseDtoEnvelope
    from .organization_response_dto import OrganizationResponseDto
    from .organization_response_dto_envelope import OrganizationResponseDtoEnvelope
    from .organization_response_dto_list_envelope import OrganizationResponseDtoListEnvelope
    from .paginated_response_dto import PaginatedResponseDto
    from .paginated_response_dto_data_item import PaginatedResponseDtoDataItem
    from .preference import Preference
    from .preference_channels import PreferenceChannels
    from .remove_subscribers_request_dto import RemoveSubscribersRequestDto
    from .rename_organization_dto import RenameOrganizationDto
    from .rename_organization_dto_envelope import RenameOrganizationDtoEnvelope
    from .rename_topic_request_dto import RenameTopicRequestDto
    from .rename_topic_response_dto import RenameTopicResponseDto
    from .rename_topic_response_dto_envelope import RenameTopicResponseDtoEnvelope
    from .step_filter import StepFilter
    from .step_filter_type import StepFilterType
    from .step_filter_value import StepFilterValue
    from .subscriber_channel_dto import SubscriberChannelDto
    from .subscriber_channel_dto_provider_id import SubscriberChannelDtoProviderId
    from .subscriber_payload_dto import SubscriberPayloadDto
    from .subscriber_payload_dto_data import SubscriberPayloadDtoData
    from .subscriber_response_dto import SubscriberResponseDto
    from .subscriber_response_dto_envelope import SubscriberResponseDtoEnvelope
    from .template_response import TemplateResponse
    from .tenant_payload_dto import TenantPayloadDto
    from .tenant_payload_dto_data import TenantPayloadDtoData
    from .timed_config import TimedConfig
    from .timed_config_monthly_type import TimedConfigMonthlyType
    from .timed_config_ordinal import TimedConfigOrdinal
    from .timed_config_ordinal_value import TimedConfigOrdinalValue
    from .timed_config_week_days_item import TimedConfigWeekDaysItem
    from .topic_dto import TopicDto
    from .topic_payload_dto import TopicPayloadDto
    from .topic_payload_dto_type import TopicPayloadDtoType
    from .topic_subscriber_dto import TopicSubscriberDto
    from .topic_subscriber_dto_envelope import TopicSubscriberDtoEnvelope
    from .trigger_event_request_dto import TriggerEventRequestDto
    from .trigger_event_request_dto_overrides import TriggerEventRequestDtoOverrides
    from .trigger_event_request_dto_payload import TriggerEventRequestDtoPayload
    from .trigger_event_response_dto import TriggerEventResponseDto
    from .trigger_event_response_dto_envelope import TriggerEventResponseDtoEnvelope
    from .trigger_event_response_dto_list_envelope import TriggerEventResponseDtoListEnvelope
    from .trigger_event_response_dto_status import TriggerEventResponseDtoStatus
    from .trigger_event_to_all_request_dto import TriggerEventToAllRequestDto
    from .trigger_event_to_all_request_dto_overrides import TriggerEventToAllRequestDtoOverrides
    from .trigger_event_to_all_request_dto_payload import TriggerEventToAllRequestDtoPayload
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
    from .variables_response_dto import VariablesResponseDto
    from .variables_response_dto_envelope import VariablesResponseDtoEnvelope
    from .variables_response_dto_system import VariablesResponseDtoSystem
    from .variables_response_dto_translations import VariablesResponseDtoTranslations
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
    "ActivityNotificationExecutionDetailResponseDtoProviderId": ".activity_notification_execution_detail_response_dto_provider_id",
    "ActivityNotificationExecutionDetailResponseDtoSource": ".activity_notification_execution_detail_response_dto_source",
    "ActivityNotificationExecutionDetailResponseDtoStatus": ".activity_notification_execution_detail_response_dto_status",
    "ActivityNotificationJobResponseDto": ".activity_notification_job_response_dto",
    "ActivityNotificationJobResponseDtoDigest": ".activity_notification_job_response_dto_digest",
    "ActivityNotificationJobResponseDtoPayload": ".activity_notification_job_response_dto_payload",
    "ActivityNotificationJobResponseDtoProviderId": ".activity_notification_job_response_dto_provider_id",
    "ActivityNotificationResponseDto": ".activity_notification_response_dto",
    "ActivityNotificationResponseDtoChannels": ".activity_notification_response_dto_channels",
    "ActivityNotificationResponseDtoEnvelope": ".activity_notification_response_dto_envelope",
    "ActivityNotificationStepResponseDto": ".activity_notification_step_response_dto",
    "ActivityNotificationSubscriberResponseDto": ".activity_notification_subscriber_response_dto",
    "ActivityNotificationTemplateResponseDto": ".activity_notification_template_response_dto",
    "ActivityStatsResponseDto": ".activity_stats_response_dto",
    "ActivityStatsResponseDtoEnvelope": ".activity_stats_response_dto_envelope",
    "Actor": ".actor",
    "ActorType": ".actor_type",
    "AddSubscribersRequestDto": ".add_subscribers_request_dto",
    "ApiKey": ".api_key",
    "ApiKeyListEnvelope": ".api_key_list_envelope",
    "BlueprintResponseDto": ".blueprint_response_dto",
    "BlueprintResponseDtoEnvelope": ".blueprint_response_dto_envelope",
    "BlueprintResponseDtoNotificationGroup": ".blueprint_response_dto_notification_group",
    "BlueprintResponseDtoPreferenceSettings": ".blueprint_response_dto_preference_settings",
    "BlueprintResponseDtoStepsItem": ".blueprint_response_dto_steps_item",
    "BlueprintResponseDtoTriggersItem": ".blueprint_response_dto_triggers_item",
    "BulkApplyChangeDto": ".bulk_apply_change_dto",
    "BulkApplyDiffResponse201": ".bulk_apply_diff_response_201",
    "BulkSubscriberCreateDto": ".bulk_subscriber_create_dto",
    "BulkTriggerEventDto": ".bulk_trigger_event_dto",
    "ChangeResponseDto": ".change_response_dto",
    "ChangeResponseDtoChangeItem": ".change_response_dto_change_item",
    "ChangeResponseDtoListEnvelope": ".change_response_dto_list_envelope",
    "ChangeResponseDtoType": ".change_response_dto_type",
    "ChangeWorkflowStatusRequestDto": ".change_workflow_status_request_dto",
    "ChangesResponseDto": ".changes_response_dto",
    "ChannelCredentials": ".channel_credentials",
    "ChannelCredentialsDto": ".channel_credentials_dto",
    "ChannelPreference": ".channel_preference",
    "ChannelPreferenceType": ".channel_preference_type",
    "ChannelSettings": ".channel_settings",
    "ChannelSettingsProviderId": ".channel_settings_provider_id",
    "ChannelUsageDto": ".channel_usage_dto",
    "ChannelUsageDtoEnvelope": ".channel_usage_dto_envelope",
    "ChatOauthCallbackResponse200": ".chat_oauth_callback_response_200",
    "ChatOauthCallbackResponse200Data": ".chat_oauth_callback_response_200_data",
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
    "DigestRegularMetadata": ".digest_regular_metadata",
    "DigestRegularMetadataBackoffUnit": ".digest_regular_metadata_backoff_unit",
    "DigestRegularMetadataType": ".digest_regular_metadata_type",
    "DigestRegularMetadataUnit": ".digest_regular_metadata_unit",
    "DigestTimedMetadata": ".digest_timed_metadata",
    "DigestTimedMetadataType": ".digest_timed_metadata_type",
    "DigestTimedMetadataUnit": ".digest_timed_metadata_unit",
    "EmailBlock": ".email_block",
    "EmailBlockStyles": ".email_block_styles",
    "EmailBlockStylesTextAlign": ".email_block_styles_text_align",
    "EmailBlockType": ".email_block_type",
    "EnvironmentResponseDto": ".environment_response_dto",
    "EnvironmentResponseDtoApiKeysItem": ".environment_response_dto_api_keys_item",
    "EnvironmentResponseDtoEnvelope": ".environment_response_dto_envelope",
    "EnvironmentResponseDtoListEnvelope": ".environment_response_dto_list_envelope",
    "ErrorDto": ".error_dto",
    "ExecutionDetailsResponseDto": ".execution_details_response_dto",
    "ExecutionDetailsResponseDtoChannel": ".execution_details_response_dto_channel",
    "ExecutionDetailsResponseDtoListEnvelope": ".execution_details_response_dto_list_envelope",
    "ExecutionDetailsResponseDtoSource": ".execution_details_response_dto_source",
    "ExecutionDetailsResponseDtoStatus": ".execution_details_response_dto_status",
    "FeedResponseDto": ".feed_response_dto",
    "FeedResponseDtoEnvelope": ".feed_response_dto_envelope",
    "FeedResponseDtoListEnvelope": ".feed_response_dto_list_envelope",
    "FieldFilterPart": ".field_filter_part",
    "FieldFilterPartOn": ".field_filter_part_on",
    "FieldFilterPartOperator": ".field_filter_part_operator",
    "FilterTopicsResponseDto": ".filter_topics_response_dto",
    "GetChannelLimitChannelType": ".get_channel_limit_channel_type",
    "GetLayoutResponseDto": ".get_layout_response_dto",
    "GetLayoutResponseDtoChannel": ".get_layout_response_dto_channel",
    "GetLayoutResponseDtoEnvelope": ".get_layout_response_dto_envelope",
    "GetLayoutResponseDtoVariablesItem": ".get_layout_response_dto_variables_item",
    "GetMessagesChannel": ".get_messages_channel",
    "GetNotificationsFeedResponse200": ".get_notifications_feed_response_200",
    "GetSubscriberPreferencesResponseDto": ".get_subscriber_preferences_response_dto",
    "GetSubscriberPreferencesResponseDtoListEnvelope": ".get_subscriber_preferences_response_dto_list_envelope",
    "GetTenantResponseDto": ".get_tenant_response_dto",
    "GetTenantResponseDtoData": ".get_tenant_response_dto_data",
    "GetTenantResponseDtoEnvelope": ".get_tenant_response_dto_envelope",
    "GetTopicResponseDto": ".get_topic_response_dto",
    "GetTopicResponseDtoEnvelope": ".get_topic_response_dto_envelope",
    "GetWebhookSupportStatusLegacyResponse200": ".get_webhook_support_status_legacy_response_200",
    "GetWebhookSupportStatusResponse200": ".get_webhook_support_status_response_200",
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
    "ListNotificationsChannelsItem": ".list_notifications_channels_item",
    "ListSubscribersResponse200": ".list_subscribers_response_200",
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
    "MemberResponseDtoRoles": ".member_response_dto_roles",
    "MemberUserDto": ".member_user_dto",
    "MessageAction": ".message_action",
    "MessageActionResult": ".message_action_result",
    "MessageActionResultPayload": ".message_action_result_payload",
    "MessageActionResultType": ".message_action_result_type",
    "MessageActionStatus": ".message_action_status",
    "MessageButton": ".message_button",
    "MessageButtonType": ".message_button_type",
    "MessageCTA": ".message_cta",
    "MessageCTAData": ".message_cta_data",
    "MessageCTAType": ".message_cta_type",
    "MessageEntity": ".message_entity",
    "MessageEntityListEnvelope": ".message_entity_list_envelope",
    "MessageMarkAsRequestDto": ".message_mark_as_request_dto",
    "MessageMarkAsRequestDtoMarkAs": ".message_mark_as_request_dto_mark_as",
    "MessageResponseDto": ".message_response_dto",
    "MessageResponseDtoChannel": ".message_response_dto_channel",
    "MessageResponseDtoEnvelope": ".message_response_dto_envelope",
    "MessageResponseDtoOverrides": ".message_response_dto_overrides",
    "MessageResponseDtoPayload": ".message_response_dto_payload",
    "MessageResponseDtoStatus": ".message_response_dto_status",
    "MessageTemplate": ".message_template",
    "MessageTemplateDto": ".message_template_dto",
    "MxRecordStatusDto": ".mx_record_status_dto",
    "MxRecordStatusDtoEnvelope": ".mx_record_status_dto_envelope",
    "NotificationDto": ".notification_dto",
    "NotificationDtoChannel": ".notification_dto_channel",
    "NotificationDtoOverrides": ".notification_dto_overrides",
    "NotificationDtoPayload": ".notification_dto_payload",
    "NotificationDtoStatus": ".notification_dto_status",
    "NotificationGroup": ".notification_group",
    "NotificationGroupResponseDto": ".notification_group_response_dto",
    "NotificationGroupResponseDtoEnvelope": ".notification_group_response_dto_envelope",
    "NotificationGroupResponseDtoListEnvelope": ".notification_group_response_dto_list_envelope",
    "NotificationStep": ".notification_step",
    "NotificationStepParentId": ".notification_step_parent_id",
    "NotificationStepReplyCallback": ".notification_step_reply_callback",
    "NotificationStepVariant": ".notification_step_variant",
    "NotificationStepVariantParentId": ".notification_step_variant_parent_id",
    "NotificationStepVariantReplyCallback": ".notification_step_variant_reply_callback",
    "NotificationTrigger": ".notification_trigger",
    "NotificationTriggerType": ".notification_trigger_type",
    "NotificationTriggerVariable": ".notification_trigger_variable",
    "OrganizationBrandingResponseDto": ".organization_branding_response_dto",
    "OrganizationBrandingResponseDtoDirection": ".organization_branding_response_dto_direction",
    "OrganizationBrandingResponseDtoEnvelope": ".organization_branding_response_dto_envelope",
    "OrganizationResponseDto": ".organization_response_dto",
    "OrganizationResponseDtoEnvelope": ".organization_response_dto_envelope",
    "OrganizationResponseDtoListEnvelope": ".organization_response_dto_list_envelope",
    "PaginatedResponseDto": ".paginated_response_dto",
    "PaginatedResponseDtoDataItem": ".paginated_response_dto_data_item",
    "Preference": ".preference",
    "PreferenceChannels": ".preference_channels",
    "RemoveSubscribersRequestDto": ".remove_subscribers_request_dto",
    "RenameOrganizationDto": ".rename_organization_dto",
    "RenameOrganizationDtoEnvelope": ".rename_organization_dto_envelope",
    "RenameTopicRequestDto": ".rename_topic_request_dto",
    "RenameTopicResponseDto": ".rename_topic_response_dto",
    "RenameTopicResponseDtoEnvelope": ".rename_topic_response_dto_envelope",
    "StepFilter": ".step_filter",
    "StepFilterType": ".step_filter_type",
    "StepFilterValue": ".step_filter_value",
    "SubscriberChannelDto": ".subscriber_channel_dto",
    "SubscriberChannelDtoProviderId": ".subscriber_channel_dto_provider_id",
    "SubscriberPayloadDto": ".subscriber_payload_dto",
    "SubscriberPayloadDtoData": ".subscriber_payload_dto_data",
    "SubscriberResponseDto": ".subscriber_response_dto",
    "SubscriberResponseDtoEnvelope": ".subscriber_response_dto_envelope",
    "TemplateResponse": ".template_response",
    "TenantPayloadDto": ".tenant_payload_dto",
    "TenantPayloadDtoData": ".tenant_payload_dto_data",
    "TimedConfig": ".timed_config",
    "TimedConfigMonthlyType": ".timed_config_monthly_type",
    "TimedConfigOrdinal": ".timed_config_ordinal",
    "TimedConfigOrdinalValue": ".timed_config_ordinal_value",
    "TimedConfigWeekDaysItem": ".timed_config_week_days_item",
    "TopicDto": ".topic_dto",
    "TopicPayloadDto": ".topic_payload_dto",
    "TopicPayloadDtoType": ".topic_payload_dto_type",
    "TopicSubscriberDto": ".topic_subscriber_dto",
    "TopicSubscriberDtoEnvelope": ".topic_subscriber_dto_envelope",
    "TriggerEventRequestDto": ".trigger_event_request_dto",
    "TriggerEventRequestDtoOverrides": ".trigger_event_request_dto_overrides",
    "TriggerEventRequestDtoPayload": ".trigger_event_request_dto_payload",
    "TriggerEventResponseDto": ".trigger_event_response_dto",
    "TriggerEventResponseDtoEnvelope": ".trigger_event_response_dto_envelope",
    "TriggerEventResponseDtoListEnvelope": ".trigger_event_response_dto_list_envelope",
    "TriggerEventResponseDtoStatus": ".trigger_event_response_dto_status",
    "TriggerEventToAllRequestDto": ".trigger_event_to_all_request_dto",
    "TriggerEventToAllRequestDtoOverrides": ".trigger_event_to_all_request_dto_overrides",
    "TriggerEventToAllRequestDtoPayload": ".trigger_event_to_all_request_dto_payload",
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
    "VariablesResponseDto": ".variables_response_dto",
    "VariablesResponseDtoEnvelope": ".variables_response_dto_envelope",
    "VariablesResponseDtoSystem": ".variables_response_dto_system",
    "VariablesResponseDtoTranslations": ".variables_response_dto_translations",
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
    "ActivityNotificationExecutionDetailResponseDtoProviderId",
    "ActivityNotificationExecutionDetailResponseDtoSource",
    "ActivityNotificationExecutionDetailResponseDtoStatus",
    "ActivityNotificationJobResponseDto",
    "ActivityNotificationJobResponseDtoDigest",
    "ActivityNotificationJobResponseDtoPayload",
    "ActivityNotificationJobResponseDtoProviderId",
    "ActivityNotificationResponseDto",
    "ActivityNotificationResponseDtoChannels",
    "ActivityNotificationResponseDtoEnvelope",
    "ActivityNotificationStepResponseDto",
    "ActivityNotificationSubscriberResponseDto",
    "ActivityNotificationTemplateResponseDto",
    "ActivityStatsResponseDto",
    "ActivityStatsResponseDtoEnvelope",
    "Actor",
    "ActorType",
    "AddSubscribersRequestDto",
    "ApiKey",
    "ApiKeyListEnvelope",
    "BlueprintResponseDto",
    "BlueprintResponseDtoEnvelope",
    "BlueprintResponseDtoNotificationGroup",
    "BlueprintResponseDtoPreferenceSettings",
    "BlueprintResponseDtoStepsItem",
    "BlueprintResponseDtoTriggersItem",
    "BulkApplyChangeDto",
    "BulkApplyDiffResponse201",
    "BulkSubscriberCreateDto",
    "BulkTriggerEventDto",
    "ChangeResponseDto",
    "ChangeResponseDtoChangeItem",
    "ChangeResponseDtoListEnvelope",
    "ChangeResponseDtoType",
    "ChangesResponseDto",
    "ChangeWorkflowStatusRequestDto",
    "ChannelCredentials",
    "ChannelCredentialsDto",
    "ChannelPreference",
    "ChannelPreferenceType",
    "ChannelSettings",
    "ChannelSettingsProviderId",
    "ChannelUsageDto",
    "ChannelUsageDtoEnvelope",
    "ChatOauthCallbackResponse200",
    "ChatOauthCallbackResponse200Data",
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
    "DigestRegularMetadata",
    "DigestRegularMetadataBackoffUnit",
    "DigestRegularMetadataType",
    "DigestRegularMetadataUnit",
    "DigestTimedMetadata",
    "DigestTimedMetadataType",
    "DigestTimedMetadataUnit",
    "EmailBlock",
    "EmailBlockStyles",
    "EmailBlockStylesTextAlign",
    "EmailBlockType",
    "EnvironmentResponseDto",
    "EnvironmentResponseDtoApiKeysItem",
    "EnvironmentResponseDtoEnvelope",
    "EnvironmentResponseDtoListEnvelope",
    "ErrorDto",
    "ExecutionDetailsResponseDto",
    "ExecutionDetailsResponseDtoChannel",
    "ExecutionDetailsResponseDtoListEnvelope",
    "ExecutionDetailsResponseDtoSource",
    "ExecutionDetailsResponseDtoStatus",
    "FeedResponseDto",
    "FeedResponseDtoEnvelope",
    "FeedResponseDtoListEnvelope",
    "FieldFilterPart",
    "FieldFilterPartOn",
    "FieldFilterPartOperator",
    "FilterTopicsResponseDto",
    "GetChannelLimitChannelType",
    "GetLayoutResponseDto",
    "GetLayoutResponseDtoChannel",
    "GetLayoutResponseDtoEnvelope",
    "GetLayoutResponseDtoVariablesItem",
    "GetMessagesChannel",
    "GetNotificationsFeedResponse200",
    "GetSubscriberPreferencesResponseDto",
    "GetSubscriberPreferencesResponseDtoListEnvelope",
    "GetTenantResponseDto",
    "GetTenantResponseDtoData",
    "GetTenantResponseDtoEnvelope",
    "GetTopicResponseDto",
    "GetTopicResponseDtoEnvelope",
    "GetWebhookSupportStatusLegacyResponse200",
    "GetWebhookSupportStatusResponse200",
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
    "ListNotificationsChannelsItem",
    "ListSubscribersResponse200",
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
    "MemberResponseDtoRoles",
    "MemberUserDto",
    "MessageAction",
    "MessageActionResult",
    "MessageActionResultPayload",
    "MessageActionResultType",
    "MessageActionStatus",
    "MessageButton",
    "MessageButtonType",
    "MessageCTA",
    "MessageCTAData",
    "MessageCTAType",
    "MessageEntity",
    "MessageEntityListEnvelope",
    "MessageMarkAsRequestDto",
    "MessageMarkAsRequestDtoMarkAs",
    "MessageResponseDto",
    "MessageResponseDtoChannel",
    "MessageResponseDtoEnvelope",
    "MessageResponseDtoOverrides",
    "MessageResponseDtoPayload",
    "MessageResponseDtoStatus",
    "MessageTemplate",
    "MessageTemplateDto",
    "MxRecordStatusDto",
    "MxRecordStatusDtoEnvelope",
    "NotificationDto",
    "NotificationDtoChannel",
    "NotificationDtoOverrides",
    "NotificationDtoPayload",
    "NotificationDtoStatus",
    "NotificationGroup",
    "NotificationGroupResponseDto",
    "NotificationGroupResponseDtoEnvelope",
    "NotificationGroupResponseDtoListEnvelope",
    "NotificationStep",
    "NotificationStepParentId",
    "NotificationStepReplyCallback",
    "NotificationStepVariant",
    "NotificationStepVariantParentId",
    "NotificationStepVariantReplyCallback",
    "NotificationTrigger",
    "NotificationTriggerType",
    "NotificationTriggerVariable",
    "OrganizationBrandingResponseDto",
    "OrganizationBrandingResponseDtoDirection",
    "OrganizationBrandingResponseDtoEnvelope",
    "OrganizationResponseDto",
    "OrganizationResponseDtoEnvelope",
    "OrganizationResponseDtoListEnvelope",
    "PaginatedResponseDto",
    "PaginatedResponseDtoDataItem",
    "Preference",
    "PreferenceChannels",
    "RemoveSubscribersRequestDto",
    "RenameOrganizationDto",
    "RenameOrganizationDtoEnvelope",
    "RenameTopicRequestDto",
    "RenameTopicResponseDto",
    "RenameTopicResponseDtoEnvelope",
    "StepFilter",
    "StepFilterType",
    "StepFilterValue",
    "SubscriberChannelDto",
    "SubscriberChannelDtoProviderId",
    "SubscriberPayloadDto",
    "SubscriberPayloadDtoData",
    "SubscriberResponseDto",
    "SubscriberResponseDtoEnvelope",
    "TemplateResponse",
    "TenantPayloadDto",
    "TenantPayloadDtoData",
    "TimedConfig",
    "TimedConfigMonthlyType",
    "TimedConfigOrdinal",
    "TimedConfigOrdinalValue",
    "TimedConfigWeekDaysItem",
    "TopicDto",
    "TopicPayloadDto",
    "TopicPayloadDtoType",
    "TopicSubscriberDto",
    "TopicSubscriberDtoEnvelope",
    "TriggerEventRequestDto",
    "TriggerEventRequestDtoOverrides",
    "TriggerEventRequestDtoPayload",
    "TriggerEventResponseDto",
    "TriggerEventResponseDtoEnvelope",
    "TriggerEventResponseDtoListEnvelope",
    "TriggerEventResponseDtoStatus",
    "TriggerEventToAllRequestDto",
    "TriggerEventToAllRequestDtoOverrides",
    "TriggerEventToAllRequestDtoPayload",
    "UnseenCountResponse",
    "UnseenCountResponseEnvelope",
    "UpdateBrandingDetailsDto",
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
    "VariablesResponseDto",
    "VariablesResponseDtoEnvelope",
    "VariablesResponseDtoSystem",
    "VariablesResponseDtoTranslations",
    "WorkflowResponse",
    "WorkflowResponseData",
    "WorkflowResponseEnvelope",
    "WorkflowResponseWorkflowIntegrationStatus",
    "WorkflowsResponseDto",
)
