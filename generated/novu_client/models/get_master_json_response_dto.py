from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_master_json_response_dto_layouts import GetMasterJsonResponseDtoLayouts
    from ..models.get_master_json_response_dto_workflows import GetMasterJsonResponseDtoWorkflows


T = TypeVar("T", bound="GetMasterJsonResponseDto")


@_attrs_define
class GetMasterJsonResponseDto:
    """
    Attributes:
        layouts (GetMasterJsonResponseDtoLayouts):
        workflows (GetMasterJsonResponseDtoWorkflows):
    """

    layouts: GetMasterJsonResponseDtoLayouts
    workflows: GetMasterJsonResponseDtoWorkflows
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layouts = self.layouts.to_dict()

        workflows = self.workflows.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layouts": layouts,
                "workflows": workflows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_master_json_response_dto_layouts import GetMasterJsonResponseDtoLayouts  # noqa: PLC0415
        from ..models.get_master_json_response_dto_workflows import GetMasterJsonResponseDtoWorkflows  # noqa: PLC0415

        d = dict(src_dict)
        layouts = GetMasterJsonResponseDtoLayouts.from_dict(d.pop("layouts"))

        workflows = GetMasterJsonResponseDtoWorkflows.from_dict(d.pop("workflows"))

        get_master_json_response_dto = cls(
            layouts=layouts,
            workflows=workflows,
        )

        get_master_json_response_dto.additional_properties = d
        return get_master_json_response_dto

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
