"""Contains all the data models used in inputs/outputs; each loads on first access."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_dto import ActionDto
    from .activities_response_dto import ActivitiesResponseDto
    from .activity_graph_states_response import ActivityGraphStatesResponse
    from .activity_graph_states_response_channels_item import ActivityGraphStatesResponseChannelsItem
    from .activity_graph_states_response_list_envelope import ActivityGraphStatesResponseListEnvelope
    from .activity_notification_execution_detail_response_dto import ActivityNotificationExecutionDetailResponseDto
    from .activity_notification_job_response_dto import ActivityNotificationJobResponseDto
    from .activity_notification_job_response_dto_overrides import ActivityNotificationJobResponseDtoOverrides
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
    from .activity_topic_dto import ActivityTopicDto
    from .actor import Actor
    from .actor_feed_item_dto import ActorFeedItemDto
    from .actor_type import ActorType
    from .actor_type_enum import ActorTypeEnum
    from .add_subscribers_request_dto import AddSubscribersRequestDto
    from .api_key import ApiKey
    from .api_key_dto import ApiKeyDto
    from .api_key_list_envelope import ApiKeyListEnvelope
    from .assign_subscriber_to_topic_dto import AssignSubscriberToTopicDto
    from .assign_subscriber_to_topic_dto_envelope import AssignSubscriberToTopicDtoEnvelope
    from .auth_dto import AuthDto
    from .auto_configure_integration_response_dto import AutoConfigureIntegrationResponseDto
    from .auto_configure_integration_response_dto_envelope import AutoConfigureIntegrationResponseDtoEnvelope
    from .auto_configure_integration_response_dto_integration import AutoConfigureIntegrationResponseDtoIntegration
    from .blueprint_response_dto import BlueprintResponseDto
    from .blueprint_response_dto_envelope import BlueprintResponseDtoEnvelope
    from .blueprint_response_dto_notification_group import BlueprintResponseDtoNotificationGroup
    from .blueprint_response_dto_preference_settings import BlueprintResponseDtoPreferenceSettings
    from .blueprint_response_dto_steps_item import BlueprintResponseDtoStepsItem
    from .blueprint_response_dto_triggers_item import BlueprintResponseDtoTriggersItem
    from .bridge_configuration_dto import BridgeConfigurationDto
    from .builder_field_type_enum import BuilderFieldTypeEnum
    from .bulk_apply_change_dto import BulkApplyChangeDto
    from .bulk_apply_diff_response_201 import BulkApplyDiffResponse201
    from .bulk_create_subscriber_response_dto import BulkCreateSubscriberResponseDto
    from .bulk_create_subscriber_response_dto_envelope import BulkCreateSubscriberResponseDtoEnvelope
    from .bulk_subscriber_create_dto import BulkSubscriberCreateDto
    from .bulk_trigger_event_dto import BulkTriggerEventDto
    from .bulk_update_subscriber_preference_item_dto import BulkUpdateSubscriberPreferenceItemDto
    from .bulk_update_subscriber_preferences_dto import BulkUpdateSubscriberPreferencesDto
    from .bulk_update_subscriber_preferences_dto_context import BulkUpdateSubscriberPreferencesDtoContext
    from .bulk_update_subscriber_preferences_dto_context_additional_property_type_1 import (
        BulkUpdateSubscriberPreferencesDtoContextAdditionalPropertyType1,
    )
    from .bulk_update_subscriber_preferences_dto_context_additional_property_type_1_data import (
        BulkUpdateSubscriberPreferencesDtoContextAdditionalPropertyType1Data,
    )
    from .button_type_enum import ButtonTypeEnum
    from .cancel_response_200 import CancelResponse200
    from .change_response_dto import ChangeResponseDto
    from .change_response_dto_change_item import ChangeResponseDtoChangeItem
    from .change_response_dto_list_envelope import ChangeResponseDtoListEnvelope
    from .change_response_dto_type import ChangeResponseDtoType
    from .change_workflow_status_request_dto import ChangeWorkflowStatusRequestDto
    from .changes_response_dto import ChangesResponseDto
    from .channel_credentials import ChannelCredentials
    from .channel_credentials_dto import ChannelCredentialsDto
    from .channel_cta_type_enum import ChannelCTATypeEnum
    from .channel_overrides import ChannelOverrides
    from .channel_preference import ChannelPreference
    from .channel_preference_dto import ChannelPreferenceDto
    from .channel_preference_type import ChannelPreferenceType
    from .channel_settings import ChannelSettings
    from .channel_settings_dto import ChannelSettingsDto
    from .channel_settings_provider_id import ChannelSettingsProviderId
    from .channel_type_enum import ChannelTypeEnum
    from .channel_usage_dto import ChannelUsageDto
    from .channel_usage_dto_envelope import ChannelUsageDtoEnvelope
    from .chat_control_dto import ChatControlDto
    from .chat_control_dto_skip import ChatControlDtoSkip
    from .chat_controls_metadata_response_dto import ChatControlsMetadataResponseDto
    from .chat_controls_metadata_response_dto_data_schema import ChatControlsMetadataResponseDtoDataSchema
    from .chat_or_push_provider_enum import ChatOrPushProviderEnum
    from .chat_render_output import ChatRenderOutput
    from .chat_step_response_dto import ChatStepResponseDto
    from .chat_step_response_dto_variables import ChatStepResponseDtoVariables
    from .chat_step_upsert_dto import ChatStepUpsertDto
    from .chat_step_upsert_dto_control_values_type_1 import ChatStepUpsertDtoControlValuesType1
    from .configurations_dto import ConfigurationsDto
    from .constraint_validation import ConstraintValidation
    from .constraint_validation_value_type_3 import ConstraintValidationValueType3
    from .constraint_validation_value_type_4_item_type_3 import ConstraintValidationValueType4ItemType3
    from .content_issue_enum import ContentIssueEnum
    from .controls_metadata_dto import ControlsMetadataDto
    from .controls_metadata_dto_data_schema import ControlsMetadataDtoDataSchema
    from .create_channel_connection_request_dto import CreateChannelConnectionRequestDto
    from .create_channel_connection_request_dto_context import CreateChannelConnectionRequestDtoContext
    from .create_channel_connection_request_dto_context_additional_property_type_1 import (
        CreateChannelConnectionRequestDtoContextAdditionalPropertyType1,
    )
    from .create_channel_connection_request_dto_context_additional_property_type_1_data import (
        CreateChannelConnectionRequestDtoContextAdditionalPropertyType1Data,
    )
    from .create_context_request_dto import CreateContextRequestDto
    from .create_context_request_dto_data import CreateContextRequestDtoData
    from .create_environment_request_dto import CreateEnvironmentRequestDto
    from .create_environment_variable_request_dto import CreateEnvironmentVariableRequestDto
    from .create_environment_variable_request_dto_type import CreateEnvironmentVariableRequestDtoType
    from .create_feed_request_dto import CreateFeedRequestDto
    from .create_integration_request_dto import CreateIntegrationRequestDto
    from .create_integration_request_dto_channel import CreateIntegrationRequestDtoChannel
    from .create_integration_request_dto_configurations import CreateIntegrationRequestDtoConfigurations
    from .create_layout_dto import CreateLayoutDto
    from .create_layout_request_dto import CreateLayoutRequestDto
    from .create_layout_request_dto_variables_item import CreateLayoutRequestDtoVariablesItem
    from .create_layout_response_dto import CreateLayoutResponseDto
    from .create_layout_response_dto_envelope import CreateLayoutResponseDtoEnvelope
    from .create_ms_teams_channel_endpoint_dto import CreateMsTeamsChannelEndpointDto
    from .create_ms_teams_channel_endpoint_dto_context import CreateMsTeamsChannelEndpointDtoContext
    from .create_ms_teams_channel_endpoint_dto_context_additional_property_type_1 import (
        CreateMsTeamsChannelEndpointDtoContextAdditionalPropertyType1,
    )
    from .create_ms_teams_channel_endpoint_dto_context_additional_property_type_1_data import (
        CreateMsTeamsChannelEndpointDtoContextAdditionalPropertyType1Data,
    )
    from .create_ms_teams_channel_endpoint_dto_type import CreateMsTeamsChannelEndpointDtoType
    from .create_ms_teams_user_endpoint_dto import CreateMsTeamsUserEndpointDto
    from .create_ms_teams_user_endpoint_dto_context import CreateMsTeamsUserEndpointDtoContext
    from .create_ms_teams_user_endpoint_dto_context_additional_property_type_1 import (
        CreateMsTeamsUserEndpointDtoContextAdditionalPropertyType1,
    )
    from .create_ms_teams_user_endpoint_dto_context_additional_property_type_1_data import (
        CreateMsTeamsUserEndpointDtoContextAdditionalPropertyType1Data,
    )
    from .create_ms_teams_user_endpoint_dto_type import CreateMsTeamsUserEndpointDtoType
    from .create_notification_group_request_dto import CreateNotificationGroupRequestDto
    from .create_organization_dto import CreateOrganizationDto
    from .create_organization_dto_job_title import CreateOrganizationDtoJobTitle
    from .create_organization_dto_product_use_cases import CreateOrganizationDtoProductUseCases
    from .create_phone_endpoint_dto import CreatePhoneEndpointDto
    from .create_phone_endpoint_dto_context import CreatePhoneEndpointDtoContext
    from .create_phone_endpoint_dto_context_additional_property_type_1 import (
        CreatePhoneEndpointDtoContextAdditionalPropertyType1,
    )
    from .create_phone_endpoint_dto_context_additional_property_type_1_data import (
        CreatePhoneEndpointDtoContextAdditionalPropertyType1Data,
    )
    from .create_phone_endpoint_dto_type import CreatePhoneEndpointDtoType
    from .create_slack_channel_endpoint_dto import CreateSlackChannelEndpointDto
    from .create_slack_channel_endpoint_dto_context import CreateSlackChannelEndpointDtoContext
    from .create_slack_channel_endpoint_dto_context_additional_property_type_1 import (
        CreateSlackChannelEndpointDtoContextAdditionalPropertyType1,
    )
    from .create_slack_channel_endpoint_dto_context_additional_property_type_1_data import (
        CreateSlackChannelEndpointDtoContextAdditionalPropertyType1Data,
    )
    from .create_slack_channel_endpoint_dto_type import CreateSlackChannelEndpointDtoType
    from .create_slack_user_endpoint_dto import CreateSlackUserEndpointDto
    from .create_slack_user_endpoint_dto_context import CreateSlackUserEndpointDtoContext
    from .create_slack_user_endpoint_dto_context_additional_property_type_1 import (
        CreateSlackUserEndpointDtoContextAdditionalPropertyType1,
    )
    from .create_slack_user_endpoint_dto_context_additional_property_type_1_data import (
        CreateSlackUserEndpointDtoContextAdditionalPropertyType1Data,
    )
    from .create_slack_user_endpoint_dto_type import CreateSlackUserEndpointDtoType
    from .create_subscriber_request_dto import CreateSubscriberRequestDto
    from .create_subscriber_request_dto_data_type_0 import CreateSubscriberRequestDtoDataType0
    from .create_subscriptions_response_dto import CreateSubscriptionsResponseDto
    from .create_tenant_request_dto import CreateTenantRequestDto
    from .create_tenant_request_dto_data import CreateTenantRequestDtoData
    from .create_tenant_response_dto import CreateTenantResponseDto
    from .create_tenant_response_dto_data import CreateTenantResponseDtoData
    from .create_tenant_response_dto_envelope import CreateTenantResponseDtoEnvelope
    from .create_topic_request_dto import CreateTopicRequestDto
    from .create_topic_response_dto import CreateTopicResponseDto
    from .create_topic_response_dto_envelope import CreateTopicResponseDtoEnvelope
    from .create_topic_subscriptions_request_dto import CreateTopicSubscriptionsRequestDto
    from .create_topic_subscriptions_request_dto_context import CreateTopicSubscriptionsRequestDtoContext
    from .create_topic_subscriptions_request_dto_context_additional_property_type_1 import (
        CreateTopicSubscriptionsRequestDtoContextAdditionalPropertyType1,
    )
    from .create_topic_subscriptions_request_dto_context_additional_property_type_1_data import (
        CreateTopicSubscriptionsRequestDtoContextAdditionalPropertyType1Data,
    )
    from .create_translation_request_dto import CreateTranslationRequestDto
    from .create_translation_request_dto_content import CreateTranslationRequestDtoContent
    from .create_translation_request_dto_resource_type import CreateTranslationRequestDtoResourceType
    from .create_update_topic_request_dto import CreateUpdateTopicRequestDto
    from .create_webhook_endpoint_dto import CreateWebhookEndpointDto
    from .create_webhook_endpoint_dto_context import CreateWebhookEndpointDtoContext
    from .create_webhook_endpoint_dto_context_additional_property_type_1 import (
        CreateWebhookEndpointDtoContextAdditionalPropertyType1,
    )
    from .create_webhook_endpoint_dto_context_additional_property_type_1_data import (
        CreateWebhookEndpointDtoContextAdditionalPropertyType1Data,
    )
    from .create_webhook_endpoint_dto_type import CreateWebhookEndpointDtoType
    from .create_workflow_dto import CreateWorkflowDto
    from .create_workflow_dto_payload_schema_type_0 import CreateWorkflowDtoPayloadSchemaType0
    from .create_workflow_request_dto import CreateWorkflowRequestDto
    from .create_workflow_request_dto_data import CreateWorkflowRequestDtoData
    from .create_workflow_request_dto_notification_group import CreateWorkflowRequestDtoNotificationGroup
    from .created_subscriber_dto import CreatedSubscriberDto
    from .credentials_dto import CredentialsDto
    from .credentials_dto_tls_options import CredentialsDtoTlsOptions
    from .custom_control_dto import CustomControlDto
    from .custom_control_dto_custom import CustomControlDtoCustom
    from .custom_controls_metadata_response_dto import CustomControlsMetadataResponseDto
    from .custom_controls_metadata_response_dto_data_schema import CustomControlsMetadataResponseDtoDataSchema
    from .custom_step_response_dto import CustomStepResponseDto
    from .custom_step_response_dto_variables import CustomStepResponseDtoVariables
    from .custom_step_upsert_dto import CustomStepUpsertDto
    from .custom_step_upsert_dto_control_values_type_1 import CustomStepUpsertDtoControlValuesType1
    from .data_boolean_dto import DataBooleanDto
    from .data_number_dto import DataNumberDto
    from .data_wrapper_dto import DataWrapperDto
    from .data_wrapper_dto_data import DataWrapperDtoData
    from .day_schedule_dto import DayScheduleDto
    from .delay_control_dto import DelayControlDto
    from .delay_control_dto_skip import DelayControlDtoSkip
    from .delay_control_dto_type import DelayControlDtoType
    from .delay_control_dto_unit import DelayControlDtoUnit
    from .delay_controls_metadata_response_dto import DelayControlsMetadataResponseDto
    from .delay_controls_metadata_response_dto_data_schema import DelayControlsMetadataResponseDtoDataSchema
    from .delay_regular_metadata import DelayRegularMetadata
    from .delay_regular_metadata_type import DelayRegularMetadataType
    from .delay_regular_metadata_unit import DelayRegularMetadataUnit
    from .delay_render_output import DelayRenderOutput
    from .delay_scheduled_metadata import DelayScheduledMetadata
    from .delay_scheduled_metadata_type import DelayScheduledMetadataType
    from .delay_step_response_dto import DelayStepResponseDto
    from .delay_step_response_dto_variables import DelayStepResponseDtoVariables
    from .delay_step_upsert_dto import DelayStepUpsertDto
    from .delay_step_upsert_dto_control_values_type_1 import DelayStepUpsertDtoControlValuesType1
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
    from .delete_topic_response_dto import DeleteTopicResponseDto
    from .delete_topic_response_dto_envelope import DeleteTopicResponseDtoEnvelope
    from .delete_topic_subscriber_identifier_dto import DeleteTopicSubscriberIdentifierDto
    from .delete_topic_subscriptions_request_dto import DeleteTopicSubscriptionsRequestDto
    from .delete_topic_subscriptions_response_dto import DeleteTopicSubscriptionsResponseDto
    from .delete_translation_group_resource_type import DeleteTranslationGroupResourceType
    from .delete_translation_resource_type import DeleteTranslationResourceType
    from .dependency_reason_enum import DependencyReasonEnum
    from .diff_action_enum import DiffActionEnum
    from .diff_environment_request_dto import DiffEnvironmentRequestDto
    from .diff_environment_response_dto import DiffEnvironmentResponseDto
    from .diff_environment_response_dto_envelope import DiffEnvironmentResponseDtoEnvelope
    from .diff_summary_dto import DiffSummaryDto
    from .digest_control_dto import DigestControlDto
    from .digest_control_dto_skip import DigestControlDtoSkip
    from .digest_control_dto_type import DigestControlDtoType
    from .digest_control_dto_unit import DigestControlDtoUnit
    from .digest_controls_metadata_response_dto import DigestControlsMetadataResponseDto
    from .digest_controls_metadata_response_dto_data_schema import DigestControlsMetadataResponseDtoDataSchema
    from .digest_metadata_dto import DigestMetadataDto
    from .digest_metadata_dto_events_item import DigestMetadataDtoEventsItem
    from .digest_metadata_dto_unit import DigestMetadataDtoUnit
    from .digest_regular_metadata import DigestRegularMetadata
    from .digest_regular_metadata_backoff_unit import DigestRegularMetadataBackoffUnit
    from .digest_regular_metadata_type import DigestRegularMetadataType
    from .digest_regular_metadata_unit import DigestRegularMetadataUnit
    from .digest_regular_output import DigestRegularOutput
    from .digest_regular_output_look_back_window import DigestRegularOutputLookBackWindow
    from .digest_step_response_dto import DigestStepResponseDto
    from .digest_step_response_dto_variables import DigestStepResponseDtoVariables
    from .digest_step_upsert_dto import DigestStepUpsertDto
    from .digest_step_upsert_dto_control_values_type_1 import DigestStepUpsertDtoControlValuesType1
    from .digest_timed_config_dto import DigestTimedConfigDto
    from .digest_timed_config_dto_week_days_item import DigestTimedConfigDtoWeekDaysItem
    from .digest_timed_metadata import DigestTimedMetadata
    from .digest_timed_metadata_type import DigestTimedMetadataType
    from .digest_timed_metadata_unit import DigestTimedMetadataUnit
    from .digest_timed_output import DigestTimedOutput
    from .digest_type_enum import DigestTypeEnum
    from .digest_unit_enum import DigestUnitEnum
    from .direction_enum import DirectionEnum
    from .duplicate_layout_dto import DuplicateLayoutDto
    from .duplicate_workflow_dto import DuplicateWorkflowDto
    from .email_block import EmailBlock
    from .email_block_styles import EmailBlockStyles
    from .email_block_type_enum import EmailBlockTypeEnum
    from .email_channel_overrides import EmailChannelOverrides
    from .email_control_dto import EmailControlDto
    from .email_control_dto_editor_type import EmailControlDtoEditorType
    from .email_control_dto_skip import EmailControlDtoSkip
    from .email_controls_dto import EmailControlsDto
    from .email_controls_dto_editor_type import EmailControlsDtoEditorType
    from .email_controls_metadata_response_dto import EmailControlsMetadataResponseDto
    from .email_controls_metadata_response_dto_data_schema import EmailControlsMetadataResponseDtoDataSchema
    from .email_layout_render_output import EmailLayoutRenderOutput
    from .email_render_output import EmailRenderOutput
    from .email_step_response_dto import EmailStepResponseDto
    from .email_step_response_dto_variables import EmailStepResponseDtoVariables
    from .email_step_upsert_dto import EmailStepUpsertDto
    from .email_step_upsert_dto_control_values_type_1 import EmailStepUpsertDtoControlValuesType1
    from .environment_diff_summary_dto import EnvironmentDiffSummaryDto
    from .environment_response_dto import EnvironmentResponseDto
    from .environment_response_dto_envelope import EnvironmentResponseDtoEnvelope
    from .environment_response_dto_list_envelope import EnvironmentResponseDtoListEnvelope
    from .environment_response_dto_type import EnvironmentResponseDtoType
    from .environment_variable_response_dto import EnvironmentVariableResponseDto
    from .environment_variable_response_dto_envelope import EnvironmentVariableResponseDtoEnvelope
    from .environment_variable_response_dto_list_envelope import EnvironmentVariableResponseDtoListEnvelope
    from .environment_variable_response_dto_type import EnvironmentVariableResponseDtoType
    from .environment_variable_value_dto import EnvironmentVariableValueDto
    from .environment_variable_value_response_dto import EnvironmentVariableValueResponseDto
    from .environment_variable_workflow_info_dto import EnvironmentVariableWorkflowInfoDto
    from .error_dto import ErrorDto
    from .error_dto_ctx import ErrorDtoCtx
    from .event_body import EventBody
    from .event_body_status import EventBodyStatus
    from .execution_details_response_dto import ExecutionDetailsResponseDto
    from .execution_details_response_dto_channel import ExecutionDetailsResponseDtoChannel
    from .execution_details_response_dto_list_envelope import ExecutionDetailsResponseDtoListEnvelope
    from .execution_details_response_dto_source import ExecutionDetailsResponseDtoSource
    from .execution_details_response_dto_status import ExecutionDetailsResponseDtoStatus
    from .execution_details_source_enum import ExecutionDetailsSourceEnum
    from .execution_details_status_enum import ExecutionDetailsStatusEnum
    from .failed_assignments_dto import FailedAssignmentsDto
    from .failed_operation_dto import FailedOperationDto
    from .failed_workflow_dto import FailedWorkflowDto
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
    from .generate_chat_o_auth_url_response_dto import GenerateChatOAuthUrlResponseDto
    from .generate_chat_o_auth_url_response_dto_envelope import GenerateChatOAuthUrlResponseDtoEnvelope
    from .generate_chat_oauth_url_request_dto import GenerateChatOauthUrlRequestDto
    from .generate_chat_oauth_url_request_dto_context import GenerateChatOauthUrlRequestDtoContext
    from .generate_chat_oauth_url_request_dto_context_additional_property_type_1 import (
        GenerateChatOauthUrlRequestDtoContextAdditionalPropertyType1,
    )
    from .generate_chat_oauth_url_request_dto_context_additional_property_type_1_data import (
        GenerateChatOauthUrlRequestDtoContextAdditionalPropertyType1Data,
    )
    from .generate_layout_preview_response_dto import GenerateLayoutPreviewResponseDto
    from .generate_layout_preview_response_dto_envelope import GenerateLayoutPreviewResponseDtoEnvelope
    from .generate_layout_preview_response_dto_result_type_0 import GenerateLayoutPreviewResponseDtoResultType0
    from .generate_layout_preview_response_dto_result_type_0_type import GenerateLayoutPreviewResponseDtoResultType0Type
    from .generate_layout_preview_response_dto_schema_type_0 import GenerateLayoutPreviewResponseDtoSchemaType0
    from .generate_preview_request_dto import GeneratePreviewRequestDto
    from .generate_preview_request_dto_control_values import GeneratePreviewRequestDtoControlValues
    from .generate_preview_response_dto import GeneratePreviewResponseDto
    from .generate_preview_response_dto_envelope import GeneratePreviewResponseDtoEnvelope
    from .generate_preview_response_dto_result_type_0 import GeneratePreviewResponseDtoResultType0
    from .generate_preview_response_dto_result_type_1 import GeneratePreviewResponseDtoResultType1
    from .generate_preview_response_dto_result_type_1_type import GeneratePreviewResponseDtoResultType1Type
    from .generate_preview_response_dto_result_type_2 import GeneratePreviewResponseDtoResultType2
    from .generate_preview_response_dto_result_type_2_type import GeneratePreviewResponseDtoResultType2Type
    from .generate_preview_response_dto_result_type_3 import GeneratePreviewResponseDtoResultType3
    from .generate_preview_response_dto_result_type_3_type import GeneratePreviewResponseDtoResultType3Type
    from .generate_preview_response_dto_result_type_4 import GeneratePreviewResponseDtoResultType4
    from .generate_preview_response_dto_result_type_4_type import GeneratePreviewResponseDtoResultType4Type
    from .generate_preview_response_dto_result_type_5 import GeneratePreviewResponseDtoResultType5
    from .generate_preview_response_dto_result_type_5_type import GeneratePreviewResponseDtoResultType5Type
    from .generate_preview_response_dto_result_type_6 import GeneratePreviewResponseDtoResultType6
    from .generate_preview_response_dto_result_type_6_type import GeneratePreviewResponseDtoResultType6Type
    from .generate_preview_response_dto_result_type_7 import GeneratePreviewResponseDtoResultType7
    from .generate_preview_response_dto_result_type_7_type import GeneratePreviewResponseDtoResultType7Type
    from .generate_preview_response_dto_result_type_8 import GeneratePreviewResponseDtoResultType8
    from .generate_preview_response_dto_result_type_8_type import GeneratePreviewResponseDtoResultType8Type
    from .generate_preview_response_dto_schema_type_0 import GeneratePreviewResponseDtoSchemaType0
    from .get_channel_connection_response_dto import GetChannelConnectionResponseDto
    from .get_channel_connection_response_dto_channel import GetChannelConnectionResponseDtoChannel
    from .get_channel_connection_response_dto_envelope import GetChannelConnectionResponseDtoEnvelope
    from .get_channel_connection_response_dto_provider_id import GetChannelConnectionResponseDtoProviderId
    from .get_channel_endpoint_response_dto import GetChannelEndpointResponseDto
    from .get_channel_endpoint_response_dto_channel import GetChannelEndpointResponseDtoChannel
    from .get_channel_endpoint_response_dto_envelope import GetChannelEndpointResponseDtoEnvelope
    from .get_channel_endpoint_response_dto_provider_id import GetChannelEndpointResponseDtoProviderId
    from .get_channel_endpoint_response_dto_type import GetChannelEndpointResponseDtoType
    from .get_channel_limit_channel_type import GetChannelLimitChannelType
    from .get_charts_response_dto import GetChartsResponseDto
    from .get_charts_response_dto_data import GetChartsResponseDtoData
    from .get_context_response_dto import GetContextResponseDto
    from .get_context_response_dto_data import GetContextResponseDtoData
    from .get_environment_tags_dto import GetEnvironmentTagsDto
    from .get_environment_tags_dto_list_envelope import GetEnvironmentTagsDtoListEnvelope
    from .get_environment_variable_usage_response_dto import GetEnvironmentVariableUsageResponseDto
    from .get_environment_variable_usage_response_dto_envelope import GetEnvironmentVariableUsageResponseDtoEnvelope
    from .get_layout_response_dto import GetLayoutResponseDto
    from .get_layout_response_dto_channel import GetLayoutResponseDtoChannel
    from .get_layout_response_dto_envelope import GetLayoutResponseDtoEnvelope
    from .get_layout_response_dto_variables_item import GetLayoutResponseDtoVariablesItem
    from .get_layout_usage_response_dto import GetLayoutUsageResponseDto
    from .get_layout_usage_response_dto_envelope import GetLayoutUsageResponseDtoEnvelope
    from .get_master_json_response_dto import GetMasterJsonResponseDto
    from .get_master_json_response_dto_envelope import GetMasterJsonResponseDtoEnvelope
    from .get_master_json_response_dto_layouts import GetMasterJsonResponseDtoLayouts
    from .get_master_json_response_dto_workflows import GetMasterJsonResponseDtoWorkflows
    from .get_preferences_response_dto import GetPreferencesResponseDto
    from .get_preferences_response_dto_condition_type_0 import GetPreferencesResponseDtoConditionType0
    from .get_preferences_response_dto_list_envelope import GetPreferencesResponseDtoListEnvelope
    from .get_request_response_dto import GetRequestResponseDto
    from .get_requests_response_dto import GetRequestsResponseDto
    from .get_single_translation_resource_type import GetSingleTranslationResourceType
    from .get_subscriber_preferences_criticality import GetSubscriberPreferencesCriticality
    from .get_subscriber_preferences_dto import GetSubscriberPreferencesDto
    from .get_subscriber_preferences_dto_envelope import GetSubscriberPreferencesDtoEnvelope
    from .get_subscriber_preferences_response_dto import GetSubscriberPreferencesResponseDto
    from .get_subscriber_preferences_response_dto_list_envelope import GetSubscriberPreferencesResponseDtoListEnvelope
    from .get_tenant_response_dto import GetTenantResponseDto
    from .get_tenant_response_dto_data import GetTenantResponseDtoData
    from .get_tenant_response_dto_envelope import GetTenantResponseDtoEnvelope
    from .get_topic_response_dto import GetTopicResponseDto
    from .get_topic_response_dto_envelope import GetTopicResponseDtoEnvelope
    from .get_translation_group_resource_type import GetTranslationGroupResourceType
    from .get_webhook_support_status_legacy_response_200 import GetWebhookSupportStatusLegacyResponse200
    from .get_webhook_support_status_response_200 import GetWebhookSupportStatusResponse200
    from .get_workflow_run_response_dto import GetWorkflowRunResponseDto
    from .get_workflow_run_response_dto_delivery_lifecycle_status import (
        GetWorkflowRunResponseDtoDeliveryLifecycleStatus,
    )
    from .get_workflow_run_response_dto_overrides import GetWorkflowRunResponseDtoOverrides
    from .get_workflow_run_response_dto_payload import GetWorkflowRunResponseDtoPayload
    from .get_workflow_run_response_dto_severity import GetWorkflowRunResponseDtoSeverity
    from .get_workflow_run_response_dto_status import GetWorkflowRunResponseDtoStatus
    from .get_workflow_runs_dto import GetWorkflowRunsDto
    from .get_workflow_runs_dto_delivery_lifecycle_status import GetWorkflowRunsDtoDeliveryLifecycleStatus
    from .get_workflow_runs_dto_severity import GetWorkflowRunsDtoSeverity
    from .get_workflow_runs_dto_status import GetWorkflowRunsDtoStatus
    from .get_workflow_runs_response_dto import GetWorkflowRunsResponseDto
    from .get_workflow_runs_response_dto_next_type_0 import GetWorkflowRunsResponseDtoNextType0
    from .get_workflow_runs_response_dto_previous_type_0 import GetWorkflowRunsResponseDtoPreviousType0
    from .global_preference_dto import GlobalPreferenceDto
    from .group_preference_filter_details_dto import GroupPreferenceFilterDetailsDto
    from .group_preference_filter_dto import GroupPreferenceFilterDto
    from .group_preference_filter_dto_condition import GroupPreferenceFilterDtoCondition
    from .grouped_blueprint_response_dto import GroupedBlueprintResponseDto
    from .grouped_blueprint_response_dto_envelope import GroupedBlueprintResponseDtoEnvelope
    from .grouped_blueprint_response_dto_general_item import GroupedBlueprintResponseDtoGeneralItem
    from .handle_webhook_body import HandleWebhookBody
    from .http_method_enum import HttpMethodEnum
    from .http_request_control_dto import HttpRequestControlDto
    from .http_request_control_dto_response_body_schema import HttpRequestControlDtoResponseBodySchema
    from .http_request_controls_metadata_response_dto import HttpRequestControlsMetadataResponseDto
    from .http_request_controls_metadata_response_dto_data_schema import (
        HttpRequestControlsMetadataResponseDtoDataSchema,
    )
    from .http_request_key_value_pair_dto import HttpRequestKeyValuePairDto
    from .http_request_step_response_dto import HttpRequestStepResponseDto
    from .http_request_step_response_dto_variables import HttpRequestStepResponseDtoVariables
    from .http_request_step_upsert_dto import HttpRequestStepUpsertDto
    from .http_request_step_upsert_dto_control_values_type_1 import HttpRequestStepUpsertDtoControlValuesType1
    from .i_partner_configuration_response_dto import IPartnerConfigurationResponseDto
    from .i_partner_configuration_response_dto_partner_type import IPartnerConfigurationResponseDtoPartnerType
    from .import_master_json_request_dto import ImportMasterJsonRequestDto
    from .import_master_json_request_dto_master_json import ImportMasterJsonRequestDtoMasterJson
    from .import_master_json_response_dto import ImportMasterJsonResponseDto
    from .import_master_json_response_dto_envelope import ImportMasterJsonResponseDtoEnvelope
    from .in_app_control_dto import InAppControlDto
    from .in_app_control_dto_data import InAppControlDtoData
    from .in_app_control_dto_skip import InAppControlDtoSkip
    from .in_app_controls_metadata_response_dto import InAppControlsMetadataResponseDto
    from .in_app_controls_metadata_response_dto_data_schema import InAppControlsMetadataResponseDtoDataSchema
    from .in_app_render_output import InAppRenderOutput
    from .in_app_render_output_data import InAppRenderOutputData
    from .in_app_step_response_dto import InAppStepResponseDto
    from .in_app_step_response_dto_variables import InAppStepResponseDtoVariables
    from .in_app_step_upsert_dto import InAppStepUpsertDto
    from .in_app_step_upsert_dto_control_values_type_1 import InAppStepUpsertDtoControlValuesType1
    from .in_bound_parse_domain_dto import InBoundParseDomainDto
    from .integration_issue_enum import IntegrationIssueEnum
    from .integration_response_dto import IntegrationResponseDto
    from .integration_response_dto_channel import IntegrationResponseDtoChannel
    from .integration_response_dto_envelope import IntegrationResponseDtoEnvelope
    from .integration_response_dto_list_envelope import IntegrationResponseDtoListEnvelope
    from .layout_control_values_dto import LayoutControlValuesDto
    from .layout_controls_dto import LayoutControlsDto
    from .layout_controls_dto_data_schema import LayoutControlsDtoDataSchema
    from .layout_creation_source_enum import LayoutCreationSourceEnum
    from .layout_preview_payload_dto import LayoutPreviewPayloadDto
    from .layout_preview_request_dto import LayoutPreviewRequestDto
    from .layout_preview_request_dto_control_values import LayoutPreviewRequestDtoControlValues
    from .layout_response_dto import LayoutResponseDto
    from .layout_response_dto_envelope import LayoutResponseDtoEnvelope
    from .layout_response_dto_sort_field import LayoutResponseDtoSortField
    from .layout_response_dto_variables_type_0 import LayoutResponseDtoVariablesType0
    from .list_channel_connections_channel import ListChannelConnectionsChannel
    from .list_channel_connections_order_direction import ListChannelConnectionsOrderDirection
    from .list_channel_connections_response_dto import ListChannelConnectionsResponseDto
    from .list_channel_endpoints_channel import ListChannelEndpointsChannel
    from .list_channel_endpoints_order_direction import ListChannelEndpointsOrderDirection
    from .list_channel_endpoints_response_dto import ListChannelEndpointsResponseDto
    from .list_contexts_order_direction import ListContextsOrderDirection
    from .list_contexts_response_dto import ListContextsResponseDto
    from .list_layout_response_dto import ListLayoutResponseDto
    from .list_layout_response_dto_envelope import ListLayoutResponseDtoEnvelope
    from .list_layouts_order_by import ListLayoutsOrderBy
    from .list_layouts_response_200 import ListLayoutsResponse200
    from .list_subscriber_topics_order_direction import ListSubscriberTopicsOrderDirection
    from .list_subscribers_response_200 import ListSubscribersResponse200
    from .list_subscribers_response_dto import ListSubscribersResponseDto
    from .list_tenants_response_200 import ListTenantsResponse200
    from .list_topic_subscriptions_order_direction import ListTopicSubscriptionsOrderDirection
    from .list_topic_subscriptions_response_dto import ListTopicSubscriptionsResponseDto
    from .list_topics_response_dto import ListTopicsResponseDto
    from .list_topics_v2_order_direction import ListTopicsV2OrderDirection
    from .list_workflow_response import ListWorkflowResponse
    from .list_workflow_response_envelope import ListWorkflowResponseEnvelope
    from .look_back_window_dto import LookBackWindowDto
    from .look_back_window_dto_unit import LookBackWindowDtoUnit
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
    from .message_failed_error_dto import MessageFailedErrorDto
    from .message_failed_push_dto import MessageFailedPushDto
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
    from .messages_response_dto import MessagesResponseDto
    from .meta_dto import MetaDto
    from .monthly_type_enum import MonthlyTypeEnum
    from .ms_teams_channel_endpoint_dto import MsTeamsChannelEndpointDto
    from .ms_teams_user_endpoint_dto import MsTeamsUserEndpointDto
    from .mx_record_status_dto import MxRecordStatusDto
    from .mx_record_status_dto_envelope import MxRecordStatusDtoEnvelope
    from .notification_dto import NotificationDto
    from .notification_dto_channel import NotificationDtoChannel
    from .notification_dto_overrides import NotificationDtoOverrides
    from .notification_dto_payload import NotificationDtoPayload
    from .notification_dto_status import NotificationDtoStatus
    from .notification_feed_item_dto import NotificationFeedItemDto
    from .notification_feed_item_dto_data_type_0 import NotificationFeedItemDtoDataType0
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
    from .patch_subscriber_preferences_dto_context import PatchSubscriberPreferencesDtoContext
    from .patch_subscriber_preferences_dto_context_additional_property_type_1 import (
        PatchSubscriberPreferencesDtoContextAdditionalPropertyType1,
    )
    from .patch_subscriber_preferences_dto_context_additional_property_type_1_data import (
        PatchSubscriberPreferencesDtoContextAdditionalPropertyType1Data,
    )
    from .patch_subscriber_request_dto import PatchSubscriberRequestDto
    from .patch_subscriber_request_dto_data_type_0 import PatchSubscriberRequestDtoDataType0
    from .patch_workflow_dto import PatchWorkflowDto
    from .patch_workflow_dto_payload_schema_type_0 import PatchWorkflowDtoPayloadSchemaType0
    from .payload_validation_error_dto import PayloadValidationErrorDto
    from .payload_validation_error_dto_value_type_3_type_0 import PayloadValidationErrorDtoValueType3Type0
    from .payload_validation_error_dto_value_type_4_item_type_3 import PayloadValidationErrorDtoValueType4ItemType3
    from .payload_validation_exception_dto import PayloadValidationExceptionDto
    from .payload_validation_exception_dto_ctx import PayloadValidationExceptionDtoCtx
    from .payload_validation_exception_dto_message_type_3_type_0 import PayloadValidationExceptionDtoMessageType3Type0
    from .payload_validation_exception_dto_message_type_4_item_type_3 import (
        PayloadValidationExceptionDtoMessageType4ItemType3,
    )
    from .payload_validation_exception_dto_schema import PayloadValidationExceptionDtoSchema
    from .phone_endpoint_dto import PhoneEndpointDto
    from .preference import Preference
    from .preference_level_enum import PreferenceLevelEnum
    from .preference_override_source_enum import PreferenceOverrideSourceEnum
    from .preferences_request_dto import PreferencesRequestDto
    from .preview_error_dto import PreviewErrorDto
    from .preview_payload_dto import PreviewPayloadDto
    from .preview_payload_dto_context import PreviewPayloadDtoContext
    from .preview_payload_dto_context_additional_property_type_1 import PreviewPayloadDtoContextAdditionalPropertyType1
    from .preview_payload_dto_context_additional_property_type_1_data import (
        PreviewPayloadDtoContextAdditionalPropertyType1Data,
    )
    from .preview_payload_dto_env import PreviewPayloadDtoEnv
    from .preview_payload_dto_payload import PreviewPayloadDtoPayload
    from .preview_payload_dto_steps import PreviewPayloadDtoSteps
    from .providers_id_enum import ProvidersIdEnum
    from .publish_environment_request_dto import PublishEnvironmentRequestDto
    from .publish_environment_response_dto import PublishEnvironmentResponseDto
    from .publish_environment_response_dto_envelope import PublishEnvironmentResponseDtoEnvelope
    from .publish_summary_dto import PublishSummaryDto
    from .push_control_dto import PushControlDto
    from .push_control_dto_skip import PushControlDtoSkip
    from .push_controls_metadata_response_dto import PushControlsMetadataResponseDto
    from .push_controls_metadata_response_dto_data_schema import PushControlsMetadataResponseDtoDataSchema
    from .push_render_output import PushRenderOutput
    from .push_step_response_dto import PushStepResponseDto
    from .push_step_response_dto_variables import PushStepResponseDtoVariables
    from .push_step_upsert_dto import PushStepUpsertDto
    from .push_step_upsert_dto_control_values_type_1 import PushStepUpsertDtoControlValuesType1
    from .redirect_dto import RedirectDto
    from .redirect_dto_target import RedirectDtoTarget
    from .remove_subscriber_response_dto import RemoveSubscriberResponseDto
    from .remove_subscriber_response_dto_envelope import RemoveSubscriberResponseDtoEnvelope
    from .remove_subscribers_request_dto import RemoveSubscribersRequestDto
    from .rename_organization_dto import RenameOrganizationDto
    from .rename_organization_dto_envelope import RenameOrganizationDtoEnvelope
    from .rename_topic_request_dto import RenameTopicRequestDto
    from .rename_topic_response_dto import RenameTopicResponseDto
    from .rename_topic_response_dto_envelope import RenameTopicResponseDtoEnvelope
    from .reply_callback import ReplyCallback
    from .request_log_response_dto import RequestLogResponseDto
    from .request_log_response_dto_transaction_id_type_0 import RequestLogResponseDtoTransactionIdType0
    from .resource_dependency_dto import ResourceDependencyDto
    from .resource_diff_dto import ResourceDiffDto
    from .resource_diff_dto_diffs import ResourceDiffDtoDiffs
    from .resource_diff_dto_diffs_new_type_0 import ResourceDiffDtoDiffsNewType0
    from .resource_diff_dto_diffs_previous_type_0 import ResourceDiffDtoDiffsPreviousType0
    from .resource_diff_result_dto import ResourceDiffResultDto
    from .resource_info_dto import ResourceInfoDto
    from .resource_origin_enum import ResourceOriginEnum
    from .resource_to_publish_dto import ResourceToPublishDto
    from .resource_type_enum import ResourceTypeEnum
    from .runtime_issue_dto import RuntimeIssueDto
    from .runtime_issue_dto import RuntimeIssueDto as String
    from .schedule_dto import ScheduleDto
    from .search_subscribers_order_direction import SearchSubscribersOrderDirection
    from .severity_level_enum import SeverityLevelEnum
    from .skipped_workflow_dto import SkippedWorkflowDto
    from .slack_channel_endpoint_dto import SlackChannelEndpointDto
    from .slack_user_endpoint_dto import SlackUserEndpointDto
    from .sms_control_dto import SmsControlDto
    from .sms_control_dto_skip import SmsControlDtoSkip
    from .sms_controls_metadata_response_dto import SmsControlsMetadataResponseDto
    from .sms_controls_metadata_response_dto_data_schema import SmsControlsMetadataResponseDtoDataSchema
    from .sms_render_output import SmsRenderOutput
    from .sms_step_response_dto import SmsStepResponseDto
    from .sms_step_response_dto_variables import SmsStepResponseDtoVariables
    from .sms_step_upsert_dto import SmsStepUpsertDto
    from .sms_step_upsert_dto_control_values_type_1 import SmsStepUpsertDtoControlValuesType1
    from .step_content_issue_dto import StepContentIssueDto
    from .step_execution_detail_dto import StepExecutionDetailDto
    from .step_execution_detail_dto_raw_type_0 import StepExecutionDetailDtoRawType0
    from .step_filter import StepFilter
    from .step_filter_dto import StepFilterDto
    from .step_filter_dto_value import StepFilterDtoValue
    from .step_filter_type import StepFilterType
    from .step_filter_value import StepFilterValue
    from .step_integration_issue import StepIntegrationIssue
    from .step_issues_dto import StepIssuesDto
    from .step_issues_dto_controls import StepIssuesDtoControls
    from .step_issues_dto_integration import StepIssuesDtoIntegration
    from .step_list_response_dto import StepListResponseDto
    from .step_response_dto import StepResponseDto
    from .step_response_dto_control_values import StepResponseDtoControlValues
    from .step_response_dto_envelope import StepResponseDtoEnvelope
    from .step_response_dto_variables import StepResponseDtoVariables
    from .step_run_dto import StepRunDto
    from .step_run_dto_status import StepRunDtoStatus
    from .step_type_enum import StepTypeEnum
    from .steps_overrides import StepsOverrides
    from .steps_overrides_providers import StepsOverridesProviders
    from .steps_overrides_providers_additional_property import StepsOverridesProvidersAdditionalProperty
    from .subscriber_channel_dto import SubscriberChannelDto
    from .subscriber_channel_dto_provider_id import SubscriberChannelDtoProviderId
    from .subscriber_dto import SubscriberDto
    from .subscriber_feed_response_dto import SubscriberFeedResponseDto
    from .subscriber_global_preference_dto import SubscriberGlobalPreferenceDto
    from .subscriber_payload_dto import SubscriberPayloadDto
    from .subscriber_payload_dto_data_type_0 import SubscriberPayloadDtoDataType0
    from .subscriber_preference_channels import SubscriberPreferenceChannels
    from .subscriber_preference_channels import SubscriberPreferenceChannels as PreferenceChannels
    from .subscriber_preference_override_dto import SubscriberPreferenceOverrideDto
    from .subscriber_preferences_workflow_info_dto import SubscriberPreferencesWorkflowInfoDto
    from .subscriber_response_dto import SubscriberResponseDto
    from .subscriber_response_dto_data_type_0 import SubscriberResponseDtoDataType0
    from .subscriber_response_dto_envelope import SubscriberResponseDtoEnvelope
    from .subscriber_response_dto_optional import SubscriberResponseDtoOptional
    from .subscriber_response_dto_optional_data_type_0 import SubscriberResponseDtoOptionalDataType0
    from .subscriber_workflow_preference_dto import SubscriberWorkflowPreferenceDto
    from .subscription_details_response_dto import SubscriptionDetailsResponseDto
    from .subscription_details_response_dto_envelope import SubscriptionDetailsResponseDtoEnvelope
    from .subscription_dto import SubscriptionDto
    from .subscription_error_dto import SubscriptionErrorDto
    from .subscription_preference_dto import SubscriptionPreferenceDto
    from .subscription_preference_dto_condition import SubscriptionPreferenceDtoCondition
    from .subscription_response_dto import SubscriptionResponseDto
    from .subscription_response_dto_envelope import SubscriptionResponseDtoEnvelope
    from .subscriptions_delete_error_dto import SubscriptionsDeleteErrorDto
    from .sync_action_enum import SyncActionEnum
    from .sync_result_dto import SyncResultDto
    from .sync_workflow_dto import SyncWorkflowDto
    from .synced_workflow_dto import SyncedWorkflowDto
    from .template_response import TemplateResponse
    from .tenant_payload_dto import TenantPayloadDto
    from .tenant_payload_dto_data import TenantPayloadDtoData
    from .text_align_enum import TextAlignEnum
    from .throttle_control_dto import ThrottleControlDto
    from .throttle_control_dto_skip import ThrottleControlDtoSkip
    from .throttle_control_dto_type import ThrottleControlDtoType
    from .throttle_control_dto_unit import ThrottleControlDtoUnit
    from .throttle_controls_metadata_response_dto import ThrottleControlsMetadataResponseDto
    from .throttle_controls_metadata_response_dto_data_schema import ThrottleControlsMetadataResponseDtoDataSchema
    from .throttle_step_response_dto import ThrottleStepResponseDto
    from .throttle_step_response_dto_variables import ThrottleStepResponseDtoVariables
    from .throttle_step_upsert_dto import ThrottleStepUpsertDto
    from .throttle_step_upsert_dto_control_values_type_1 import ThrottleStepUpsertDtoControlValuesType1
    from .time_range_dto import TimeRangeDto
    from .time_unit_enum import TimeUnitEnum
    from .timed_config import TimedConfig
    from .timed_config_monthly_type import TimedConfigMonthlyType
    from .timed_config_ordinal import TimedConfigOrdinal
    from .timed_config_ordinal_value import TimedConfigOrdinalValue
    from .timed_config_week_days_item import TimedConfigWeekDaysItem
    from .topic_dto import TopicDto
    from .topic_payload_dto import TopicPayloadDto
    from .topic_response_dto import TopicResponseDto
    from .topic_response_dto_envelope import TopicResponseDtoEnvelope
    from .topic_subscriber_dto import TopicSubscriberDto
    from .topic_subscriber_dto_envelope import TopicSubscriberDtoEnvelope
    from .topic_subscriber_identifier_dto import TopicSubscriberIdentifierDto
    from .topic_subscription_response_dto import TopicSubscriptionResponseDto
    from .trace_response_dto import TraceResponseDto
    from .trace_response_dto_external_subscriber_id_type_0 import TraceResponseDtoExternalSubscriberIdType0
    from .trace_response_dto_message_type_0 import TraceResponseDtoMessageType0
    from .trace_response_dto_raw_data_type_0 import TraceResponseDtoRawDataType0
    from .trace_response_dto_subscriber_id_type_0 import TraceResponseDtoSubscriberIdType0
    from .trace_response_dto_user_id_type_0 import TraceResponseDtoUserIdType0
    from .translation_group_dto import TranslationGroupDto
    from .translation_group_dto_envelope import TranslationGroupDtoEnvelope
    from .translation_group_dto_resource_type import TranslationGroupDtoResourceType
    from .translation_response_dto import TranslationResponseDto
    from .translation_response_dto_content import TranslationResponseDtoContent
    from .translation_response_dto_envelope import TranslationResponseDtoEnvelope
    from .translation_response_dto_resource_type import TranslationResponseDtoResourceType
    from .trigger_event_request_dto import TriggerEventRequestDto
    from .trigger_event_request_dto_context import TriggerEventRequestDtoContext
    from .trigger_event_request_dto_context_additional_property_type_1 import (
        TriggerEventRequestDtoContextAdditionalPropertyType1,
    )
    from .trigger_event_request_dto_context_additional_property_type_1_data import (
        TriggerEventRequestDtoContextAdditionalPropertyType1Data,
    )
    from .trigger_event_request_dto_payload import TriggerEventRequestDtoPayload
    from .trigger_event_response_dto import TriggerEventResponseDto
    from .trigger_event_response_dto_envelope import TriggerEventResponseDtoEnvelope
    from .trigger_event_response_dto_job_data import TriggerEventResponseDtoJobData
    from .trigger_event_response_dto_list_envelope import TriggerEventResponseDtoListEnvelope
    from .trigger_event_response_dto_status import TriggerEventResponseDtoStatus
    from .trigger_event_to_all_request_dto import TriggerEventToAllRequestDto
    from .trigger_event_to_all_request_dto_context import TriggerEventToAllRequestDtoContext
    from .trigger_event_to_all_request_dto_context_additional_property_type_1 import (
        TriggerEventToAllRequestDtoContextAdditionalPropertyType1,
    )
    from .trigger_event_to_all_request_dto_context_additional_property_type_1_data import (
        TriggerEventToAllRequestDtoContextAdditionalPropertyType1Data,
    )
    from .trigger_event_to_all_request_dto_payload import TriggerEventToAllRequestDtoPayload
    from .trigger_overrides import TriggerOverrides
    from .trigger_overrides_chat import TriggerOverridesChat
    from .trigger_overrides_email import TriggerOverridesEmail
    from .trigger_overrides_providers import TriggerOverridesProviders
    from .trigger_overrides_providers_additional_property import TriggerOverridesProvidersAdditionalProperty
    from .trigger_overrides_push import TriggerOverridesPush
    from .trigger_overrides_sms import TriggerOverridesSms
    from .trigger_overrides_steps import TriggerOverridesSteps
    from .trigger_recipients_type_enum import TriggerRecipientsTypeEnum
    from .ui_component_enum import UiComponentEnum
    from .ui_schema import UiSchema
    from .ui_schema_group_enum import UiSchemaGroupEnum
    from .ui_schema_properties import UiSchemaProperties
    from .ui_schema_property import UiSchemaProperty
    from .ui_schema_property_placeholder_type_3 import UiSchemaPropertyPlaceholderType3
    from .ui_schema_property_placeholder_type_4_item_type_3 import UiSchemaPropertyPlaceholderType4ItemType3
    from .ui_schema_property_properties import UiSchemaPropertyProperties
    from .unseen_count_response import UnseenCountResponse
    from .unseen_count_response_envelope import UnseenCountResponseEnvelope
    from .update_branding_details_dto import UpdateBrandingDetailsDto
    from .update_channel_connection_request_dto import UpdateChannelConnectionRequestDto
    from .update_channel_endpoint_request_dto import UpdateChannelEndpointRequestDto
    from .update_context_request_dto import UpdateContextRequestDto
    from .update_context_request_dto_data import UpdateContextRequestDtoData
    from .update_environment_request_dto import UpdateEnvironmentRequestDto
    from .update_environment_variable_request_dto import UpdateEnvironmentVariableRequestDto
    from .update_environment_variable_request_dto_type import UpdateEnvironmentVariableRequestDtoType
    from .update_integration_request_dto import UpdateIntegrationRequestDto
    from .update_integration_request_dto_configurations import UpdateIntegrationRequestDtoConfigurations
    from .update_layout_dto import UpdateLayoutDto
    from .update_layout_request_dto import UpdateLayoutRequestDto
    from .update_layout_request_dto_variables_item import UpdateLayoutRequestDtoVariablesItem
    from .update_layout_response_dto import UpdateLayoutResponseDto
    from .update_layout_response_dto_channel import UpdateLayoutResponseDtoChannel
    from .update_layout_response_dto_envelope import UpdateLayoutResponseDtoEnvelope
    from .update_layout_response_dto_variables_item import UpdateLayoutResponseDtoVariablesItem
    from .update_subscriber_channel_request_dto import UpdateSubscriberChannelRequestDto
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
    from .update_topic_request_dto import UpdateTopicRequestDto
    from .update_topic_subscription_request_dto import UpdateTopicSubscriptionRequestDto
    from .update_workflow_dto import UpdateWorkflowDto
    from .update_workflow_dto_payload_schema_type_0 import UpdateWorkflowDtoPayloadSchemaType0
    from .update_workflow_request_dto import UpdateWorkflowRequestDto
    from .update_workflow_request_dto_data import UpdateWorkflowRequestDtoData
    from .updated_subscriber_dto import UpdatedSubscriberDto
    from .upload_master_json_body import UploadMasterJsonBody
    from .upload_translation_files_body import UploadTranslationFilesBody
    from .upload_translation_files_body_resource_type import UploadTranslationFilesBodyResourceType
    from .upload_translations_response_dto import UploadTranslationsResponseDto
    from .upload_translations_response_dto_envelope import UploadTranslationsResponseDtoEnvelope
    from .user_info_dto import UserInfoDto
    from .user_response_dto import UserResponseDto
    from .validation_error_dto import ValidationErrorDto
    from .validation_error_dto_ctx import ValidationErrorDtoCtx
    from .validation_error_dto_errors import ValidationErrorDtoErrors
    from .validation_error_dto_message_type_3_type_0 import ValidationErrorDtoMessageType3Type0
    from .validation_error_dto_message_type_4_item_type_3 import ValidationErrorDtoMessageType4ItemType3
    from .variables_response_dto import VariablesResponseDto
    from .variables_response_dto_envelope import VariablesResponseDtoEnvelope
    from .variables_response_dto_system import VariablesResponseDtoSystem
    from .variables_response_dto_translations import VariablesResponseDtoTranslations
    from .webhook_created_workflow_dto import WebhookCreatedWorkflowDto
    from .webhook_created_workflow_dto_webhook_payload_wrapper import WebhookCreatedWorkflowDtoWebhookPayloadWrapper
    from .webhook_created_workflow_dto_webhook_payload_wrapper_object import (
        WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject,
    )
    from .webhook_created_workflow_dto_webhook_payload_wrapper_type import (
        WebhookCreatedWorkflowDtoWebhookPayloadWrapperType,
    )
    from .webhook_deleted_workflow_dto import WebhookDeletedWorkflowDto
    from .webhook_deleted_workflow_dto_webhook_payload_wrapper import WebhookDeletedWorkflowDtoWebhookPayloadWrapper
    from .webhook_deleted_workflow_dto_webhook_payload_wrapper_object import (
        WebhookDeletedWorkflowDtoWebhookPayloadWrapperObject,
    )
    from .webhook_deleted_workflow_dto_webhook_payload_wrapper_type import (
        WebhookDeletedWorkflowDtoWebhookPayloadWrapperType,
    )
    from .webhook_endpoint_dto import WebhookEndpointDto
    from .webhook_message_dto import WebhookMessageDto
    from .webhook_message_dto_object import WebhookMessageDtoObject
    from .webhook_message_dto_webhook_payload_wrapper import WebhookMessageDtoWebhookPayloadWrapper
    from .webhook_message_dto_webhook_payload_wrapper_object import WebhookMessageDtoWebhookPayloadWrapperObject
    from .webhook_message_dto_webhook_payload_wrapper_type import WebhookMessageDtoWebhookPayloadWrapperType
    from .webhook_message_failed_dto import WebhookMessageFailedDto
    from .webhook_message_failed_dto_object import WebhookMessageFailedDtoObject
    from .webhook_message_failed_dto_webhook_payload_wrapper import WebhookMessageFailedDtoWebhookPayloadWrapper
    from .webhook_message_failed_dto_webhook_payload_wrapper_object import (
        WebhookMessageFailedDtoWebhookPayloadWrapperObject,
    )
    from .webhook_message_failed_dto_webhook_payload_wrapper_type import (
        WebhookMessageFailedDtoWebhookPayloadWrapperType,
    )
    from .webhook_preference_dto import WebhookPreferenceDto
    from .webhook_preference_dto_object import WebhookPreferenceDtoObject
    from .webhook_preference_dto_webhook_payload_wrapper import WebhookPreferenceDtoWebhookPayloadWrapper
    from .webhook_preference_dto_webhook_payload_wrapper_object import WebhookPreferenceDtoWebhookPayloadWrapperObject
    from .webhook_preference_dto_webhook_payload_wrapper_type import WebhookPreferenceDtoWebhookPayloadWrapperType
    from .webhook_result_dto import WebhookResultDto
    from .webhook_result_dto_list_envelope import WebhookResultDtoListEnvelope
    from .webhook_updated_workflow_dto import WebhookUpdatedWorkflowDto
    from .webhook_updated_workflow_dto_webhook_payload_wrapper import WebhookUpdatedWorkflowDtoWebhookPayloadWrapper
    from .webhook_updated_workflow_dto_webhook_payload_wrapper_object import (
        WebhookUpdatedWorkflowDtoWebhookPayloadWrapperObject,
    )
    from .webhook_updated_workflow_dto_webhook_payload_wrapper_type import (
        WebhookUpdatedWorkflowDtoWebhookPayloadWrapperType,
    )
    from .weekly_schedule_dto import WeeklyScheduleDto
    from .workflow_creation_source_enum import WorkflowCreationSourceEnum
    from .workflow_dto import WorkflowDto
    from .workflow_dto_data import WorkflowDtoData
    from .workflow_info_dto import WorkflowInfoDto
    from .workflow_list_response_dto import WorkflowListResponseDto
    from .workflow_preference_dto import WorkflowPreferenceDto
    from .workflow_preference_request_dto import WorkflowPreferenceRequestDto
    from .workflow_preference_request_dto_condition import WorkflowPreferenceRequestDtoCondition
    from .workflow_preferences_dto import WorkflowPreferencesDto
    from .workflow_preferences_dto_channels import WorkflowPreferencesDtoChannels
    from .workflow_preferences_response_dto import WorkflowPreferencesResponseDto
    from .workflow_response import WorkflowResponse
    from .workflow_response_data import WorkflowResponseData
    from .workflow_response_dto import WorkflowResponseDto
    from .workflow_response_dto_envelope import WorkflowResponseDtoEnvelope
    from .workflow_response_dto_issues import WorkflowResponseDtoIssues
    from .workflow_response_dto_payload_example_type_0 import WorkflowResponseDtoPayloadExampleType0
    from .workflow_response_dto_payload_schema_type_0 import WorkflowResponseDtoPayloadSchemaType0
    from .workflow_response_dto_sort_field import WorkflowResponseDtoSortField
    from .workflow_response_envelope import WorkflowResponseEnvelope
    from .workflow_response_workflow_integration_status import WorkflowResponseWorkflowIntegrationStatus
    from .workflow_run_steps_details_dto import WorkflowRunStepsDetailsDto
    from .workflow_run_steps_details_dto_status import WorkflowRunStepsDetailsDtoStatus
    from .workflow_status_enum import WorkflowStatusEnum
    from .workflows_response_dto import WorkflowsResponseDto
    from .workspace_dto import WorkspaceDto

_MODULES = {
    "ActionDto": ".action_dto",
    "ActivitiesResponseDto": ".activities_response_dto",
    "ActivityGraphStatesResponse": ".activity_graph_states_response",
    "ActivityGraphStatesResponseChannelsItem": ".activity_graph_states_response_channels_item",
    "ActivityGraphStatesResponseListEnvelope": ".activity_graph_states_response_list_envelope",
    "ActivityNotificationExecutionDetailResponseDto": ".activity_notification_execution_detail_response_dto",
    "ActivityNotificationJobResponseDto": ".activity_notification_job_response_dto",
    "ActivityNotificationJobResponseDtoOverrides": ".activity_notification_job_response_dto_overrides",
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
    "ActivityTopicDto": ".activity_topic_dto",
    "Actor": ".actor",
    "ActorFeedItemDto": ".actor_feed_item_dto",
    "ActorType": ".actor_type",
    "ActorTypeEnum": ".actor_type_enum",
    "AddSubscribersRequestDto": ".add_subscribers_request_dto",
    "ApiKey": ".api_key",
    "ApiKeyDto": ".api_key_dto",
    "ApiKeyListEnvelope": ".api_key_list_envelope",
    "AssignSubscriberToTopicDto": ".assign_subscriber_to_topic_dto",
    "AssignSubscriberToTopicDtoEnvelope": ".assign_subscriber_to_topic_dto_envelope",
    "AuthDto": ".auth_dto",
    "AutoConfigureIntegrationResponseDto": ".auto_configure_integration_response_dto",
    "AutoConfigureIntegrationResponseDtoEnvelope": ".auto_configure_integration_response_dto_envelope",
    "AutoConfigureIntegrationResponseDtoIntegration": ".auto_configure_integration_response_dto_integration",
    "BlueprintResponseDto": ".blueprint_response_dto",
    "BlueprintResponseDtoEnvelope": ".blueprint_response_dto_envelope",
    "BlueprintResponseDtoNotificationGroup": ".blueprint_response_dto_notification_group",
    "BlueprintResponseDtoPreferenceSettings": ".blueprint_response_dto_preference_settings",
    "BlueprintResponseDtoStepsItem": ".blueprint_response_dto_steps_item",
    "BlueprintResponseDtoTriggersItem": ".blueprint_response_dto_triggers_item",
    "BridgeConfigurationDto": ".bridge_configuration_dto",
    "BuilderFieldTypeEnum": ".builder_field_type_enum",
    "BulkApplyChangeDto": ".bulk_apply_change_dto",
    "BulkApplyDiffResponse201": ".bulk_apply_diff_response_201",
    "BulkCreateSubscriberResponseDto": ".bulk_create_subscriber_response_dto",
    "BulkCreateSubscriberResponseDtoEnvelope": ".bulk_create_subscriber_response_dto_envelope",
    "BulkSubscriberCreateDto": ".bulk_subscriber_create_dto",
    "BulkTriggerEventDto": ".bulk_trigger_event_dto",
    "BulkUpdateSubscriberPreferenceItemDto": ".bulk_update_subscriber_preference_item_dto",
    "BulkUpdateSubscriberPreferencesDto": ".bulk_update_subscriber_preferences_dto",
    "BulkUpdateSubscriberPreferencesDtoContext": ".bulk_update_subscriber_preferences_dto_context",
    "BulkUpdateSubscriberPreferencesDtoContextAdditionalPropertyType1": ".bulk_update_subscriber_preferences_dto_context_additional_property_type_1",
    "BulkUpdateSubscriberPreferencesDtoContextAdditionalPropertyType1Data": ".bulk_update_subscriber_preferences_dto_context_additional_property_type_1_data",
    "ButtonTypeEnum": ".button_type_enum",
    "CancelResponse200": ".cancel_response_200",
    "ChangeResponseDto": ".change_response_dto",
    "ChangeResponseDtoChangeItem": ".change_response_dto_change_item",
    "ChangeResponseDtoListEnvelope": ".change_response_dto_list_envelope",
    "ChangeResponseDtoType": ".change_response_dto_type",
    "ChangeWorkflowStatusRequestDto": ".change_workflow_status_request_dto",
    "ChangesResponseDto": ".changes_response_dto",
    "ChannelCredentials": ".channel_credentials",
    "ChannelCredentialsDto": ".channel_credentials_dto",
    "ChannelCTATypeEnum": ".channel_cta_type_enum",
    "ChannelOverrides": ".channel_overrides",
    "ChannelPreference": ".channel_preference",
    "ChannelPreferenceDto": ".channel_preference_dto",
    "ChannelPreferenceType": ".channel_preference_type",
    "ChannelSettings": ".channel_settings",
    "ChannelSettingsDto": ".channel_settings_dto",
    "ChannelSettingsProviderId": ".channel_settings_provider_id",
    "ChannelTypeEnum": ".channel_type_enum",
    "ChannelUsageDto": ".channel_usage_dto",
    "ChannelUsageDtoEnvelope": ".channel_usage_dto_envelope",
    "ChatControlDto": ".chat_control_dto",
    "ChatControlDtoSkip": ".chat_control_dto_skip",
    "ChatControlsMetadataResponseDto": ".chat_controls_metadata_response_dto",
    "ChatControlsMetadataResponseDtoDataSchema": ".chat_controls_metadata_response_dto_data_schema",
    "ChatOrPushProviderEnum": ".chat_or_push_provider_enum",
    "ChatRenderOutput": ".chat_render_output",
    "ChatStepResponseDto": ".chat_step_response_dto",
    "ChatStepResponseDtoVariables": ".chat_step_response_dto_variables",
    "ChatStepUpsertDto": ".chat_step_upsert_dto",
    "ChatStepUpsertDtoControlValuesType1": ".chat_step_upsert_dto_control_values_type_1",
    "ConfigurationsDto": ".configurations_dto",
    "ConstraintValidation": ".constraint_validation",
    "ConstraintValidationValueType3": ".constraint_validation_value_type_3",
    "ConstraintValidationValueType4ItemType3": ".constraint_validation_value_type_4_item_type_3",
    "ContentIssueEnum": ".content_issue_enum",
    "ControlsMetadataDto": ".controls_metadata_dto",
    "ControlsMetadataDtoDataSchema": ".controls_metadata_dto_data_schema",
    "CreateChannelConnectionRequestDto": ".create_channel_connection_request_dto",
    "CreateChannelConnectionRequestDtoContext": ".create_channel_connection_request_dto_context",
    "CreateChannelConnectionRequestDtoContextAdditionalPropertyType1": ".create_channel_connection_request_dto_context_additional_property_type_1",
    "CreateChannelConnectionRequestDtoContextAdditionalPropertyType1Data": ".create_channel_connection_request_dto_context_additional_property_type_1_data",
    "CreateContextRequestDto": ".create_context_request_dto",
    "CreateContextRequestDtoData": ".create_context_request_dto_data",
    "CreateEnvironmentRequestDto": ".create_environment_request_dto",
    "CreateEnvironmentVariableRequestDto": ".create_environment_variable_request_dto",
    "CreateEnvironmentVariableRequestDtoType": ".create_environment_variable_request_dto_type",
    "CreateFeedRequestDto": ".create_feed_request_dto",
    "CreateIntegrationRequestDto": ".create_integration_request_dto",
    "CreateIntegrationRequestDtoChannel": ".create_integration_request_dto_channel",
    "CreateIntegrationRequestDtoConfigurations": ".create_integration_request_dto_configurations",
    "CreateLayoutDto": ".create_layout_dto",
    "CreateLayoutRequestDto": ".create_layout_request_dto",
    "CreateLayoutRequestDtoVariablesItem": ".create_layout_request_dto_variables_item",
    "CreateLayoutResponseDto": ".create_layout_response_dto",
    "CreateLayoutResponseDtoEnvelope": ".create_layout_response_dto_envelope",
    "CreateMsTeamsChannelEndpointDto": ".create_ms_teams_channel_endpoint_dto",
    "CreateMsTeamsChannelEndpointDtoContext": ".create_ms_teams_channel_endpoint_dto_context",
    "CreateMsTeamsChannelEndpointDtoContextAdditionalPropertyType1": ".create_ms_teams_channel_endpoint_dto_context_additional_property_type_1",
    "CreateMsTeamsChannelEndpointDtoContextAdditionalPropertyType1Data": ".create_ms_teams_channel_endpoint_dto_context_additional_property_type_1_data",
    "CreateMsTeamsChannelEndpointDtoType": ".create_ms_teams_channel_endpoint_dto_type",
    "CreateMsTeamsUserEndpointDto": ".create_ms_teams_user_endpoint_dto",
    "CreateMsTeamsUserEndpointDtoContext": ".create_ms_teams_user_endpoint_dto_context",
    "CreateMsTeamsUserEndpointDtoContextAdditionalPropertyType1": ".create_ms_teams_user_endpoint_dto_context_additional_property_type_1",
    "CreateMsTeamsUserEndpointDtoContextAdditionalPropertyType1Data": ".create_ms_teams_user_endpoint_dto_context_additional_property_type_1_data",
    "CreateMsTeamsUserEndpointDtoType": ".create_ms_teams_user_endpoint_dto_type",
    "CreateNotificationGroupRequestDto": ".create_notification_group_request_dto",
    "CreateOrganizationDto": ".create_organization_dto",
    "CreateOrganizationDtoJobTitle": ".create_organization_dto_job_title",
    "CreateOrganizationDtoProductUseCases": ".create_organization_dto_product_use_cases",
    "CreatePhoneEndpointDto": ".create_phone_endpoint_dto",
    "CreatePhoneEndpointDtoContext": ".create_phone_endpoint_dto_context",
    "CreatePhoneEndpointDtoContextAdditionalPropertyType1": ".create_phone_endpoint_dto_context_additional_property_type_1",
    "CreatePhoneEndpointDtoContextAdditionalPropertyType1Data": ".create_phone_endpoint_dto_context_additional_property_type_1_data",
    "CreatePhoneEndpointDtoType": ".create_phone_endpoint_dto_type",
    "CreateSlackChannelEndpointDto": ".create_slack_channel_endpoint_dto",
    "CreateSlackChannelEndpointDtoContext": ".create_slack_channel_endpoint_dto_context",
    "CreateSlackChannelEndpointDtoContextAdditionalPropertyType1": ".create_slack_channel_endpoint_dto_context_additional_property_type_1",
    "CreateSlackChannelEndpointDtoContextAdditionalPropertyType1Data": ".create_slack_channel_endpoint_dto_context_additional_property_type_1_data",
    "CreateSlackChannelEndpointDtoType": ".create_slack_channel_endpoint_dto_type",
    "CreateSlackUserEndpointDto": ".create_slack_user_endpoint_dto",
    "CreateSlackUserEndpointDtoContext": ".create_slack_user_endpoint_dto_context",
    "CreateSlackUserEndpointDtoContextAdditionalPropertyType1": ".create_slack_user_endpoint_dto_context_additional_property_type_1",
    "CreateSlackUserEndpointDtoContextAdditionalPropertyType1Data": ".create_slack_user_endpoint_dto_context_additional_property_type_1_data",
    "CreateSlackUserEndpointDtoType": ".create_slack_user_endpoint_dto_type",
    "CreateSubscriberRequestDto": ".create_subscriber_request_dto",
    "CreateSubscriberRequestDtoDataType0": ".create_subscriber_request_dto_data_type_0",
    "CreateSubscriptionsResponseDto": ".create_subscriptions_response_dto",
    "CreateTenantRequestDto": ".create_tenant_request_dto",
    "CreateTenantRequestDtoData": ".create_tenant_request_dto_data",
    "CreateTenantResponseDto": ".create_tenant_response_dto",
    "CreateTenantResponseDtoData": ".create_tenant_response_dto_data",
    "CreateTenantResponseDtoEnvelope": ".create_tenant_response_dto_envelope",
    "CreateTopicRequestDto": ".create_topic_request_dto",
    "CreateTopicResponseDto": ".create_topic_response_dto",
    "CreateTopicResponseDtoEnvelope": ".create_topic_response_dto_envelope",
    "CreateTopicSubscriptionsRequestDto": ".create_topic_subscriptions_request_dto",
    "CreateTopicSubscriptionsRequestDtoContext": ".create_topic_subscriptions_request_dto_context",
    "CreateTopicSubscriptionsRequestDtoContextAdditionalPropertyType1": ".create_topic_subscriptions_request_dto_context_additional_property_type_1",
    "CreateTopicSubscriptionsRequestDtoContextAdditionalPropertyType1Data": ".create_topic_subscriptions_request_dto_context_additional_property_type_1_data",
    "CreateTranslationRequestDto": ".create_translation_request_dto",
    "CreateTranslationRequestDtoContent": ".create_translation_request_dto_content",
    "CreateTranslationRequestDtoResourceType": ".create_translation_request_dto_resource_type",
    "CreateUpdateTopicRequestDto": ".create_update_topic_request_dto",
    "CreateWebhookEndpointDto": ".create_webhook_endpoint_dto",
    "CreateWebhookEndpointDtoContext": ".create_webhook_endpoint_dto_context",
    "CreateWebhookEndpointDtoContextAdditionalPropertyType1": ".create_webhook_endpoint_dto_context_additional_property_type_1",
    "CreateWebhookEndpointDtoContextAdditionalPropertyType1Data": ".create_webhook_endpoint_dto_context_additional_property_type_1_data",
    "CreateWebhookEndpointDtoType": ".create_webhook_endpoint_dto_type",
    "CreateWorkflowDto": ".create_workflow_dto",
    "CreateWorkflowDtoPayloadSchemaType0": ".create_workflow_dto_payload_schema_type_0",
    "CreateWorkflowRequestDto": ".create_workflow_request_dto",
    "CreateWorkflowRequestDtoData": ".create_workflow_request_dto_data",
    "CreateWorkflowRequestDtoNotificationGroup": ".create_workflow_request_dto_notification_group",
    "CreatedSubscriberDto": ".created_subscriber_dto",
    "CredentialsDto": ".credentials_dto",
    "CredentialsDtoTlsOptions": ".credentials_dto_tls_options",
    "CustomControlDto": ".custom_control_dto",
    "CustomControlDtoCustom": ".custom_control_dto_custom",
    "CustomControlsMetadataResponseDto": ".custom_controls_metadata_response_dto",
    "CustomControlsMetadataResponseDtoDataSchema": ".custom_controls_metadata_response_dto_data_schema",
    "CustomStepResponseDto": ".custom_step_response_dto",
    "CustomStepResponseDtoVariables": ".custom_step_response_dto_variables",
    "CustomStepUpsertDto": ".custom_step_upsert_dto",
    "CustomStepUpsertDtoControlValuesType1": ".custom_step_upsert_dto_control_values_type_1",
    "DataBooleanDto": ".data_boolean_dto",
    "DataNumberDto": ".data_number_dto",
    "DataWrapperDto": ".data_wrapper_dto",
    "DataWrapperDtoData": ".data_wrapper_dto_data",
    "DayScheduleDto": ".day_schedule_dto",
    "DelayControlDto": ".delay_control_dto",
    "DelayControlDtoSkip": ".delay_control_dto_skip",
    "DelayControlDtoType": ".delay_control_dto_type",
    "DelayControlDtoUnit": ".delay_control_dto_unit",
    "DelayControlsMetadataResponseDto": ".delay_controls_metadata_response_dto",
    "DelayControlsMetadataResponseDtoDataSchema": ".delay_controls_metadata_response_dto_data_schema",
    "DelayRegularMetadata": ".delay_regular_metadata",
    "DelayRegularMetadataType": ".delay_regular_metadata_type",
    "DelayRegularMetadataUnit": ".delay_regular_metadata_unit",
    "DelayRenderOutput": ".delay_render_output",
    "DelayScheduledMetadata": ".delay_scheduled_metadata",
    "DelayScheduledMetadataType": ".delay_scheduled_metadata_type",
    "DelayStepResponseDto": ".delay_step_response_dto",
    "DelayStepResponseDtoVariables": ".delay_step_response_dto_variables",
    "DelayStepUpsertDto": ".delay_step_upsert_dto",
    "DelayStepUpsertDtoControlValuesType1": ".delay_step_upsert_dto_control_values_type_1",
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
    "DeleteTopicResponseDto": ".delete_topic_response_dto",
    "DeleteTopicResponseDtoEnvelope": ".delete_topic_response_dto_envelope",
    "DeleteTopicSubscriberIdentifierDto": ".delete_topic_subscriber_identifier_dto",
    "DeleteTopicSubscriptionsRequestDto": ".delete_topic_subscriptions_request_dto",
    "DeleteTopicSubscriptionsResponseDto": ".delete_topic_subscriptions_response_dto",
    "DeleteTranslationGroupResourceType": ".delete_translation_group_resource_type",
    "DeleteTranslationResourceType": ".delete_translation_resource_type",
    "DependencyReasonEnum": ".dependency_reason_enum",
    "DiffActionEnum": ".diff_action_enum",
    "DiffEnvironmentRequestDto": ".diff_environment_request_dto",
    "DiffEnvironmentResponseDto": ".diff_environment_response_dto",
    "DiffEnvironmentResponseDtoEnvelope": ".diff_environment_response_dto_envelope",
    "DiffSummaryDto": ".diff_summary_dto",
    "DigestControlDto": ".digest_control_dto",
    "DigestControlDtoSkip": ".digest_control_dto_skip",
    "DigestControlDtoType": ".digest_control_dto_type",
    "DigestControlDtoUnit": ".digest_control_dto_unit",
    "DigestControlsMetadataResponseDto": ".digest_controls_metadata_response_dto",
    "DigestControlsMetadataResponseDtoDataSchema": ".digest_controls_metadata_response_dto_data_schema",
    "DigestMetadataDto": ".digest_metadata_dto",
    "DigestMetadataDtoEventsItem": ".digest_metadata_dto_events_item",
    "DigestMetadataDtoUnit": ".digest_metadata_dto_unit",
    "DigestRegularMetadata": ".digest_regular_metadata",
    "DigestRegularMetadataBackoffUnit": ".digest_regular_metadata_backoff_unit",
    "DigestRegularMetadataType": ".digest_regular_metadata_type",
    "DigestRegularMetadataUnit": ".digest_regular_metadata_unit",
    "DigestRegularOutput": ".digest_regular_output",
    "DigestRegularOutputLookBackWindow": ".digest_regular_output_look_back_window",
    "DigestStepResponseDto": ".digest_step_response_dto",
    "DigestStepResponseDtoVariables": ".digest_step_response_dto_variables",
    "DigestStepUpsertDto": ".digest_step_upsert_dto",
    "DigestStepUpsertDtoControlValuesType1": ".digest_step_upsert_dto_control_values_type_1",
    "DigestTimedConfigDto": ".digest_timed_config_dto",
    "DigestTimedConfigDtoWeekDaysItem": ".digest_timed_config_dto_week_days_item",
    "DigestTimedMetadata": ".digest_timed_metadata",
    "DigestTimedMetadataType": ".digest_timed_metadata_type",
    "DigestTimedMetadataUnit": ".digest_timed_metadata_unit",
    "DigestTimedOutput": ".digest_timed_output",
    "DigestTypeEnum": ".digest_type_enum",
    "DigestUnitEnum": ".digest_unit_enum",
    "DirectionEnum": ".direction_enum",
    "DuplicateLayoutDto": ".duplicate_layout_dto",
    "DuplicateWorkflowDto": ".duplicate_workflow_dto",
    "EmailBlock": ".email_block",
    "EmailBlockStyles": ".email_block_styles",
    "EmailBlockTypeEnum": ".email_block_type_enum",
    "EmailChannelOverrides": ".email_channel_overrides",
    "EmailControlDto": ".email_control_dto",
    "EmailControlDtoEditorType": ".email_control_dto_editor_type",
    "EmailControlDtoSkip": ".email_control_dto_skip",
    "EmailControlsDto": ".email_controls_dto",
    "EmailControlsDtoEditorType": ".email_controls_dto_editor_type",
    "EmailControlsMetadataResponseDto": ".email_controls_metadata_response_dto",
    "EmailControlsMetadataResponseDtoDataSchema": ".email_controls_metadata_response_dto_data_schema",
    "EmailLayoutRenderOutput": ".email_layout_render_output",
    "EmailRenderOutput": ".email_render_output",
    "EmailStepResponseDto": ".email_step_response_dto",
    "EmailStepResponseDtoVariables": ".email_step_response_dto_variables",
    "EmailStepUpsertDto": ".email_step_upsert_dto",
    "EmailStepUpsertDtoControlValuesType1": ".email_step_upsert_dto_control_values_type_1",
    "EnvironmentDiffSummaryDto": ".environment_diff_summary_dto",
    "EnvironmentResponseDto": ".environment_response_dto",
    "EnvironmentResponseDtoEnvelope": ".environment_response_dto_envelope",
    "EnvironmentResponseDtoListEnvelope": ".environment_response_dto_list_envelope",
    "EnvironmentResponseDtoType": ".environment_response_dto_type",
    "EnvironmentVariableResponseDto": ".environment_variable_response_dto",
    "EnvironmentVariableResponseDtoEnvelope": ".environment_variable_response_dto_envelope",
    "EnvironmentVariableResponseDtoListEnvelope": ".environment_variable_response_dto_list_envelope",
    "EnvironmentVariableResponseDtoType": ".environment_variable_response_dto_type",
    "EnvironmentVariableValueDto": ".environment_variable_value_dto",
    "EnvironmentVariableValueResponseDto": ".environment_variable_value_response_dto",
    "EnvironmentVariableWorkflowInfoDto": ".environment_variable_workflow_info_dto",
    "ErrorDto": ".error_dto",
    "ErrorDtoCtx": ".error_dto_ctx",
    "EventBody": ".event_body",
    "EventBodyStatus": ".event_body_status",
    "ExecutionDetailsResponseDto": ".execution_details_response_dto",
    "ExecutionDetailsResponseDtoChannel": ".execution_details_response_dto_channel",
    "ExecutionDetailsResponseDtoListEnvelope": ".execution_details_response_dto_list_envelope",
    "ExecutionDetailsResponseDtoSource": ".execution_details_response_dto_source",
    "ExecutionDetailsResponseDtoStatus": ".execution_details_response_dto_status",
    "ExecutionDetailsSourceEnum": ".execution_details_source_enum",
    "ExecutionDetailsStatusEnum": ".execution_details_status_enum",
    "FailedAssignmentsDto": ".failed_assignments_dto",
    "FailedOperationDto": ".failed_operation_dto",
    "FailedWorkflowDto": ".failed_workflow_dto",
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
    "GenerateChatOAuthUrlResponseDto": ".generate_chat_o_auth_url_response_dto",
    "GenerateChatOAuthUrlResponseDtoEnvelope": ".generate_chat_o_auth_url_response_dto_envelope",
    "GenerateChatOauthUrlRequestDto": ".generate_chat_oauth_url_request_dto",
    "GenerateChatOauthUrlRequestDtoContext": ".generate_chat_oauth_url_request_dto_context",
    "GenerateChatOauthUrlRequestDtoContextAdditionalPropertyType1": ".generate_chat_oauth_url_request_dto_context_additional_property_type_1",
    "GenerateChatOauthUrlRequestDtoContextAdditionalPropertyType1Data": ".generate_chat_oauth_url_request_dto_context_additional_property_type_1_data",
    "GenerateLayoutPreviewResponseDto": ".generate_layout_preview_response_dto",
    "GenerateLayoutPreviewResponseDtoEnvelope": ".generate_layout_preview_response_dto_envelope",
    "GenerateLayoutPreviewResponseDtoResultType0": ".generate_layout_preview_response_dto_result_type_0",
    "GenerateLayoutPreviewResponseDtoResultType0Type": ".generate_layout_preview_response_dto_result_type_0_type",
    "GenerateLayoutPreviewResponseDtoSchemaType0": ".generate_layout_preview_response_dto_schema_type_0",
    "GeneratePreviewRequestDto": ".generate_preview_request_dto",
    "GeneratePreviewRequestDtoControlValues": ".generate_preview_request_dto_control_values",
    "GeneratePreviewResponseDto": ".generate_preview_response_dto",
    "GeneratePreviewResponseDtoEnvelope": ".generate_preview_response_dto_envelope",
    "GeneratePreviewResponseDtoResultType0": ".generate_preview_response_dto_result_type_0",
    "GeneratePreviewResponseDtoResultType1": ".generate_preview_response_dto_result_type_1",
    "GeneratePreviewResponseDtoResultType1Type": ".generate_preview_response_dto_result_type_1_type",
    "GeneratePreviewResponseDtoResultType2": ".generate_preview_response_dto_result_type_2",
    "GeneratePreviewResponseDtoResultType2Type": ".generate_preview_response_dto_result_type_2_type",
    "GeneratePreviewResponseDtoResultType3": ".generate_preview_response_dto_result_type_3",
    "GeneratePreviewResponseDtoResultType3Type": ".generate_preview_response_dto_result_type_3_type",
    "GeneratePreviewResponseDtoResultType4": ".generate_preview_response_dto_result_type_4",
    "GeneratePreviewResponseDtoResultType4Type": ".generate_preview_response_dto_result_type_4_type",
    "GeneratePreviewResponseDtoResultType5": ".generate_preview_response_dto_result_type_5",
    "GeneratePreviewResponseDtoResultType5Type": ".generate_preview_response_dto_result_type_5_type",
    "GeneratePreviewResponseDtoResultType6": ".generate_preview_response_dto_result_type_6",
    "GeneratePreviewResponseDtoResultType6Type": ".generate_preview_response_dto_result_type_6_type",
    "GeneratePreviewResponseDtoResultType7": ".generate_preview_response_dto_result_type_7",
    "GeneratePreviewResponseDtoResultType7Type": ".generate_preview_response_dto_result_type_7_type",
    "GeneratePreviewResponseDtoResultType8": ".generate_preview_response_dto_result_type_8",
    "GeneratePreviewResponseDtoResultType8Type": ".generate_preview_response_dto_result_type_8_type",
    "GeneratePreviewResponseDtoSchemaType0": ".generate_preview_response_dto_schema_type_0",
    "GetChannelConnectionResponseDto": ".get_channel_connection_response_dto",
    "GetChannelConnectionResponseDtoChannel": ".get_channel_connection_response_dto_channel",
    "GetChannelConnectionResponseDtoEnvelope": ".get_channel_connection_response_dto_envelope",
    "GetChannelConnectionResponseDtoProviderId": ".get_channel_connection_response_dto_provider_id",
    "GetChannelEndpointResponseDto": ".get_channel_endpoint_response_dto",
    "GetChannelEndpointResponseDtoChannel": ".get_channel_endpoint_response_dto_channel",
    "GetChannelEndpointResponseDtoEnvelope": ".get_channel_endpoint_response_dto_envelope",
    "GetChannelEndpointResponseDtoProviderId": ".get_channel_endpoint_response_dto_provider_id",
    "GetChannelEndpointResponseDtoType": ".get_channel_endpoint_response_dto_type",
    "GetChannelLimitChannelType": ".get_channel_limit_channel_type",
    "GetChartsResponseDto": ".get_charts_response_dto",
    "GetChartsResponseDtoData": ".get_charts_response_dto_data",
    "GetContextResponseDto": ".get_context_response_dto",
    "GetContextResponseDtoData": ".get_context_response_dto_data",
    "GetEnvironmentTagsDto": ".get_environment_tags_dto",
    "GetEnvironmentTagsDtoListEnvelope": ".get_environment_tags_dto_list_envelope",
    "GetEnvironmentVariableUsageResponseDto": ".get_environment_variable_usage_response_dto",
    "GetEnvironmentVariableUsageResponseDtoEnvelope": ".get_environment_variable_usage_response_dto_envelope",
    "GetLayoutResponseDto": ".get_layout_response_dto",
    "GetLayoutResponseDtoChannel": ".get_layout_response_dto_channel",
    "GetLayoutResponseDtoEnvelope": ".get_layout_response_dto_envelope",
    "GetLayoutResponseDtoVariablesItem": ".get_layout_response_dto_variables_item",
    "GetLayoutUsageResponseDto": ".get_layout_usage_response_dto",
    "GetLayoutUsageResponseDtoEnvelope": ".get_layout_usage_response_dto_envelope",
    "GetMasterJsonResponseDto": ".get_master_json_response_dto",
    "GetMasterJsonResponseDtoEnvelope": ".get_master_json_response_dto_envelope",
    "GetMasterJsonResponseDtoLayouts": ".get_master_json_response_dto_layouts",
    "GetMasterJsonResponseDtoWorkflows": ".get_master_json_response_dto_workflows",
    "GetPreferencesResponseDto": ".get_preferences_response_dto",
    "GetPreferencesResponseDtoConditionType0": ".get_preferences_response_dto_condition_type_0",
    "GetPreferencesResponseDtoListEnvelope": ".get_preferences_response_dto_list_envelope",
    "GetRequestResponseDto": ".get_request_response_dto",
    "GetRequestsResponseDto": ".get_requests_response_dto",
    "GetSingleTranslationResourceType": ".get_single_translation_resource_type",
    "GetSubscriberPreferencesCriticality": ".get_subscriber_preferences_criticality",
    "GetSubscriberPreferencesDto": ".get_subscriber_preferences_dto",
    "GetSubscriberPreferencesDtoEnvelope": ".get_subscriber_preferences_dto_envelope",
    "GetSubscriberPreferencesResponseDto": ".get_subscriber_preferences_response_dto",
    "GetSubscriberPreferencesResponseDtoListEnvelope": ".get_subscriber_preferences_response_dto_list_envelope",
    "GetTenantResponseDto": ".get_tenant_response_dto",
    "GetTenantResponseDtoData": ".get_tenant_response_dto_data",
    "GetTenantResponseDtoEnvelope": ".get_tenant_response_dto_envelope",
    "GetTopicResponseDto": ".get_topic_response_dto",
    "GetTopicResponseDtoEnvelope": ".get_topic_response_dto_envelope",
    "GetTranslationGroupResourceType": ".get_translation_group_resource_type",
    "GetWebhookSupportStatusLegacyResponse200": ".get_webhook_support_status_legacy_response_200",
    "GetWebhookSupportStatusResponse200": ".get_webhook_support_status_response_200",
    "GetWorkflowRunResponseDto": ".get_workflow_run_response_dto",
    "GetWorkflowRunResponseDtoDeliveryLifecycleStatus": ".get_workflow_run_response_dto_delivery_lifecycle_status",
    "GetWorkflowRunResponseDtoOverrides": ".get_workflow_run_response_dto_overrides",
    "GetWorkflowRunResponseDtoPayload": ".get_workflow_run_response_dto_payload",
    "GetWorkflowRunResponseDtoSeverity": ".get_workflow_run_response_dto_severity",
    "GetWorkflowRunResponseDtoStatus": ".get_workflow_run_response_dto_status",
    "GetWorkflowRunsDto": ".get_workflow_runs_dto",
    "GetWorkflowRunsDtoDeliveryLifecycleStatus": ".get_workflow_runs_dto_delivery_lifecycle_status",
    "GetWorkflowRunsDtoSeverity": ".get_workflow_runs_dto_severity",
    "GetWorkflowRunsDtoStatus": ".get_workflow_runs_dto_status",
    "GetWorkflowRunsResponseDto": ".get_workflow_runs_response_dto",
    "GetWorkflowRunsResponseDtoNextType0": ".get_workflow_runs_response_dto_next_type_0",
    "GetWorkflowRunsResponseDtoPreviousType0": ".get_workflow_runs_response_dto_previous_type_0",
    "GlobalPreferenceDto": ".global_preference_dto",
    "GroupPreferenceFilterDetailsDto": ".group_preference_filter_details_dto",
    "GroupPreferenceFilterDto": ".group_preference_filter_dto",
    "GroupPreferenceFilterDtoCondition": ".group_preference_filter_dto_condition",
    "GroupedBlueprintResponseDto": ".grouped_blueprint_response_dto",
    "GroupedBlueprintResponseDtoEnvelope": ".grouped_blueprint_response_dto_envelope",
    "GroupedBlueprintResponseDtoGeneralItem": ".grouped_blueprint_response_dto_general_item",
    "HandleWebhookBody": ".handle_webhook_body",
    "HttpMethodEnum": ".http_method_enum",
    "HttpRequestControlDto": ".http_request_control_dto",
    "HttpRequestControlDtoResponseBodySchema": ".http_request_control_dto_response_body_schema",
    "HttpRequestControlsMetadataResponseDto": ".http_request_controls_metadata_response_dto",
    "HttpRequestControlsMetadataResponseDtoDataSchema": ".http_request_controls_metadata_response_dto_data_schema",
    "HttpRequestKeyValuePairDto": ".http_request_key_value_pair_dto",
    "HttpRequestStepResponseDto": ".http_request_step_response_dto",
    "HttpRequestStepResponseDtoVariables": ".http_request_step_response_dto_variables",
    "HttpRequestStepUpsertDto": ".http_request_step_upsert_dto",
    "HttpRequestStepUpsertDtoControlValuesType1": ".http_request_step_upsert_dto_control_values_type_1",
    "IPartnerConfigurationResponseDto": ".i_partner_configuration_response_dto",
    "IPartnerConfigurationResponseDtoPartnerType": ".i_partner_configuration_response_dto_partner_type",
    "ImportMasterJsonRequestDto": ".import_master_json_request_dto",
    "ImportMasterJsonRequestDtoMasterJson": ".import_master_json_request_dto_master_json",
    "ImportMasterJsonResponseDto": ".import_master_json_response_dto",
    "ImportMasterJsonResponseDtoEnvelope": ".import_master_json_response_dto_envelope",
    "InAppControlDto": ".in_app_control_dto",
    "InAppControlDtoData": ".in_app_control_dto_data",
    "InAppControlDtoSkip": ".in_app_control_dto_skip",
    "InAppControlsMetadataResponseDto": ".in_app_controls_metadata_response_dto",
    "InAppControlsMetadataResponseDtoDataSchema": ".in_app_controls_metadata_response_dto_data_schema",
    "InAppRenderOutput": ".in_app_render_output",
    "InAppRenderOutputData": ".in_app_render_output_data",
    "InAppStepResponseDto": ".in_app_step_response_dto",
    "InAppStepResponseDtoVariables": ".in_app_step_response_dto_variables",
    "InAppStepUpsertDto": ".in_app_step_upsert_dto",
    "InAppStepUpsertDtoControlValuesType1": ".in_app_step_upsert_dto_control_values_type_1",
    "InBoundParseDomainDto": ".in_bound_parse_domain_dto",
    "IntegrationIssueEnum": ".integration_issue_enum",
    "IntegrationResponseDto": ".integration_response_dto",
    "IntegrationResponseDtoChannel": ".integration_response_dto_channel",
    "IntegrationResponseDtoEnvelope": ".integration_response_dto_envelope",
    "IntegrationResponseDtoListEnvelope": ".integration_response_dto_list_envelope",
    "LayoutControlValuesDto": ".layout_control_values_dto",
    "LayoutControlsDto": ".layout_controls_dto",
    "LayoutControlsDtoDataSchema": ".layout_controls_dto_data_schema",
    "LayoutCreationSourceEnum": ".layout_creation_source_enum",
    "LayoutPreviewPayloadDto": ".layout_preview_payload_dto",
    "LayoutPreviewRequestDto": ".layout_preview_request_dto",
    "LayoutPreviewRequestDtoControlValues": ".layout_preview_request_dto_control_values",
    "LayoutResponseDto": ".layout_response_dto",
    "LayoutResponseDtoEnvelope": ".layout_response_dto_envelope",
    "LayoutResponseDtoSortField": ".layout_response_dto_sort_field",
    "LayoutResponseDtoVariablesType0": ".layout_response_dto_variables_type_0",
    "ListChannelConnectionsChannel": ".list_channel_connections_channel",
    "ListChannelConnectionsOrderDirection": ".list_channel_connections_order_direction",
    "ListChannelConnectionsResponseDto": ".list_channel_connections_response_dto",
    "ListChannelEndpointsChannel": ".list_channel_endpoints_channel",
    "ListChannelEndpointsOrderDirection": ".list_channel_endpoints_order_direction",
    "ListChannelEndpointsResponseDto": ".list_channel_endpoints_response_dto",
    "ListContextsOrderDirection": ".list_contexts_order_direction",
    "ListContextsResponseDto": ".list_contexts_response_dto",
    "ListLayoutResponseDto": ".list_layout_response_dto",
    "ListLayoutResponseDtoEnvelope": ".list_layout_response_dto_envelope",
    "ListLayoutsOrderBy": ".list_layouts_order_by",
    "ListLayoutsResponse200": ".list_layouts_response_200",
    "ListSubscriberTopicsOrderDirection": ".list_subscriber_topics_order_direction",
    "ListSubscribersResponse200": ".list_subscribers_response_200",
    "ListSubscribersResponseDto": ".list_subscribers_response_dto",
    "ListTenantsResponse200": ".list_tenants_response_200",
    "ListTopicSubscriptionsOrderDirection": ".list_topic_subscriptions_order_direction",
    "ListTopicSubscriptionsResponseDto": ".list_topic_subscriptions_response_dto",
    "ListTopicsResponseDto": ".list_topics_response_dto",
    "ListTopicsV2OrderDirection": ".list_topics_v2_order_direction",
    "ListWorkflowResponse": ".list_workflow_response",
    "ListWorkflowResponseEnvelope": ".list_workflow_response_envelope",
    "LookBackWindowDto": ".look_back_window_dto",
    "LookBackWindowDtoUnit": ".look_back_window_dto_unit",
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
    "MessageFailedErrorDto": ".message_failed_error_dto",
    "MessageFailedPushDto": ".message_failed_push_dto",
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
    "MessagesResponseDto": ".messages_response_dto",
    "MetaDto": ".meta_dto",
    "MonthlyTypeEnum": ".monthly_type_enum",
    "MsTeamsChannelEndpointDto": ".ms_teams_channel_endpoint_dto",
    "MsTeamsUserEndpointDto": ".ms_teams_user_endpoint_dto",
    "MxRecordStatusDto": ".mx_record_status_dto",
    "MxRecordStatusDtoEnvelope": ".mx_record_status_dto_envelope",
    "NotificationDto": ".notification_dto",
    "NotificationDtoChannel": ".notification_dto_channel",
    "NotificationDtoOverrides": ".notification_dto_overrides",
    "NotificationDtoPayload": ".notification_dto_payload",
    "NotificationDtoStatus": ".notification_dto_status",
    "NotificationFeedItemDto": ".notification_feed_item_dto",
    "NotificationFeedItemDtoDataType0": ".notification_feed_item_dto_data_type_0",
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
    "PatchSubscriberPreferencesDtoContext": ".patch_subscriber_preferences_dto_context",
    "PatchSubscriberPreferencesDtoContextAdditionalPropertyType1": ".patch_subscriber_preferences_dto_context_additional_property_type_1",
    "PatchSubscriberPreferencesDtoContextAdditionalPropertyType1Data": ".patch_subscriber_preferences_dto_context_additional_property_type_1_data",
    "PatchSubscriberRequestDto": ".patch_subscriber_request_dto",
    "PatchSubscriberRequestDtoDataType0": ".patch_subscriber_request_dto_data_type_0",
    "PatchWorkflowDto": ".patch_workflow_dto",
    "PatchWorkflowDtoPayloadSchemaType0": ".patch_workflow_dto_payload_schema_type_0",
    "PayloadValidationErrorDto": ".payload_validation_error_dto",
    "PayloadValidationErrorDtoValueType3Type0": ".payload_validation_error_dto_value_type_3_type_0",
    "PayloadValidationErrorDtoValueType4ItemType3": ".payload_validation_error_dto_value_type_4_item_type_3",
    "PayloadValidationExceptionDto": ".payload_validation_exception_dto",
    "PayloadValidationExceptionDtoCtx": ".payload_validation_exception_dto_ctx",
    "PayloadValidationExceptionDtoMessageType3Type0": ".payload_validation_exception_dto_message_type_3_type_0",
    "PayloadValidationExceptionDtoMessageType4ItemType3": ".payload_validation_exception_dto_message_type_4_item_type_3",
    "PayloadValidationExceptionDtoSchema": ".payload_validation_exception_dto_schema",
    "PhoneEndpointDto": ".phone_endpoint_dto",
    "Preference": ".preference",
    "PreferenceLevelEnum": ".preference_level_enum",
    "PreferenceOverrideSourceEnum": ".preference_override_source_enum",
    "PreferencesRequestDto": ".preferences_request_dto",
    "PreviewErrorDto": ".preview_error_dto",
    "PreviewPayloadDto": ".preview_payload_dto",
    "PreviewPayloadDtoContext": ".preview_payload_dto_context",
    "PreviewPayloadDtoContextAdditionalPropertyType1": ".preview_payload_dto_context_additional_property_type_1",
    "PreviewPayloadDtoContextAdditionalPropertyType1Data": ".preview_payload_dto_context_additional_property_type_1_data",
    "PreviewPayloadDtoEnv": ".preview_payload_dto_env",
    "PreviewPayloadDtoPayload": ".preview_payload_dto_payload",
    "PreviewPayloadDtoSteps": ".preview_payload_dto_steps",
    "ProvidersIdEnum": ".providers_id_enum",
    "PublishEnvironmentRequestDto": ".publish_environment_request_dto",
    "PublishEnvironmentResponseDto": ".publish_environment_response_dto",
    "PublishEnvironmentResponseDtoEnvelope": ".publish_environment_response_dto_envelope",
    "PublishSummaryDto": ".publish_summary_dto",
    "PushControlDto": ".push_control_dto",
    "PushControlDtoSkip": ".push_control_dto_skip",
    "PushControlsMetadataResponseDto": ".push_controls_metadata_response_dto",
    "PushControlsMetadataResponseDtoDataSchema": ".push_controls_metadata_response_dto_data_schema",
    "PushRenderOutput": ".push_render_output",
    "PushStepResponseDto": ".push_step_response_dto",
    "PushStepResponseDtoVariables": ".push_step_response_dto_variables",
    "PushStepUpsertDto": ".push_step_upsert_dto",
    "PushStepUpsertDtoControlValuesType1": ".push_step_upsert_dto_control_values_type_1",
    "RedirectDto": ".redirect_dto",
    "RedirectDtoTarget": ".redirect_dto_target",
    "RemoveSubscriberResponseDto": ".remove_subscriber_response_dto",
    "RemoveSubscriberResponseDtoEnvelope": ".remove_subscriber_response_dto_envelope",
    "RemoveSubscribersRequestDto": ".remove_subscribers_request_dto",
    "RenameOrganizationDto": ".rename_organization_dto",
    "RenameOrganizationDtoEnvelope": ".rename_organization_dto_envelope",
    "RenameTopicRequestDto": ".rename_topic_request_dto",
    "RenameTopicResponseDto": ".rename_topic_response_dto",
    "RenameTopicResponseDtoEnvelope": ".rename_topic_response_dto_envelope",
    "ReplyCallback": ".reply_callback",
    "RequestLogResponseDto": ".request_log_response_dto",
    "RequestLogResponseDtoTransactionIdType0": ".request_log_response_dto_transaction_id_type_0",
    "ResourceDependencyDto": ".resource_dependency_dto",
    "ResourceDiffDto": ".resource_diff_dto",
    "ResourceDiffDtoDiffs": ".resource_diff_dto_diffs",
    "ResourceDiffDtoDiffsNewType0": ".resource_diff_dto_diffs_new_type_0",
    "ResourceDiffDtoDiffsPreviousType0": ".resource_diff_dto_diffs_previous_type_0",
    "ResourceDiffResultDto": ".resource_diff_result_dto",
    "ResourceInfoDto": ".resource_info_dto",
    "ResourceOriginEnum": ".resource_origin_enum",
    "ResourceToPublishDto": ".resource_to_publish_dto",
    "ResourceTypeEnum": ".resource_type_enum",
    "RuntimeIssueDto": ".runtime_issue_dto",
    "ScheduleDto": ".schedule_dto",
    "SearchSubscribersOrderDirection": ".search_subscribers_order_direction",
    "SeverityLevelEnum": ".severity_level_enum",
    "SkippedWorkflowDto": ".skipped_workflow_dto",
    "SlackChannelEndpointDto": ".slack_channel_endpoint_dto",
    "SlackUserEndpointDto": ".slack_user_endpoint_dto",
    "SmsControlDto": ".sms_control_dto",
    "SmsControlDtoSkip": ".sms_control_dto_skip",
    "SmsControlsMetadataResponseDto": ".sms_controls_metadata_response_dto",
    "SmsControlsMetadataResponseDtoDataSchema": ".sms_controls_metadata_response_dto_data_schema",
    "SmsRenderOutput": ".sms_render_output",
    "SmsStepResponseDto": ".sms_step_response_dto",
    "SmsStepResponseDtoVariables": ".sms_step_response_dto_variables",
    "SmsStepUpsertDto": ".sms_step_upsert_dto",
    "SmsStepUpsertDtoControlValuesType1": ".sms_step_upsert_dto_control_values_type_1",
    "StepContentIssueDto": ".step_content_issue_dto",
    "StepExecutionDetailDto": ".step_execution_detail_dto",
    "StepExecutionDetailDtoRawType0": ".step_execution_detail_dto_raw_type_0",
    "StepFilter": ".step_filter",
    "StepFilterDto": ".step_filter_dto",
    "StepFilterDtoValue": ".step_filter_dto_value",
    "StepFilterType": ".step_filter_type",
    "StepFilterValue": ".step_filter_value",
    "StepIntegrationIssue": ".step_integration_issue",
    "StepIssuesDto": ".step_issues_dto",
    "StepIssuesDtoControls": ".step_issues_dto_controls",
    "StepIssuesDtoIntegration": ".step_issues_dto_integration",
    "StepListResponseDto": ".step_list_response_dto",
    "StepResponseDto": ".step_response_dto",
    "StepResponseDtoControlValues": ".step_response_dto_control_values",
    "StepResponseDtoEnvelope": ".step_response_dto_envelope",
    "StepResponseDtoVariables": ".step_response_dto_variables",
    "StepRunDto": ".step_run_dto",
    "StepRunDtoStatus": ".step_run_dto_status",
    "StepTypeEnum": ".step_type_enum",
    "StepsOverrides": ".steps_overrides",
    "StepsOverridesProviders": ".steps_overrides_providers",
    "StepsOverridesProvidersAdditionalProperty": ".steps_overrides_providers_additional_property",
    "SubscriberChannelDto": ".subscriber_channel_dto",
    "SubscriberChannelDtoProviderId": ".subscriber_channel_dto_provider_id",
    "SubscriberDto": ".subscriber_dto",
    "SubscriberFeedResponseDto": ".subscriber_feed_response_dto",
    "SubscriberGlobalPreferenceDto": ".subscriber_global_preference_dto",
    "SubscriberPayloadDto": ".subscriber_payload_dto",
    "SubscriberPayloadDtoDataType0": ".subscriber_payload_dto_data_type_0",
    "SubscriberPreferenceChannels": ".subscriber_preference_channels",
    "SubscriberPreferenceOverrideDto": ".subscriber_preference_override_dto",
    "SubscriberPreferencesWorkflowInfoDto": ".subscriber_preferences_workflow_info_dto",
    "SubscriberResponseDto": ".subscriber_response_dto",
    "SubscriberResponseDtoDataType0": ".subscriber_response_dto_data_type_0",
    "SubscriberResponseDtoEnvelope": ".subscriber_response_dto_envelope",
    "SubscriberResponseDtoOptional": ".subscriber_response_dto_optional",
    "SubscriberResponseDtoOptionalDataType0": ".subscriber_response_dto_optional_data_type_0",
    "SubscriberWorkflowPreferenceDto": ".subscriber_workflow_preference_dto",
    "SubscriptionDetailsResponseDto": ".subscription_details_response_dto",
    "SubscriptionDetailsResponseDtoEnvelope": ".subscription_details_response_dto_envelope",
    "SubscriptionDto": ".subscription_dto",
    "SubscriptionErrorDto": ".subscription_error_dto",
    "SubscriptionPreferenceDto": ".subscription_preference_dto",
    "SubscriptionPreferenceDtoCondition": ".subscription_preference_dto_condition",
    "SubscriptionResponseDto": ".subscription_response_dto",
    "SubscriptionResponseDtoEnvelope": ".subscription_response_dto_envelope",
    "SubscriptionsDeleteErrorDto": ".subscriptions_delete_error_dto",
    "SyncActionEnum": ".sync_action_enum",
    "SyncResultDto": ".sync_result_dto",
    "SyncWorkflowDto": ".sync_workflow_dto",
    "SyncedWorkflowDto": ".synced_workflow_dto",
    "TemplateResponse": ".template_response",
    "TenantPayloadDto": ".tenant_payload_dto",
    "TenantPayloadDtoData": ".tenant_payload_dto_data",
    "TextAlignEnum": ".text_align_enum",
    "ThrottleControlDto": ".throttle_control_dto",
    "ThrottleControlDtoSkip": ".throttle_control_dto_skip",
    "ThrottleControlDtoType": ".throttle_control_dto_type",
    "ThrottleControlDtoUnit": ".throttle_control_dto_unit",
    "ThrottleControlsMetadataResponseDto": ".throttle_controls_metadata_response_dto",
    "ThrottleControlsMetadataResponseDtoDataSchema": ".throttle_controls_metadata_response_dto_data_schema",
    "ThrottleStepResponseDto": ".throttle_step_response_dto",
    "ThrottleStepResponseDtoVariables": ".throttle_step_response_dto_variables",
    "ThrottleStepUpsertDto": ".throttle_step_upsert_dto",
    "ThrottleStepUpsertDtoControlValuesType1": ".throttle_step_upsert_dto_control_values_type_1",
    "TimeRangeDto": ".time_range_dto",
    "TimeUnitEnum": ".time_unit_enum",
    "TimedConfig": ".timed_config",
    "TimedConfigMonthlyType": ".timed_config_monthly_type",
    "TimedConfigOrdinal": ".timed_config_ordinal",
    "TimedConfigOrdinalValue": ".timed_config_ordinal_value",
    "TimedConfigWeekDaysItem": ".timed_config_week_days_item",
    "TopicDto": ".topic_dto",
    "TopicPayloadDto": ".topic_payload_dto",
    "TopicResponseDto": ".topic_response_dto",
    "TopicResponseDtoEnvelope": ".topic_response_dto_envelope",
    "TopicSubscriberDto": ".topic_subscriber_dto",
    "TopicSubscriberDtoEnvelope": ".topic_subscriber_dto_envelope",
    "TopicSubscriberIdentifierDto": ".topic_subscriber_identifier_dto",
    "TopicSubscriptionResponseDto": ".topic_subscription_response_dto",
    "TraceResponseDto": ".trace_response_dto",
    "TraceResponseDtoExternalSubscriberIdType0": ".trace_response_dto_external_subscriber_id_type_0",
    "TraceResponseDtoMessageType0": ".trace_response_dto_message_type_0",
    "TraceResponseDtoRawDataType0": ".trace_response_dto_raw_data_type_0",
    "TraceResponseDtoSubscriberIdType0": ".trace_response_dto_subscriber_id_type_0",
    "TraceResponseDtoUserIdType0": ".trace_response_dto_user_id_type_0",
    "TranslationGroupDto": ".translation_group_dto",
    "TranslationGroupDtoEnvelope": ".translation_group_dto_envelope",
    "TranslationGroupDtoResourceType": ".translation_group_dto_resource_type",
    "TranslationResponseDto": ".translation_response_dto",
    "TranslationResponseDtoContent": ".translation_response_dto_content",
    "TranslationResponseDtoEnvelope": ".translation_response_dto_envelope",
    "TranslationResponseDtoResourceType": ".translation_response_dto_resource_type",
    "TriggerEventRequestDto": ".trigger_event_request_dto",
    "TriggerEventRequestDtoContext": ".trigger_event_request_dto_context",
    "TriggerEventRequestDtoContextAdditionalPropertyType1": ".trigger_event_request_dto_context_additional_property_type_1",
    "TriggerEventRequestDtoContextAdditionalPropertyType1Data": ".trigger_event_request_dto_context_additional_property_type_1_data",
    "TriggerEventRequestDtoPayload": ".trigger_event_request_dto_payload",
    "TriggerEventResponseDto": ".trigger_event_response_dto",
    "TriggerEventResponseDtoEnvelope": ".trigger_event_response_dto_envelope",
    "TriggerEventResponseDtoJobData": ".trigger_event_response_dto_job_data",
    "TriggerEventResponseDtoListEnvelope": ".trigger_event_response_dto_list_envelope",
    "TriggerEventResponseDtoStatus": ".trigger_event_response_dto_status",
    "TriggerEventToAllRequestDto": ".trigger_event_to_all_request_dto",
    "TriggerEventToAllRequestDtoContext": ".trigger_event_to_all_request_dto_context",
    "TriggerEventToAllRequestDtoContextAdditionalPropertyType1": ".trigger_event_to_all_request_dto_context_additional_property_type_1",
    "TriggerEventToAllRequestDtoContextAdditionalPropertyType1Data": ".trigger_event_to_all_request_dto_context_additional_property_type_1_data",
    "TriggerEventToAllRequestDtoPayload": ".trigger_event_to_all_request_dto_payload",
    "TriggerOverrides": ".trigger_overrides",
    "TriggerOverridesChat": ".trigger_overrides_chat",
    "TriggerOverridesEmail": ".trigger_overrides_email",
    "TriggerOverridesProviders": ".trigger_overrides_providers",
    "TriggerOverridesProvidersAdditionalProperty": ".trigger_overrides_providers_additional_property",
    "TriggerOverridesPush": ".trigger_overrides_push",
    "TriggerOverridesSms": ".trigger_overrides_sms",
    "TriggerOverridesSteps": ".trigger_overrides_steps",
    "TriggerRecipientsTypeEnum": ".trigger_recipients_type_enum",
    "UiComponentEnum": ".ui_component_enum",
    "UiSchema": ".ui_schema",
    "UiSchemaGroupEnum": ".ui_schema_group_enum",
    "UiSchemaProperties": ".ui_schema_properties",
    "UiSchemaProperty": ".ui_schema_property",
    "UiSchemaPropertyPlaceholderType3": ".ui_schema_property_placeholder_type_3",
    "UiSchemaPropertyPlaceholderType4ItemType3": ".ui_schema_property_placeholder_type_4_item_type_3",
    "UiSchemaPropertyProperties": ".ui_schema_property_properties",
    "UnseenCountResponse": ".unseen_count_response",
    "UnseenCountResponseEnvelope": ".unseen_count_response_envelope",
    "UpdateBrandingDetailsDto": ".update_branding_details_dto",
    "UpdateChannelConnectionRequestDto": ".update_channel_connection_request_dto",
    "UpdateChannelEndpointRequestDto": ".update_channel_endpoint_request_dto",
    "UpdateContextRequestDto": ".update_context_request_dto",
    "UpdateContextRequestDtoData": ".update_context_request_dto_data",
    "UpdateEnvironmentRequestDto": ".update_environment_request_dto",
    "UpdateEnvironmentVariableRequestDto": ".update_environment_variable_request_dto",
    "UpdateEnvironmentVariableRequestDtoType": ".update_environment_variable_request_dto_type",
    "UpdateIntegrationRequestDto": ".update_integration_request_dto",
    "UpdateIntegrationRequestDtoConfigurations": ".update_integration_request_dto_configurations",
    "UpdateLayoutDto": ".update_layout_dto",
    "UpdateLayoutRequestDto": ".update_layout_request_dto",
    "UpdateLayoutRequestDtoVariablesItem": ".update_layout_request_dto_variables_item",
    "UpdateLayoutResponseDto": ".update_layout_response_dto",
    "UpdateLayoutResponseDtoChannel": ".update_layout_response_dto_channel",
    "UpdateLayoutResponseDtoEnvelope": ".update_layout_response_dto_envelope",
    "UpdateLayoutResponseDtoVariablesItem": ".update_layout_response_dto_variables_item",
    "UpdateSubscriberChannelRequestDto": ".update_subscriber_channel_request_dto",
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
    "UpdateTopicRequestDto": ".update_topic_request_dto",
    "UpdateTopicSubscriptionRequestDto": ".update_topic_subscription_request_dto",
    "UpdateWorkflowDto": ".update_workflow_dto",
    "UpdateWorkflowDtoPayloadSchemaType0": ".update_workflow_dto_payload_schema_type_0",
    "UpdateWorkflowRequestDto": ".update_workflow_request_dto",
    "UpdateWorkflowRequestDtoData": ".update_workflow_request_dto_data",
    "UpdatedSubscriberDto": ".updated_subscriber_dto",
    "UploadMasterJsonBody": ".upload_master_json_body",
    "UploadTranslationFilesBody": ".upload_translation_files_body",
    "UploadTranslationFilesBodyResourceType": ".upload_translation_files_body_resource_type",
    "UploadTranslationsResponseDto": ".upload_translations_response_dto",
    "UploadTranslationsResponseDtoEnvelope": ".upload_translations_response_dto_envelope",
    "UserInfoDto": ".user_info_dto",
    "UserResponseDto": ".user_response_dto",
    "ValidationErrorDto": ".validation_error_dto",
    "ValidationErrorDtoCtx": ".validation_error_dto_ctx",
    "ValidationErrorDtoErrors": ".validation_error_dto_errors",
    "ValidationErrorDtoMessageType3Type0": ".validation_error_dto_message_type_3_type_0",
    "ValidationErrorDtoMessageType4ItemType3": ".validation_error_dto_message_type_4_item_type_3",
    "VariablesResponseDto": ".variables_response_dto",
    "VariablesResponseDtoEnvelope": ".variables_response_dto_envelope",
    "VariablesResponseDtoSystem": ".variables_response_dto_system",
    "VariablesResponseDtoTranslations": ".variables_response_dto_translations",
    "WebhookCreatedWorkflowDto": ".webhook_created_workflow_dto",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapper": ".webhook_created_workflow_dto_webhook_payload_wrapper",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject": ".webhook_created_workflow_dto_webhook_payload_wrapper_object",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapperType": ".webhook_created_workflow_dto_webhook_payload_wrapper_type",
    "WebhookDeletedWorkflowDto": ".webhook_deleted_workflow_dto",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapper": ".webhook_deleted_workflow_dto_webhook_payload_wrapper",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapperObject": ".webhook_deleted_workflow_dto_webhook_payload_wrapper_object",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapperType": ".webhook_deleted_workflow_dto_webhook_payload_wrapper_type",
    "WebhookEndpointDto": ".webhook_endpoint_dto",
    "WebhookMessageDto": ".webhook_message_dto",
    "WebhookMessageDtoObject": ".webhook_message_dto_object",
    "WebhookMessageDtoWebhookPayloadWrapper": ".webhook_message_dto_webhook_payload_wrapper",
    "WebhookMessageDtoWebhookPayloadWrapperObject": ".webhook_message_dto_webhook_payload_wrapper_object",
    "WebhookMessageDtoWebhookPayloadWrapperType": ".webhook_message_dto_webhook_payload_wrapper_type",
    "WebhookMessageFailedDto": ".webhook_message_failed_dto",
    "WebhookMessageFailedDtoObject": ".webhook_message_failed_dto_object",
    "WebhookMessageFailedDtoWebhookPayloadWrapper": ".webhook_message_failed_dto_webhook_payload_wrapper",
    "WebhookMessageFailedDtoWebhookPayloadWrapperObject": ".webhook_message_failed_dto_webhook_payload_wrapper_object",
    "WebhookMessageFailedDtoWebhookPayloadWrapperType": ".webhook_message_failed_dto_webhook_payload_wrapper_type",
    "WebhookPreferenceDto": ".webhook_preference_dto",
    "WebhookPreferenceDtoObject": ".webhook_preference_dto_object",
    "WebhookPreferenceDtoWebhookPayloadWrapper": ".webhook_preference_dto_webhook_payload_wrapper",
    "WebhookPreferenceDtoWebhookPayloadWrapperObject": ".webhook_preference_dto_webhook_payload_wrapper_object",
    "WebhookPreferenceDtoWebhookPayloadWrapperType": ".webhook_preference_dto_webhook_payload_wrapper_type",
    "WebhookResultDto": ".webhook_result_dto",
    "WebhookResultDtoListEnvelope": ".webhook_result_dto_list_envelope",
    "WebhookUpdatedWorkflowDto": ".webhook_updated_workflow_dto",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapper": ".webhook_updated_workflow_dto_webhook_payload_wrapper",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapperObject": ".webhook_updated_workflow_dto_webhook_payload_wrapper_object",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapperType": ".webhook_updated_workflow_dto_webhook_payload_wrapper_type",
    "WeeklyScheduleDto": ".weekly_schedule_dto",
    "WorkflowCreationSourceEnum": ".workflow_creation_source_enum",
    "WorkflowDto": ".workflow_dto",
    "WorkflowDtoData": ".workflow_dto_data",
    "WorkflowInfoDto": ".workflow_info_dto",
    "WorkflowListResponseDto": ".workflow_list_response_dto",
    "WorkflowPreferenceDto": ".workflow_preference_dto",
    "WorkflowPreferenceRequestDto": ".workflow_preference_request_dto",
    "WorkflowPreferenceRequestDtoCondition": ".workflow_preference_request_dto_condition",
    "WorkflowPreferencesDto": ".workflow_preferences_dto",
    "WorkflowPreferencesDtoChannels": ".workflow_preferences_dto_channels",
    "WorkflowPreferencesResponseDto": ".workflow_preferences_response_dto",
    "WorkflowResponse": ".workflow_response",
    "WorkflowResponseData": ".workflow_response_data",
    "WorkflowResponseDto": ".workflow_response_dto",
    "WorkflowResponseDtoEnvelope": ".workflow_response_dto_envelope",
    "WorkflowResponseDtoIssues": ".workflow_response_dto_issues",
    "WorkflowResponseDtoPayloadExampleType0": ".workflow_response_dto_payload_example_type_0",
    "WorkflowResponseDtoPayloadSchemaType0": ".workflow_response_dto_payload_schema_type_0",
    "WorkflowResponseDtoSortField": ".workflow_response_dto_sort_field",
    "WorkflowResponseEnvelope": ".workflow_response_envelope",
    "WorkflowResponseWorkflowIntegrationStatus": ".workflow_response_workflow_integration_status",
    "WorkflowRunStepsDetailsDto": ".workflow_run_steps_details_dto",
    "WorkflowRunStepsDetailsDtoStatus": ".workflow_run_steps_details_dto_status",
    "WorkflowStatusEnum": ".workflow_status_enum",
    "WorkflowsResponseDto": ".workflows_response_dto",
    "WorkspaceDto": ".workspace_dto",
}

# Earlier names of renamed models: the same class under its old name.
_ALIASES = {
    "PreferenceChannels": "SubscriberPreferenceChannels",
    "String": "RuntimeIssueDto",
}


def __getattr__(name: str) -> Any:
    target = _ALIASES.get(name, name)
    module = _MODULES.get(target)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), target)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*_MODULES, *_ALIASES])


__all__ = (
    "ActionDto",
    "ActivitiesResponseDto",
    "ActivityGraphStatesResponse",
    "ActivityGraphStatesResponseChannelsItem",
    "ActivityGraphStatesResponseListEnvelope",
    "ActivityNotificationExecutionDetailResponseDto",
    "ActivityNotificationJobResponseDto",
    "ActivityNotificationJobResponseDtoOverrides",
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
    "ActivityTopicDto",
    "Actor",
    "ActorFeedItemDto",
    "ActorType",
    "ActorTypeEnum",
    "AddSubscribersRequestDto",
    "ApiKey",
    "ApiKeyDto",
    "ApiKeyListEnvelope",
    "AssignSubscriberToTopicDto",
    "AssignSubscriberToTopicDtoEnvelope",
    "AuthDto",
    "AutoConfigureIntegrationResponseDto",
    "AutoConfigureIntegrationResponseDtoEnvelope",
    "AutoConfigureIntegrationResponseDtoIntegration",
    "BlueprintResponseDto",
    "BlueprintResponseDtoEnvelope",
    "BlueprintResponseDtoNotificationGroup",
    "BlueprintResponseDtoPreferenceSettings",
    "BlueprintResponseDtoStepsItem",
    "BlueprintResponseDtoTriggersItem",
    "BridgeConfigurationDto",
    "BuilderFieldTypeEnum",
    "BulkApplyChangeDto",
    "BulkApplyDiffResponse201",
    "BulkCreateSubscriberResponseDto",
    "BulkCreateSubscriberResponseDtoEnvelope",
    "BulkSubscriberCreateDto",
    "BulkTriggerEventDto",
    "BulkUpdateSubscriberPreferenceItemDto",
    "BulkUpdateSubscriberPreferencesDto",
    "BulkUpdateSubscriberPreferencesDtoContext",
    "BulkUpdateSubscriberPreferencesDtoContextAdditionalPropertyType1",
    "BulkUpdateSubscriberPreferencesDtoContextAdditionalPropertyType1Data",
    "ButtonTypeEnum",
    "CancelResponse200",
    "ChangeResponseDto",
    "ChangeResponseDtoChangeItem",
    "ChangeResponseDtoListEnvelope",
    "ChangeResponseDtoType",
    "ChangesResponseDto",
    "ChangeWorkflowStatusRequestDto",
    "ChannelCredentials",
    "ChannelCredentialsDto",
    "ChannelCTATypeEnum",
    "ChannelOverrides",
    "ChannelPreference",
    "ChannelPreferenceDto",
    "ChannelPreferenceType",
    "ChannelSettings",
    "ChannelSettingsDto",
    "ChannelSettingsProviderId",
    "ChannelTypeEnum",
    "ChannelUsageDto",
    "ChannelUsageDtoEnvelope",
    "ChatControlDto",
    "ChatControlDtoSkip",
    "ChatControlsMetadataResponseDto",
    "ChatControlsMetadataResponseDtoDataSchema",
    "ChatOrPushProviderEnum",
    "ChatRenderOutput",
    "ChatStepResponseDto",
    "ChatStepResponseDtoVariables",
    "ChatStepUpsertDto",
    "ChatStepUpsertDtoControlValuesType1",
    "ConfigurationsDto",
    "ConstraintValidation",
    "ConstraintValidationValueType3",
    "ConstraintValidationValueType4ItemType3",
    "ContentIssueEnum",
    "ControlsMetadataDto",
    "ControlsMetadataDtoDataSchema",
    "CreateChannelConnectionRequestDto",
    "CreateChannelConnectionRequestDtoContext",
    "CreateChannelConnectionRequestDtoContextAdditionalPropertyType1",
    "CreateChannelConnectionRequestDtoContextAdditionalPropertyType1Data",
    "CreateContextRequestDto",
    "CreateContextRequestDtoData",
    "CreatedSubscriberDto",
    "CreateEnvironmentRequestDto",
    "CreateEnvironmentVariableRequestDto",
    "CreateEnvironmentVariableRequestDtoType",
    "CreateFeedRequestDto",
    "CreateIntegrationRequestDto",
    "CreateIntegrationRequestDtoChannel",
    "CreateIntegrationRequestDtoConfigurations",
    "CreateLayoutDto",
    "CreateLayoutRequestDto",
    "CreateLayoutRequestDtoVariablesItem",
    "CreateLayoutResponseDto",
    "CreateLayoutResponseDtoEnvelope",
    "CreateMsTeamsChannelEndpointDto",
    "CreateMsTeamsChannelEndpointDtoContext",
    "CreateMsTeamsChannelEndpointDtoContextAdditionalPropertyType1",
    "CreateMsTeamsChannelEndpointDtoContextAdditionalPropertyType1Data",
    "CreateMsTeamsChannelEndpointDtoType",
    "CreateMsTeamsUserEndpointDto",
    "CreateMsTeamsUserEndpointDtoContext",
    "CreateMsTeamsUserEndpointDtoContextAdditionalPropertyType1",
    "CreateMsTeamsUserEndpointDtoContextAdditionalPropertyType1Data",
    "CreateMsTeamsUserEndpointDtoType",
    "CreateNotificationGroupRequestDto",
    "CreateOrganizationDto",
    "CreateOrganizationDtoJobTitle",
    "CreateOrganizationDtoProductUseCases",
    "CreatePhoneEndpointDto",
    "CreatePhoneEndpointDtoContext",
    "CreatePhoneEndpointDtoContextAdditionalPropertyType1",
    "CreatePhoneEndpointDtoContextAdditionalPropertyType1Data",
    "CreatePhoneEndpointDtoType",
    "CreateSlackChannelEndpointDto",
    "CreateSlackChannelEndpointDtoContext",
    "CreateSlackChannelEndpointDtoContextAdditionalPropertyType1",
    "CreateSlackChannelEndpointDtoContextAdditionalPropertyType1Data",
    "CreateSlackChannelEndpointDtoType",
    "CreateSlackUserEndpointDto",
    "CreateSlackUserEndpointDtoContext",
    "CreateSlackUserEndpointDtoContextAdditionalPropertyType1",
    "CreateSlackUserEndpointDtoContextAdditionalPropertyType1Data",
    "CreateSlackUserEndpointDtoType",
    "CreateSubscriberRequestDto",
    "CreateSubscriberRequestDtoDataType0",
    "CreateSubscriptionsResponseDto",
    "CreateTenantRequestDto",
    "CreateTenantRequestDtoData",
    "CreateTenantResponseDto",
    "CreateTenantResponseDtoData",
    "CreateTenantResponseDtoEnvelope",
    "CreateTopicRequestDto",
    "CreateTopicResponseDto",
    "CreateTopicResponseDtoEnvelope",
    "CreateTopicSubscriptionsRequestDto",
    "CreateTopicSubscriptionsRequestDtoContext",
    "CreateTopicSubscriptionsRequestDtoContextAdditionalPropertyType1",
    "CreateTopicSubscriptionsRequestDtoContextAdditionalPropertyType1Data",
    "CreateTranslationRequestDto",
    "CreateTranslationRequestDtoContent",
    "CreateTranslationRequestDtoResourceType",
    "CreateUpdateTopicRequestDto",
    "CreateWebhookEndpointDto",
    "CreateWebhookEndpointDtoContext",
    "CreateWebhookEndpointDtoContextAdditionalPropertyType1",
    "CreateWebhookEndpointDtoContextAdditionalPropertyType1Data",
    "CreateWebhookEndpointDtoType",
    "CreateWorkflowDto",
    "CreateWorkflowDtoPayloadSchemaType0",
    "CreateWorkflowRequestDto",
    "CreateWorkflowRequestDtoData",
    "CreateWorkflowRequestDtoNotificationGroup",
    "CredentialsDto",
    "CredentialsDtoTlsOptions",
    "CustomControlDto",
    "CustomControlDtoCustom",
    "CustomControlsMetadataResponseDto",
    "CustomControlsMetadataResponseDtoDataSchema",
    "CustomStepResponseDto",
    "CustomStepResponseDtoVariables",
    "CustomStepUpsertDto",
    "CustomStepUpsertDtoControlValuesType1",
    "DataBooleanDto",
    "DataNumberDto",
    "DataWrapperDto",
    "DataWrapperDtoData",
    "DayScheduleDto",
    "DelayControlDto",
    "DelayControlDtoSkip",
    "DelayControlDtoType",
    "DelayControlDtoUnit",
    "DelayControlsMetadataResponseDto",
    "DelayControlsMetadataResponseDtoDataSchema",
    "DelayRegularMetadata",
    "DelayRegularMetadataType",
    "DelayRegularMetadataUnit",
    "DelayRenderOutput",
    "DelayScheduledMetadata",
    "DelayScheduledMetadataType",
    "DelayStepResponseDto",
    "DelayStepResponseDtoVariables",
    "DelayStepUpsertDto",
    "DelayStepUpsertDtoControlValuesType1",
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
    "DeleteTopicResponseDto",
    "DeleteTopicResponseDtoEnvelope",
    "DeleteTopicSubscriberIdentifierDto",
    "DeleteTopicSubscriptionsRequestDto",
    "DeleteTopicSubscriptionsResponseDto",
    "DeleteTranslationGroupResourceType",
    "DeleteTranslationResourceType",
    "DependencyReasonEnum",
    "DiffActionEnum",
    "DiffEnvironmentRequestDto",
    "DiffEnvironmentResponseDto",
    "DiffEnvironmentResponseDtoEnvelope",
    "DiffSummaryDto",
    "DigestControlDto",
    "DigestControlDtoSkip",
    "DigestControlDtoType",
    "DigestControlDtoUnit",
    "DigestControlsMetadataResponseDto",
    "DigestControlsMetadataResponseDtoDataSchema",
    "DigestMetadataDto",
    "DigestMetadataDtoEventsItem",
    "DigestMetadataDtoUnit",
    "DigestRegularMetadata",
    "DigestRegularMetadataBackoffUnit",
    "DigestRegularMetadataType",
    "DigestRegularMetadataUnit",
    "DigestRegularOutput",
    "DigestRegularOutputLookBackWindow",
    "DigestStepResponseDto",
    "DigestStepResponseDtoVariables",
    "DigestStepUpsertDto",
    "DigestStepUpsertDtoControlValuesType1",
    "DigestTimedConfigDto",
    "DigestTimedConfigDtoWeekDaysItem",
    "DigestTimedMetadata",
    "DigestTimedMetadataType",
    "DigestTimedMetadataUnit",
    "DigestTimedOutput",
    "DigestTypeEnum",
    "DigestUnitEnum",
    "DirectionEnum",
    "DuplicateLayoutDto",
    "DuplicateWorkflowDto",
    "EmailBlock",
    "EmailBlockStyles",
    "EmailBlockTypeEnum",
    "EmailChannelOverrides",
    "EmailControlDto",
    "EmailControlDtoEditorType",
    "EmailControlDtoSkip",
    "EmailControlsDto",
    "EmailControlsDtoEditorType",
    "EmailControlsMetadataResponseDto",
    "EmailControlsMetadataResponseDtoDataSchema",
    "EmailLayoutRenderOutput",
    "EmailRenderOutput",
    "EmailStepResponseDto",
    "EmailStepResponseDtoVariables",
    "EmailStepUpsertDto",
    "EmailStepUpsertDtoControlValuesType1",
    "EnvironmentDiffSummaryDto",
    "EnvironmentResponseDto",
    "EnvironmentResponseDtoEnvelope",
    "EnvironmentResponseDtoListEnvelope",
    "EnvironmentResponseDtoType",
    "EnvironmentVariableResponseDto",
    "EnvironmentVariableResponseDtoEnvelope",
    "EnvironmentVariableResponseDtoListEnvelope",
    "EnvironmentVariableResponseDtoType",
    "EnvironmentVariableValueDto",
    "EnvironmentVariableValueResponseDto",
    "EnvironmentVariableWorkflowInfoDto",
    "ErrorDto",
    "ErrorDtoCtx",
    "EventBody",
    "EventBodyStatus",
    "ExecutionDetailsResponseDto",
    "ExecutionDetailsResponseDtoChannel",
    "ExecutionDetailsResponseDtoListEnvelope",
    "ExecutionDetailsResponseDtoSource",
    "ExecutionDetailsResponseDtoStatus",
    "ExecutionDetailsSourceEnum",
    "ExecutionDetailsStatusEnum",
    "FailedAssignmentsDto",
    "FailedOperationDto",
    "FailedWorkflowDto",
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
    "GenerateChatOauthUrlRequestDto",
    "GenerateChatOauthUrlRequestDtoContext",
    "GenerateChatOauthUrlRequestDtoContextAdditionalPropertyType1",
    "GenerateChatOauthUrlRequestDtoContextAdditionalPropertyType1Data",
    "GenerateChatOAuthUrlResponseDto",
    "GenerateChatOAuthUrlResponseDtoEnvelope",
    "GenerateLayoutPreviewResponseDto",
    "GenerateLayoutPreviewResponseDtoEnvelope",
    "GenerateLayoutPreviewResponseDtoResultType0",
    "GenerateLayoutPreviewResponseDtoResultType0Type",
    "GenerateLayoutPreviewResponseDtoSchemaType0",
    "GeneratePreviewRequestDto",
    "GeneratePreviewRequestDtoControlValues",
    "GeneratePreviewResponseDto",
    "GeneratePreviewResponseDtoEnvelope",
    "GeneratePreviewResponseDtoResultType0",
    "GeneratePreviewResponseDtoResultType1",
    "GeneratePreviewResponseDtoResultType1Type",
    "GeneratePreviewResponseDtoResultType2",
    "GeneratePreviewResponseDtoResultType2Type",
    "GeneratePreviewResponseDtoResultType3",
    "GeneratePreviewResponseDtoResultType3Type",
    "GeneratePreviewResponseDtoResultType4",
    "GeneratePreviewResponseDtoResultType4Type",
    "GeneratePreviewResponseDtoResultType5",
    "GeneratePreviewResponseDtoResultType5Type",
    "GeneratePreviewResponseDtoResultType6",
    "GeneratePreviewResponseDtoResultType6Type",
    "GeneratePreviewResponseDtoResultType7",
    "GeneratePreviewResponseDtoResultType7Type",
    "GeneratePreviewResponseDtoResultType8",
    "GeneratePreviewResponseDtoResultType8Type",
    "GeneratePreviewResponseDtoSchemaType0",
    "GetChannelConnectionResponseDto",
    "GetChannelConnectionResponseDtoChannel",
    "GetChannelConnectionResponseDtoEnvelope",
    "GetChannelConnectionResponseDtoProviderId",
    "GetChannelEndpointResponseDto",
    "GetChannelEndpointResponseDtoChannel",
    "GetChannelEndpointResponseDtoEnvelope",
    "GetChannelEndpointResponseDtoProviderId",
    "GetChannelEndpointResponseDtoType",
    "GetChannelLimitChannelType",
    "GetChartsResponseDto",
    "GetChartsResponseDtoData",
    "GetContextResponseDto",
    "GetContextResponseDtoData",
    "GetEnvironmentTagsDto",
    "GetEnvironmentTagsDtoListEnvelope",
    "GetEnvironmentVariableUsageResponseDto",
    "GetEnvironmentVariableUsageResponseDtoEnvelope",
    "GetLayoutResponseDto",
    "GetLayoutResponseDtoChannel",
    "GetLayoutResponseDtoEnvelope",
    "GetLayoutResponseDtoVariablesItem",
    "GetLayoutUsageResponseDto",
    "GetLayoutUsageResponseDtoEnvelope",
    "GetMasterJsonResponseDto",
    "GetMasterJsonResponseDtoEnvelope",
    "GetMasterJsonResponseDtoLayouts",
    "GetMasterJsonResponseDtoWorkflows",
    "GetPreferencesResponseDto",
    "GetPreferencesResponseDtoConditionType0",
    "GetPreferencesResponseDtoListEnvelope",
    "GetRequestResponseDto",
    "GetRequestsResponseDto",
    "GetSingleTranslationResourceType",
    "GetSubscriberPreferencesCriticality",
    "GetSubscriberPreferencesDto",
    "GetSubscriberPreferencesDtoEnvelope",
    "GetSubscriberPreferencesResponseDto",
    "GetSubscriberPreferencesResponseDtoListEnvelope",
    "GetTenantResponseDto",
    "GetTenantResponseDtoData",
    "GetTenantResponseDtoEnvelope",
    "GetTopicResponseDto",
    "GetTopicResponseDtoEnvelope",
    "GetTranslationGroupResourceType",
    "GetWebhookSupportStatusLegacyResponse200",
    "GetWebhookSupportStatusResponse200",
    "GetWorkflowRunResponseDto",
    "GetWorkflowRunResponseDtoDeliveryLifecycleStatus",
    "GetWorkflowRunResponseDtoOverrides",
    "GetWorkflowRunResponseDtoPayload",
    "GetWorkflowRunResponseDtoSeverity",
    "GetWorkflowRunResponseDtoStatus",
    "GetWorkflowRunsDto",
    "GetWorkflowRunsDtoDeliveryLifecycleStatus",
    "GetWorkflowRunsDtoSeverity",
    "GetWorkflowRunsDtoStatus",
    "GetWorkflowRunsResponseDto",
    "GetWorkflowRunsResponseDtoNextType0",
    "GetWorkflowRunsResponseDtoPreviousType0",
    "GlobalPreferenceDto",
    "GroupedBlueprintResponseDto",
    "GroupedBlueprintResponseDtoEnvelope",
    "GroupedBlueprintResponseDtoGeneralItem",
    "GroupPreferenceFilterDetailsDto",
    "GroupPreferenceFilterDto",
    "GroupPreferenceFilterDtoCondition",
    "HandleWebhookBody",
    "HttpMethodEnum",
    "HttpRequestControlDto",
    "HttpRequestControlDtoResponseBodySchema",
    "HttpRequestControlsMetadataResponseDto",
    "HttpRequestControlsMetadataResponseDtoDataSchema",
    "HttpRequestKeyValuePairDto",
    "HttpRequestStepResponseDto",
    "HttpRequestStepResponseDtoVariables",
    "HttpRequestStepUpsertDto",
    "HttpRequestStepUpsertDtoControlValuesType1",
    "ImportMasterJsonRequestDto",
    "ImportMasterJsonRequestDtoMasterJson",
    "ImportMasterJsonResponseDto",
    "ImportMasterJsonResponseDtoEnvelope",
    "InAppControlDto",
    "InAppControlDtoData",
    "InAppControlDtoSkip",
    "InAppControlsMetadataResponseDto",
    "InAppControlsMetadataResponseDtoDataSchema",
    "InAppRenderOutput",
    "InAppRenderOutputData",
    "InAppStepResponseDto",
    "InAppStepResponseDtoVariables",
    "InAppStepUpsertDto",
    "InAppStepUpsertDtoControlValuesType1",
    "InBoundParseDomainDto",
    "IntegrationIssueEnum",
    "IntegrationResponseDto",
    "IntegrationResponseDtoChannel",
    "IntegrationResponseDtoEnvelope",
    "IntegrationResponseDtoListEnvelope",
    "IPartnerConfigurationResponseDto",
    "IPartnerConfigurationResponseDtoPartnerType",
    "LayoutControlsDto",
    "LayoutControlsDtoDataSchema",
    "LayoutControlValuesDto",
    "LayoutCreationSourceEnum",
    "LayoutPreviewPayloadDto",
    "LayoutPreviewRequestDto",
    "LayoutPreviewRequestDtoControlValues",
    "LayoutResponseDto",
    "LayoutResponseDtoEnvelope",
    "LayoutResponseDtoSortField",
    "LayoutResponseDtoVariablesType0",
    "ListChannelConnectionsChannel",
    "ListChannelConnectionsOrderDirection",
    "ListChannelConnectionsResponseDto",
    "ListChannelEndpointsChannel",
    "ListChannelEndpointsOrderDirection",
    "ListChannelEndpointsResponseDto",
    "ListContextsOrderDirection",
    "ListContextsResponseDto",
    "ListLayoutResponseDto",
    "ListLayoutResponseDtoEnvelope",
    "ListLayoutsOrderBy",
    "ListLayoutsResponse200",
    "ListSubscribersResponse200",
    "ListSubscribersResponseDto",
    "ListSubscriberTopicsOrderDirection",
    "ListTenantsResponse200",
    "ListTopicsResponseDto",
    "ListTopicSubscriptionsOrderDirection",
    "ListTopicSubscriptionsResponseDto",
    "ListTopicsV2OrderDirection",
    "ListWorkflowResponse",
    "ListWorkflowResponseEnvelope",
    "LookBackWindowDto",
    "LookBackWindowDtoUnit",
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
    "MessageFailedErrorDto",
    "MessageFailedPushDto",
    "MessageMarkAsRequestDto",
    "MessageMarkAsRequestDtoMarkAs",
    "MessageResponseDto",
    "MessageResponseDtoEnvelope",
    "MessageResponseDtoListEnvelope",
    "MessageResponseDtoOverrides",
    "MessageResponseDtoPayload",
    "MessagesResponseDto",
    "MessageStatusEnum",
    "MessageTemplate",
    "MessageTemplateDto",
    "MetaDto",
    "MonthlyTypeEnum",
    "MsTeamsChannelEndpointDto",
    "MsTeamsUserEndpointDto",
    "MxRecordStatusDto",
    "MxRecordStatusDtoEnvelope",
    "NotificationDto",
    "NotificationDtoChannel",
    "NotificationDtoOverrides",
    "NotificationDtoPayload",
    "NotificationDtoStatus",
    "NotificationFeedItemDto",
    "NotificationFeedItemDtoDataType0",
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
    "PatchSubscriberPreferencesDtoContext",
    "PatchSubscriberPreferencesDtoContextAdditionalPropertyType1",
    "PatchSubscriberPreferencesDtoContextAdditionalPropertyType1Data",
    "PatchSubscriberRequestDto",
    "PatchSubscriberRequestDtoDataType0",
    "PatchWorkflowDto",
    "PatchWorkflowDtoPayloadSchemaType0",
    "PayloadValidationErrorDto",
    "PayloadValidationErrorDtoValueType3Type0",
    "PayloadValidationErrorDtoValueType4ItemType3",
    "PayloadValidationExceptionDto",
    "PayloadValidationExceptionDtoCtx",
    "PayloadValidationExceptionDtoMessageType3Type0",
    "PayloadValidationExceptionDtoMessageType4ItemType3",
    "PayloadValidationExceptionDtoSchema",
    "PhoneEndpointDto",
    "Preference",
    "PreferenceChannels",
    "PreferenceLevelEnum",
    "PreferenceOverrideSourceEnum",
    "PreferencesRequestDto",
    "PreviewErrorDto",
    "PreviewPayloadDto",
    "PreviewPayloadDtoContext",
    "PreviewPayloadDtoContextAdditionalPropertyType1",
    "PreviewPayloadDtoContextAdditionalPropertyType1Data",
    "PreviewPayloadDtoEnv",
    "PreviewPayloadDtoPayload",
    "PreviewPayloadDtoSteps",
    "ProvidersIdEnum",
    "PublishEnvironmentRequestDto",
    "PublishEnvironmentResponseDto",
    "PublishEnvironmentResponseDtoEnvelope",
    "PublishSummaryDto",
    "PushControlDto",
    "PushControlDtoSkip",
    "PushControlsMetadataResponseDto",
    "PushControlsMetadataResponseDtoDataSchema",
    "PushRenderOutput",
    "PushStepResponseDto",
    "PushStepResponseDtoVariables",
    "PushStepUpsertDto",
    "PushStepUpsertDtoControlValuesType1",
    "RedirectDto",
    "RedirectDtoTarget",
    "RemoveSubscriberResponseDto",
    "RemoveSubscriberResponseDtoEnvelope",
    "RemoveSubscribersRequestDto",
    "RenameOrganizationDto",
    "RenameOrganizationDtoEnvelope",
    "RenameTopicRequestDto",
    "RenameTopicResponseDto",
    "RenameTopicResponseDtoEnvelope",
    "ReplyCallback",
    "RequestLogResponseDto",
    "RequestLogResponseDtoTransactionIdType0",
    "ResourceDependencyDto",
    "ResourceDiffDto",
    "ResourceDiffDtoDiffs",
    "ResourceDiffDtoDiffsNewType0",
    "ResourceDiffDtoDiffsPreviousType0",
    "ResourceDiffResultDto",
    "ResourceInfoDto",
    "ResourceOriginEnum",
    "ResourceToPublishDto",
    "ResourceTypeEnum",
    "RuntimeIssueDto",
    "ScheduleDto",
    "SearchSubscribersOrderDirection",
    "SeverityLevelEnum",
    "SkippedWorkflowDto",
    "SlackChannelEndpointDto",
    "SlackUserEndpointDto",
    "SmsControlDto",
    "SmsControlDtoSkip",
    "SmsControlsMetadataResponseDto",
    "SmsControlsMetadataResponseDtoDataSchema",
    "SmsRenderOutput",
    "SmsStepResponseDto",
    "SmsStepResponseDtoVariables",
    "SmsStepUpsertDto",
    "SmsStepUpsertDtoControlValuesType1",
    "StepContentIssueDto",
    "StepExecutionDetailDto",
    "StepExecutionDetailDtoRawType0",
    "StepFilter",
    "StepFilterDto",
    "StepFilterDtoValue",
    "StepFilterType",
    "StepFilterValue",
    "StepIntegrationIssue",
    "StepIssuesDto",
    "StepIssuesDtoControls",
    "StepIssuesDtoIntegration",
    "StepListResponseDto",
    "StepResponseDto",
    "StepResponseDtoControlValues",
    "StepResponseDtoEnvelope",
    "StepResponseDtoVariables",
    "StepRunDto",
    "StepRunDtoStatus",
    "StepsOverrides",
    "StepsOverridesProviders",
    "StepsOverridesProvidersAdditionalProperty",
    "StepTypeEnum",
    "String",
    "SubscriberChannelDto",
    "SubscriberChannelDtoProviderId",
    "SubscriberDto",
    "SubscriberFeedResponseDto",
    "SubscriberGlobalPreferenceDto",
    "SubscriberPayloadDto",
    "SubscriberPayloadDtoDataType0",
    "SubscriberPreferenceChannels",
    "SubscriberPreferenceOverrideDto",
    "SubscriberPreferencesWorkflowInfoDto",
    "SubscriberResponseDto",
    "SubscriberResponseDtoDataType0",
    "SubscriberResponseDtoEnvelope",
    "SubscriberResponseDtoOptional",
    "SubscriberResponseDtoOptionalDataType0",
    "SubscriberWorkflowPreferenceDto",
    "SubscriptionDetailsResponseDto",
    "SubscriptionDetailsResponseDtoEnvelope",
    "SubscriptionDto",
    "SubscriptionErrorDto",
    "SubscriptionPreferenceDto",
    "SubscriptionPreferenceDtoCondition",
    "SubscriptionResponseDto",
    "SubscriptionResponseDtoEnvelope",
    "SubscriptionsDeleteErrorDto",
    "SyncActionEnum",
    "SyncedWorkflowDto",
    "SyncResultDto",
    "SyncWorkflowDto",
    "TemplateResponse",
    "TenantPayloadDto",
    "TenantPayloadDtoData",
    "TextAlignEnum",
    "ThrottleControlDto",
    "ThrottleControlDtoSkip",
    "ThrottleControlDtoType",
    "ThrottleControlDtoUnit",
    "ThrottleControlsMetadataResponseDto",
    "ThrottleControlsMetadataResponseDtoDataSchema",
    "ThrottleStepResponseDto",
    "ThrottleStepResponseDtoVariables",
    "ThrottleStepUpsertDto",
    "ThrottleStepUpsertDtoControlValuesType1",
    "TimedConfig",
    "TimedConfigMonthlyType",
    "TimedConfigOrdinal",
    "TimedConfigOrdinalValue",
    "TimedConfigWeekDaysItem",
    "TimeRangeDto",
    "TimeUnitEnum",
    "TopicDto",
    "TopicPayloadDto",
    "TopicResponseDto",
    "TopicResponseDtoEnvelope",
    "TopicSubscriberDto",
    "TopicSubscriberDtoEnvelope",
    "TopicSubscriberIdentifierDto",
    "TopicSubscriptionResponseDto",
    "TraceResponseDto",
    "TraceResponseDtoExternalSubscriberIdType0",
    "TraceResponseDtoMessageType0",
    "TraceResponseDtoRawDataType0",
    "TraceResponseDtoSubscriberIdType0",
    "TraceResponseDtoUserIdType0",
    "TranslationGroupDto",
    "TranslationGroupDtoEnvelope",
    "TranslationGroupDtoResourceType",
    "TranslationResponseDto",
    "TranslationResponseDtoContent",
    "TranslationResponseDtoEnvelope",
    "TranslationResponseDtoResourceType",
    "TriggerEventRequestDto",
    "TriggerEventRequestDtoContext",
    "TriggerEventRequestDtoContextAdditionalPropertyType1",
    "TriggerEventRequestDtoContextAdditionalPropertyType1Data",
    "TriggerEventRequestDtoPayload",
    "TriggerEventResponseDto",
    "TriggerEventResponseDtoEnvelope",
    "TriggerEventResponseDtoJobData",
    "TriggerEventResponseDtoListEnvelope",
    "TriggerEventResponseDtoStatus",
    "TriggerEventToAllRequestDto",
    "TriggerEventToAllRequestDtoContext",
    "TriggerEventToAllRequestDtoContextAdditionalPropertyType1",
    "TriggerEventToAllRequestDtoContextAdditionalPropertyType1Data",
    "TriggerEventToAllRequestDtoPayload",
    "TriggerOverrides",
    "TriggerOverridesChat",
    "TriggerOverridesEmail",
    "TriggerOverridesProviders",
    "TriggerOverridesProvidersAdditionalProperty",
    "TriggerOverridesPush",
    "TriggerOverridesSms",
    "TriggerOverridesSteps",
    "TriggerRecipientsTypeEnum",
    "UiComponentEnum",
    "UiSchema",
    "UiSchemaGroupEnum",
    "UiSchemaProperties",
    "UiSchemaProperty",
    "UiSchemaPropertyPlaceholderType3",
    "UiSchemaPropertyPlaceholderType4ItemType3",
    "UiSchemaPropertyProperties",
    "UnseenCountResponse",
    "UnseenCountResponseEnvelope",
    "UpdateBrandingDetailsDto",
    "UpdateChannelConnectionRequestDto",
    "UpdateChannelEndpointRequestDto",
    "UpdateContextRequestDto",
    "UpdateContextRequestDtoData",
    "UpdatedSubscriberDto",
    "UpdateEnvironmentRequestDto",
    "UpdateEnvironmentVariableRequestDto",
    "UpdateEnvironmentVariableRequestDtoType",
    "UpdateIntegrationRequestDto",
    "UpdateIntegrationRequestDtoConfigurations",
    "UpdateLayoutDto",
    "UpdateLayoutRequestDto",
    "UpdateLayoutRequestDtoVariablesItem",
    "UpdateLayoutResponseDto",
    "UpdateLayoutResponseDtoChannel",
    "UpdateLayoutResponseDtoEnvelope",
    "UpdateLayoutResponseDtoVariablesItem",
    "UpdateSubscriberChannelRequestDto",
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
    "UpdateTopicRequestDto",
    "UpdateTopicSubscriptionRequestDto",
    "UpdateWorkflowDto",
    "UpdateWorkflowDtoPayloadSchemaType0",
    "UpdateWorkflowRequestDto",
    "UpdateWorkflowRequestDtoData",
    "UploadMasterJsonBody",
    "UploadTranslationFilesBody",
    "UploadTranslationFilesBodyResourceType",
    "UploadTranslationsResponseDto",
    "UploadTranslationsResponseDtoEnvelope",
    "UserInfoDto",
    "UserResponseDto",
    "ValidationErrorDto",
    "ValidationErrorDtoCtx",
    "ValidationErrorDtoErrors",
    "ValidationErrorDtoMessageType3Type0",
    "ValidationErrorDtoMessageType4ItemType3",
    "VariablesResponseDto",
    "VariablesResponseDtoEnvelope",
    "VariablesResponseDtoSystem",
    "VariablesResponseDtoTranslations",
    "WebhookCreatedWorkflowDto",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapper",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapperType",
    "WebhookDeletedWorkflowDto",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapper",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapperObject",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapperType",
    "WebhookEndpointDto",
    "WebhookMessageDto",
    "WebhookMessageDtoObject",
    "WebhookMessageDtoWebhookPayloadWrapper",
    "WebhookMessageDtoWebhookPayloadWrapperObject",
    "WebhookMessageDtoWebhookPayloadWrapperType",
    "WebhookMessageFailedDto",
    "WebhookMessageFailedDtoObject",
    "WebhookMessageFailedDtoWebhookPayloadWrapper",
    "WebhookMessageFailedDtoWebhookPayloadWrapperObject",
    "WebhookMessageFailedDtoWebhookPayloadWrapperType",
    "WebhookPreferenceDto",
    "WebhookPreferenceDtoObject",
    "WebhookPreferenceDtoWebhookPayloadWrapper",
    "WebhookPreferenceDtoWebhookPayloadWrapperObject",
    "WebhookPreferenceDtoWebhookPayloadWrapperType",
    "WebhookResultDto",
    "WebhookResultDtoListEnvelope",
    "WebhookUpdatedWorkflowDto",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapper",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapperObject",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapperType",
    "WeeklyScheduleDto",
    "WorkflowCreationSourceEnum",
    "WorkflowDto",
    "WorkflowDtoData",
    "WorkflowInfoDto",
    "WorkflowListResponseDto",
    "WorkflowPreferenceDto",
    "WorkflowPreferenceRequestDto",
    "WorkflowPreferenceRequestDtoCondition",
    "WorkflowPreferencesDto",
    "WorkflowPreferencesDtoChannels",
    "WorkflowPreferencesResponseDto",
    "WorkflowResponse",
    "WorkflowResponseData",
    "WorkflowResponseDto",
    "WorkflowResponseDtoEnvelope",
    "WorkflowResponseDtoIssues",
    "WorkflowResponseDtoPayloadExampleType0",
    "WorkflowResponseDtoPayloadSchemaType0",
    "WorkflowResponseDtoSortField",
    "WorkflowResponseEnvelope",
    "WorkflowResponseWorkflowIntegrationStatus",
    "WorkflowRunStepsDetailsDto",
    "WorkflowRunStepsDetailsDtoStatus",
    "WorkflowsResponseDto",
    "WorkflowStatusEnum",
    "WorkspaceDto",
)
