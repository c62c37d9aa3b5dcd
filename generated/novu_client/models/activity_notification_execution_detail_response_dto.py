from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_notification_execution_detail_response_dto_source import (
    ActivityNotificationExecutionDetailResponseDtoSource,
)
from ..models.activity_notification_execution_detail_response_dto_status import (
    ActivityNotificationExecutionDetailResponseDtoStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_notification_execution_detail_response_dto_provider_id import (
        ActivityNotificationExecutionDetailResponseDtoProviderId,
    )


T = TypeVar("T", bound="ActivityNotificationExecutionDetailResponseDto")


@_attrs_define
class ActivityNotificationExecutionDetailResponseDto:
    """
    Attributes:
        field_id (str):
        field_job_id (str):
        detail (str):
        is_retry (bool):
        is_test (bool):
        provider_id (ActivityNotificationExecutionDetailResponseDtoProviderId):
        source (ActivityNotificationExecutionDetailResponseDtoSource):
        status (ActivityNotificationExecutionDetailResponseDtoStatus):
        raw (str | Unset):
    """

    field_id: str
    field_job_id: str
    detail: str
    is_retry: bool
    is_test: bool
    provider_id: ActivityNotificationExecutionDetailResponseDtoProviderId
    source: ActivityNotificationExecutionDetailResponseDtoSource
    status: ActivityNotificationExecutionDetailResponseDtoStatus
    raw: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_job_id = self.field_job_id

        detail = self.detail

        is_retry = self.is_retry

        is_test = self.is_test

        provider_id = self.provider_id.to_dict()

        source = self.source.value

        status = self.status.value

        raw = self.raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_jobId": field_job_id,
                "detail": detail,
                "isRetry": is_retry,
                "isTest": is_test,
                "providerId": provider_id,
                "source": source,
                "status": status,
            }
        )
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_notification_execution_detail_response_dto_provider_id import (
            ActivityNotificationExecutionDetailResponseDtoProviderId,  # noqa: PLC0415
        )

        d = dict(src_dict)
        field_id = d.pop("_id")

        field_job_id = d.pop("_jobId")

        detail = d.pop("detail")

        is_retry = d.pop("isRetry")

        is_test = d.pop("isTest")

        provider_id = ActivityNotificationExecutionDetailResponseDtoProviderId.from_dict(d.pop("providerId"))

        source = ActivityNotificationExecutionDetailResponseDtoSource(d.pop("source"))

        status = ActivityNotificationExecutionDetailResponseDtoStatus(d.pop("status"))

        raw = d.pop("raw", UNSET)

        activity_notification_execution_detail_response_dto = cls(
            field_id=field_id,
            field_job_id=field_job_id,
            detail=detail,
            is_retry=is_retry,
            is_test=is_test,
            provider_id=provider_id,
            source=source,
            status=status,
            raw=raw,
        )

        activity_notification_execution_detail_response_dto.additional_properties = d
        return activity_notification_execution_detail_response_dto

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
