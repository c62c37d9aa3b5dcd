from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.environment_diff_summary_dto import EnvironmentDiffSummaryDto
    from ..models.resource_diff_result_dto import ResourceDiffResultDto


T = TypeVar("T", bound="DiffEnvironmentResponseDto")


@_attrs_define
class DiffEnvironmentResponseDto:
    """
    Attributes:
        resources (list[ResourceDiffResultDto]):
        source_environment_id (str):
        summary (EnvironmentDiffSummaryDto):
        target_environment_id (str):
    """

    resources: list[ResourceDiffResultDto]
    source_environment_id: str
    summary: EnvironmentDiffSummaryDto
    target_environment_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        source_environment_id = self.source_environment_id

        summary = self.summary.to_dict()

        target_environment_id = self.target_environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resources": resources,
                "sourceEnvironmentId": source_environment_id,
                "summary": summary,
                "targetEnvironmentId": target_environment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_diff_summary_dto import EnvironmentDiffSummaryDto  # noqa: PLC0415
        from ..models.resource_diff_result_dto import ResourceDiffResultDto  # noqa: PLC0415

        d = dict(src_dict)
        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = ResourceDiffResultDto.from_dict(resources_item_data)

            resources.append(resources_item)

        source_environment_id = d.pop("sourceEnvironmentId")

        summary = EnvironmentDiffSummaryDto.from_dict(d.pop("summary"))

        target_environment_id = d.pop("targetEnvironmentId")

        diff_environment_response_dto = cls(
            resources=resources,
            source_environment_id=source_environment_id,
            summary=summary,
            target_environment_id=target_environment_id,
        )

        diff_environment_response_dto.additional_properties = d
        return diff_environment_response_dto

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
