from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_notification_response_dto_channels import ActivityNotificationResponseDtoChannels
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_notification_job_response_dto import ActivityNotificationJobResponseDto
    from ..models.activity_notification_subscriber_response_dto import ActivityNotificationSubscriberResponseDto
    from ..models.activity_notification_template_response_dto import ActivityNotificationTemplateResponseDto


T = TypeVar("T", bound="ActivityNotificationResponseDto")


@_attrs_define
class ActivityNotificationResponseDto:
    """
    Attributes:
        field_environment_id (str):
        field_organization_id (str):
        transaction_id (str):
        field_id (str | Unset):
        channels (ActivityNotificationResponseDtoChannels | Unset):
        created_at (str | Unset):
        jobs (list[ActivityNotificationJobResponseDto] | Unset):
        subscriber (ActivityNotificationSubscriberResponseDto | Unset):
        template (ActivityNotificationTemplateResponseDto | Unset):
    """

    field_environment_id: str
    field_organization_id: str
    transaction_id: str
    field_id: str | Unset = UNSET
    channels: ActivityNotificationResponseDtoChannels | Unset = UNSET
    created_at: str | Unset = UNSET
    jobs: list[ActivityNotificationJobResponseDto] | Unset = UNSET
    subscriber: ActivityNotificationSubscriberResponseDto | Unset = UNSET
    template: ActivityNotificationTemplateResponseDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_organization_id = self.field_organization_id

        transaction_id = self.transaction_id

        field_id = self.field_id

        channels: str | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.value

        created_at = self.created_at

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_organizationId": field_organization_id,
                "transactionId": transaction_id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if channels is not UNSET:
            field_dict["channels"] = channels
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_notification_job_response_dto import ActivityNotificationJobResponseDto  # noqa: PLC0415
        from ..models.activity_notification_subscriber_response_dto import ActivityNotificationSubscriberResponseDto  # noqa: PLC0415
        from ..models.activity_notification_template_response_dto import ActivityNotificationTemplateResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId")

        field_organization_id = d.pop("_organizationId")

        transaction_id = d.pop("transactionId")

        field_id = d.pop("_id", UNSET)

        _channels = d.pop("channels", UNSET)
        channels: ActivityNotificationResponseDtoChannels | Unset
        if isinstance(_channels, Unset):
            channels = UNSET
        else:
            channels = ActivityNotificationResponseDtoChannels(_channels)

        created_at = d.pop("createdAt", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[ActivityNotificationJobResponseDto] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = ActivityNotificationJobResponseDto.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: ActivityNotificationSubscriberResponseDto | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = ActivityNotificationSubscriberResponseDto.from_dict(_subscriber)

        _template = d.pop("template", UNSET)
        template: ActivityNotificationTemplateResponseDto | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = ActivityNotificationTemplateResponseDto.from_dict(_template)

        activity_notification_response_dto = cls(
            field_environment_id=field_environment_id,
            field_organization_id=field_organization_id,
            transaction_id=transaction_id,
            field_id=field_id,
            channels=channels,
            created_at=created_at,
            jobs=jobs,
            subscriber=subscriber,
            template=template,
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
