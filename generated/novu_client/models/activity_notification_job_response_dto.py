from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_notification_job_response_dto_type import ActivityNotificationJobResponseDtoType
from ..models.providers_id_enum import ProvidersIdEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_notification_execution_detail_response_dto import (
        ActivityNotificationExecutionDetailResponseDto,
    )
    from ..models.activity_notification_job_response_dto_overrides import ActivityNotificationJobResponseDtoOverrides
    from ..models.activity_notification_job_response_dto_payload import ActivityNotificationJobResponseDtoPayload
    from ..models.activity_notification_step_response_dto import ActivityNotificationStepResponseDto
    from ..models.digest_metadata_dto import DigestMetadataDto


T = TypeVar("T", bound="ActivityNotificationJobResponseDto")


@_attrs_define
class ActivityNotificationJobResponseDto:
    """
    Attributes:
        field_id (str):
        execution_details (list[ActivityNotificationExecutionDetailResponseDto]):
        provider_id (ProvidersIdEnum):
        status (str):
        step (ActivityNotificationStepResponseDto):
        type_ (ActivityNotificationJobResponseDtoType):
        digest (DigestMetadataDto | Unset):
        overrides (ActivityNotificationJobResponseDtoOverrides | Unset):
        payload (ActivityNotificationJobResponseDtoPayload | Unset):
        schedule_extensions_count (float | Unset):
        updated_at (str | Unset):
    """

    field_id: str
    execution_details: list[ActivityNotificationExecutionDetailResponseDto]
    provider_id: ProvidersIdEnum
    status: str
    step: ActivityNotificationStepResponseDto
    type_: ActivityNotificationJobResponseDtoType
    digest: DigestMetadataDto | Unset = UNSET
    overrides: ActivityNotificationJobResponseDtoOverrides | Unset = UNSET
    payload: ActivityNotificationJobResponseDtoPayload | Unset = UNSET
    schedule_extensions_count: float | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        execution_details = []
        for execution_details_item_data in self.execution_details:
            execution_details_item = execution_details_item_data.to_dict()
            execution_details.append(execution_details_item)

        provider_id = self.provider_id.value

        status = self.status

        step = self.step.to_dict()

        type_ = self.type_.value

        digest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digest, Unset):
            digest = self.digest.to_dict()

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        schedule_extensions_count = self.schedule_extensions_count

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "executionDetails": execution_details,
                "providerId": provider_id,
                "status": status,
                "step": step,
                "type": type_,
            }
        )
        if digest is not UNSET:
            field_dict["digest"] = digest
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if payload is not UNSET:
            field_dict["payload"] = payload
        if schedule_extensions_count is not UNSET:
            field_dict["scheduleExtensionsCount"] = schedule_extensions_count
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_notification_execution_detail_response_dto import (
            ActivityNotificationExecutionDetailResponseDto,  # noqa: PLC0415
        )
        from ..models.activity_notification_job_response_dto_overrides import (
            ActivityNotificationJobResponseDtoOverrides,  # noqa: PLC0415
        )
        from ..models.activity_notification_job_response_dto_payload import ActivityNotificationJobResponseDtoPayload  # noqa: PLC0415
        from ..models.activity_notification_step_response_dto import ActivityNotificationStepResponseDto  # noqa: PLC0415
        from ..models.digest_metadata_dto import DigestMetadataDto  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        execution_details = []
        _execution_details = d.pop("executionDetails")
        for execution_details_item_data in _execution_details:
            execution_details_item = ActivityNotificationExecutionDetailResponseDto.from_dict(
                execution_details_item_data
            )

            execution_details.append(execution_details_item)

        provider_id = ProvidersIdEnum.from_wire(d.pop("providerId"))

        status = d.pop("status")

        step = ActivityNotificationStepResponseDto.from_dict(d.pop("step"))

        type_ = ActivityNotificationJobResponseDtoType.from_wire(d.pop("type"))

        _digest = d.pop("digest", UNSET)
        digest: DigestMetadataDto | Unset
        if isinstance(_digest, Unset):
            digest = UNSET
        else:
            digest = DigestMetadataDto.from_dict(_digest)

        _overrides = d.pop("overrides", UNSET)
        overrides: ActivityNotificationJobResponseDtoOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = ActivityNotificationJobResponseDtoOverrides.from_dict(_overrides)

        _payload = d.pop("payload", UNSET)
        payload: ActivityNotificationJobResponseDtoPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = ActivityNotificationJobResponseDtoPayload.from_dict(_payload)

        schedule_extensions_count = d.pop("scheduleExtensionsCount", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        activity_notification_job_response_dto = cls(
            field_id=field_id,
            execution_details=execution_details,
            provider_id=provider_id,
            status=status,
            step=step,
            type_=type_,
            digest=digest,
            overrides=overrides,
            payload=payload,
            schedule_extensions_count=schedule_extensions_count,
            updated_at=updated_at,
        )

        activity_notification_job_response_dto.additional_properties = d
        return activity_notification_job_response_dto

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
