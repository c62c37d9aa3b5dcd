from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_details_response_dto_channel import ExecutionDetailsResponseDtoChannel
from ..models.execution_details_response_dto_source import ExecutionDetailsResponseDtoSource
from ..models.execution_details_response_dto_status import ExecutionDetailsResponseDtoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionDetailsResponseDto")


@_attrs_define
class ExecutionDetailsResponseDto:
    """
    Attributes:
        field_environment_id (str):
        field_job_id (str):
        field_notification_id (str):
        field_notification_template_id (str):
        field_organization_id (str):
        field_subscriber_id (str):
        channel (ExecutionDetailsResponseDtoChannel):
        detail (str):
        is_retry (bool):
        is_test (bool):
        source (ExecutionDetailsResponseDtoSource):
        status (ExecutionDetailsResponseDtoStatus):
        transaction_id (str):
        field_id (str | Unset):
        field_message_id (str | Unset):
        created_at (str | Unset):
        provider_id (str | Unset):
    """

    field_environment_id: str
    field_job_id: str
    field_notification_id: str
    field_notification_template_id: str
    field_organization_id: str
    field_subscriber_id: str
    channel: ExecutionDetailsResponseDtoChannel
    detail: str
    is_retry: bool
    is_test: bool
    source: ExecutionDetailsResponseDtoSource
    status: ExecutionDetailsResponseDtoStatus
    transaction_id: str
    field_id: str | Unset = UNSET
    field_message_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_job_id = self.field_job_id

        field_notification_id = self.field_notification_id

        field_notification_template_id = self.field_notification_template_id

        field_organization_id = self.field_organization_id

        field_subscriber_id = self.field_subscriber_id

        channel = self.channel.value

        detail = self.detail

        is_retry = self.is_retry

        is_test = self.is_test

        source = self.source.value

        status = self.status.value

        transaction_id = self.transaction_id

        field_id = self.field_id

        field_message_id = self.field_message_id

        created_at = self.created_at

        provider_id = self.provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_jobId": field_job_id,
                "_notificationId": field_notification_id,
                "_notificationTemplateId": field_notification_template_id,
                "_organizationId": field_organization_id,
                "_subscriberId": field_subscriber_id,
                "channel": channel,
                "detail": detail,
                "isRetry": is_retry,
                "isTest": is_test,
                "source": source,
                "status": status,
                "transactionId": transaction_id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_message_id is not UNSET:
            field_dict["_messageId"] = field_message_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId")

        field_job_id = d.pop("_jobId")

        field_notification_id = d.pop("_notificationId")

        field_notification_template_id = d.pop("_notificationTemplateId")

        field_organization_id = d.pop("_organizationId")

        field_subscriber_id = d.pop("_subscriberId")

        channel = ExecutionDetailsResponseDtoChannel.from_wire(d.pop("channel"))

        detail = d.pop("detail")

        is_retry = d.pop("isRetry")

        is_test = d.pop("isTest")

        source = ExecutionDetailsResponseDtoSource.from_wire(d.pop("source"))

        status = ExecutionDetailsResponseDtoStatus.from_wire(d.pop("status"))

        transaction_id = d.pop("transactionId")

        field_id = d.pop("_id", UNSET)

        field_message_id = d.pop("_messageId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        provider_id = d.pop("providerId", UNSET)

        execution_details_response_dto = cls(
            field_environment_id=field_environment_id,
            field_job_id=field_job_id,
            field_notification_id=field_notification_id,
            field_notification_template_id=field_notification_template_id,
            field_organization_id=field_organization_id,
            field_subscriber_id=field_subscriber_id,
            channel=channel,
            detail=detail,
            is_retry=is_retry,
            is_test=is_test,
            source=source,
            status=status,
            transaction_id=transaction_id,
            field_id=field_id,
            field_message_id=field_message_id,
            created_at=created_at,
            provider_id=provider_id,
        )

        execution_details_response_dto.additional_properties = d
        return execution_details_response_dto

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
