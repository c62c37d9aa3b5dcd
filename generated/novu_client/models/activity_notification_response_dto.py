from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.severity_level_enum import SeverityLevelEnum
from ..models.step_type_enum import StepTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_notification_job_response_dto import ActivityNotificationJobResponseDto
    from ..models.activity_notification_response_dto_controls import ActivityNotificationResponseDtoControls
    from ..models.activity_notification_response_dto_payload import ActivityNotificationResponseDtoPayload
    from ..models.activity_notification_response_dto_to import ActivityNotificationResponseDtoTo
    from ..models.activity_notification_subscriber_response_dto import ActivityNotificationSubscriberResponseDto
    from ..models.activity_notification_template_response_dto import ActivityNotificationTemplateResponseDto
    from ..models.activity_topic_dto import ActivityTopicDto


T = TypeVar("T", bound="ActivityNotificationResponseDto")


@_attrs_define
class ActivityNotificationResponseDto:
    """
    Attributes:
        field_environment_id (str):
        field_organization_id (str):
        field_subscriber_id (str):
        transaction_id (str):
        field_digested_notification_id (str | Unset):
        field_id (str | Unset):
        field_template_id (str | Unset):
        channels (list[StepTypeEnum] | Unset):
        context_keys (list[str] | Unset):
        controls (ActivityNotificationResponseDtoControls | Unset):
        created_at (str | Unset):
        critical (bool | Unset):
        jobs (list[ActivityNotificationJobResponseDto] | Unset):
        payload (ActivityNotificationResponseDtoPayload | Unset):
        severity (SeverityLevelEnum | Unset):
        subscriber (ActivityNotificationSubscriberResponseDto | Unset):
        tags (list[str] | Unset):
        template (ActivityNotificationTemplateResponseDto | Unset):
        to (ActivityNotificationResponseDtoTo | Unset):
        topics (list[ActivityTopicDto] | Unset):
        updated_at (str | Unset):
    """

    field_environment_id: str
    field_organization_id: str
    field_subscriber_id: str
    transaction_id: str
    field_digested_notification_id: str | Unset = UNSET
    field_id: str | Unset = UNSET
    field_template_id: str | Unset = UNSET
    channels: list[StepTypeEnum] | Unset = UNSET
    context_keys: list[str] | Unset = UNSET
    controls: ActivityNotificationResponseDtoControls | Unset = UNSET
    created_at: str | Unset = UNSET
    critical: bool | Unset = UNSET
    jobs: list[ActivityNotificationJobResponseDto] | Unset = UNSET
    payload: ActivityNotificationResponseDtoPayload | Unset = UNSET
    severity: SeverityLevelEnum | Unset = UNSET
    subscriber: ActivityNotificationSubscriberResponseDto | Unset = UNSET
    tags: list[str] | Unset = UNSET
    template: ActivityNotificationTemplateResponseDto | Unset = UNSET
    to: ActivityNotificationResponseDtoTo | Unset = UNSET
    topics: list[ActivityTopicDto] | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_organization_id = self.field_organization_id

        field_subscriber_id = self.field_subscriber_id

        transaction_id = self.transaction_id

        field_digested_notification_id = self.field_digested_notification_id

        field_id = self.field_id

        field_template_id = self.field_template_id

        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.value
                channels.append(channels_item)

        context_keys: list[str] | Unset = UNSET
        if not isinstance(self.context_keys, Unset):
            context_keys = self.context_keys

        controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.controls, Unset):
            controls = self.controls.to_dict()

        created_at = self.created_at

        critical = self.critical

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_organizationId": field_organization_id,
                "_subscriberId": field_subscriber_id,
                "transactionId": transaction_id,
            }
        )
        if field_digested_notification_id is not UNSET:
            field_dict["_digestedNotificationId"] = field_digested_notification_id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_template_id is not UNSET:
            field_dict["_templateId"] = field_template_id
        if channels is not UNSET:
            field_dict["channels"] = channels
        if context_keys is not UNSET:
            field_dict["contextKeys"] = context_keys
        if controls is not UNSET:
            field_dict["controls"] = controls
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if critical is not UNSET:
            field_dict["critical"] = critical
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if payload is not UNSET:
            field_dict["payload"] = payload
        if severity is not UNSET:
            field_dict["severity"] = severity
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if tags is not UNSET:
            field_dict["tags"] = tags
        if template is not UNSET:
            field_dict["template"] = template
        if to is not UNSET:
            field_dict["to"] = to
        if topics is not UNSET:
            field_dict["topics"] = topics
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_notification_job_response_dto import ActivityNotificationJobResponseDto  # noqa: PLC0415
        from ..models.activity_notification_response_dto_controls import ActivityNotificationResponseDtoControls  # noqa: PLC0415
        from ..models.activity_notification_response_dto_payload import ActivityNotificationResponseDtoPayload  # noqa: PLC0415
        from ..models.activity_notification_response_dto_to import ActivityNotificationResponseDtoTo  # noqa: PLC0415
        from ..models.activity_notification_subscriber_response_dto import ActivityNotificationSubscriberResponseDto  # noqa: PLC0415
        from ..models.activity_notification_template_response_dto import ActivityNotificationTemplateResponseDto  # noqa: PLC0415
        from ..models.activity_topic_dto import ActivityTopicDto  # noqa: PLC0415

        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId")

        field_organization_id = d.pop("_organizationId")

        field_subscriber_id = d.pop("_subscriberId")

        transaction_id = d.pop("transactionId")

        field_digested_notification_id = d.pop("_digestedNotificationId", UNSET)

        field_id = d.pop("_id", UNSET)

        field_template_id = d.pop("_templateId", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: list[StepTypeEnum] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = StepTypeEnum.from_wire(channels_item_data)

                channels.append(channels_item)

        context_keys = cast(list[str], d.pop("contextKeys", UNSET))

        _controls = d.pop("controls", UNSET)
        controls: ActivityNotificationResponseDtoControls | Unset
        if isinstance(_controls, Unset):
            controls = UNSET
        else:
            controls = ActivityNotificationResponseDtoControls.from_dict(_controls)

        created_at = d.pop("createdAt", UNSET)

        critical = d.pop("critical", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[ActivityNotificationJobResponseDto] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = ActivityNotificationJobResponseDto.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _payload = d.pop("payload", UNSET)
        payload: ActivityNotificationResponseDtoPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = ActivityNotificationResponseDtoPayload.from_dict(_payload)

        _severity = d.pop("severity", UNSET)
        severity: SeverityLevelEnum | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = SeverityLevelEnum.from_wire(_severity)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: ActivityNotificationSubscriberResponseDto | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = ActivityNotificationSubscriberResponseDto.from_dict(_subscriber)

        tags = cast(list[str], d.pop("tags", UNSET))

        _template = d.pop("template", UNSET)
        template: ActivityNotificationTemplateResponseDto | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = ActivityNotificationTemplateResponseDto.from_dict(_template)

        _to = d.pop("to", UNSET)
        to: ActivityNotificationResponseDtoTo | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = ActivityNotificationResponseDtoTo.from_dict(_to)

        _topics = d.pop("topics", UNSET)
        topics: list[ActivityTopicDto] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = ActivityTopicDto.from_dict(topics_item_data)

                topics.append(topics_item)

        updated_at = d.pop("updatedAt", UNSET)

        activity_notification_response_dto = cls(
            field_environment_id=field_environment_id,
            field_organization_id=field_organization_id,
            field_subscriber_id=field_subscriber_id,
            transaction_id=transaction_id,
            field_digested_notification_id=field_digested_notification_id,
            field_id=field_id,
            field_template_id=field_template_id,
            channels=channels,
            context_keys=context_keys,
            controls=controls,
            created_at=created_at,
            critical=critical,
            jobs=jobs,
            payload=payload,
            severity=severity,
            subscriber=subscriber,
            tags=tags,
            template=template,
            to=to,
            topics=topics,
            updated_at=updated_at,
        )

        activity_notification_response_dto.additional_properties = d
        return activity_notification_response_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
