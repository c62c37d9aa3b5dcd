from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_run_dto_status import StepRunDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digest_metadata_dto import DigestMetadataDto
    from ..models.step_execution_detail_dto import StepExecutionDetailDto


T = TypeVar("T", bound="StepRunDto")


@_attrs_define
class StepRunDto:
    """
    Attributes:
        created_at (datetime.datetime):
        execution_details (list[StepExecutionDetailDto]):
        status (StepRunDtoStatus):
        step_id (str):
        step_run_id (str):
        step_type (str):
        updated_at (datetime.datetime):
        digest (DigestMetadataDto | Unset):
        provider_id (str | Unset):
        schedule_extensions_count (float | Unset):
    """

    created_at: datetime.datetime
    execution_details: list[StepExecutionDetailDto]
    status: StepRunDtoStatus
    step_id: str
    step_run_id: str
    step_type: str
    updated_at: datetime.datetime
    digest: DigestMetadataDto | Unset = UNSET
    provider_id: str | Unset = UNSET
    schedule_extensions_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        execution_details = []
        for execution_details_item_data in self.execution_details:
            execution_details_item = execution_details_item_data.to_dict()
            execution_details.append(execution_details_item)

        status = self.status.value

        step_id = self.step_id

        step_run_id = self.step_run_id

        step_type = self.step_type

        updated_at = self.updated_at.isoformat()

        digest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digest, Unset):
            digest = self.digest.to_dict()

        provider_id = self.provider_id

        schedule_extensions_count = self.schedule_extensions_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "executionDetails": execution_details,
                "status": status,
                "stepId": step_id,
                "stepRunId": step_run_id,
                "stepType": step_type,
                "updatedAt": updated_at,
            }
        )
        if digest is not UNSET:
            field_dict["digest"] = digest
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if schedule_extensions_count is not UNSET:
            field_dict["scheduleExtensionsCount"] = schedule_extensions_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digest_metadata_dto import DigestMetadataDto  # noqa: PLC0415
        from ..models.step_execution_detail_dto import StepExecutionDetailDto  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        execution_details = []
        _execution_details = d.pop("executionDetails")
        for execution_details_item_data in _execution_details:
            execution_details_item = StepExecutionDetailDto.from_dict(execution_details_item_data)

            execution_details.append(execution_details_item)

        status = StepRunDtoStatus.from_wire(d.pop("status"))

        step_id = d.pop("stepId")

        step_run_id = d.pop("stepRunId")

        step_type = d.pop("stepType")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _digest = d.pop("digest", UNSET)
        digest: DigestMetadataDto | Unset
        if isinstance(_digest, Unset):
            digest = UNSET
        else:
            digest = DigestMetadataDto.from_dict(_digest)

        provider_id = d.pop("providerId", UNSET)

        schedule_extensions_count = d.pop("scheduleExtensionsCount", UNSET)

        step_run_dto = cls(
            created_at=created_at,
            execution_details=execution_details,
            status=status,
            step_id=step_id,
            step_run_id=step_run_id,
            step_type=step_type,
            updated_at=updated_at,
            digest=digest,
            provider_id=provider_id,
            schedule_extensions_count=schedule_extensions_count,
        )

        step_run_dto.additional_properties = d
        return step_run_dto

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
