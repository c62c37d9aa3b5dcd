from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_type_enum import StepTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_notification_job_response_dto import ActivityNotificationJobResponseDto
    from ..models.activity_notification_response_dto_controls import ActivityNotificationResponseDtoControls
    from ..models.activity_notification_response_dto_payload import ActivityNotificationResponseDtoPayload
    from ..models.activity_notification_response_dto_to import ActivityNotificationResponseDtoTo
    from ..models.activity_notification_subscriber_response_dto import ActivityNotificationSubscriberResponseDto
    from ..models.activity_notification_template_response_dto import ActivityNotificationTemplateResponseDto


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
        controls (ActivityNotificationResponseDtoControls | Unset):
        created_at (str | Unset):
        jobs (list[ActivityNotificationJobResponseDto] | Unset):
        payload (ActivityNotificationResponseDtoPayload | Unset):
        subscriber (ActivityNotificationSubscriberResponseDto | Unset):
        tags (list[str] | Unset):
        template (ActivityNotificationTemplateResponseDto | Unset):
        to (ActivityNotificationResponseDtoTo | Unset):
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
    controls: ActivityNotificationResponseDtoControls | Unset = UNSET
    created_at: str | Unset = UNSET
    jobs: list[ActivityNotificationJobResponseDto] | Unset = UNSET
    payload: ActivityNotificationResponseDtoPayload | Unset = UNSET
    subscriber: ActivityNotificationSubscriberResponseDto | Unset = UNSET
    tags: list[str] | Unset = UNSET
    template: ActivityNotificationTemplateResponseDto | Unset = UNSET
    to: ActivityNotificationResponseDtoTo | Unset = UNSET
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

        controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.controls, Unset):
            controls = self.controls.to_dict()

        created_at = self.created_at

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

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
        if controls is not UNSET:
            field_dict["controls"] = controls
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if payload is not UNSET:
            field_dict["payload"] = payload
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if tags is not UNSET:
            field_dict["tags"] = tags
        if template is not UNSET:
            field_dict["template"] = template
        if to is not UNSET:
            field_dict["to"] = to
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

        _controls = d.pop("controls", UNSET)
        controls: ActivityNotificationResponseDtoControls | Unset
        if isinstance(_controls, Unset):
            controls = UNSET
        else:
            controls = ActivityNotificationResponseDtoControls.from_dict(_controls)

        created_at = d.pop("createdAt", UNSET)

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
            controls=controls,
            created_at=created_at,
            jobs=jobs,
            payload=payload,
            subscriber=subscriber,
            tags=tags,
            template=template,
            to=to,
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
