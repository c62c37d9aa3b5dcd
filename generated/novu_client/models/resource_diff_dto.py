from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diff_action_enum import DiffActionEnum
from ..models.resource_type_enum import ResourceTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_diff_dto_diffs import ResourceDiffDtoDiffs
    from ..models.resource_info_dto import ResourceInfoDto


T = TypeVar("T", bound="ResourceDiffDto")


@_attrs_define
class ResourceDiffDto:
    """
    Attributes:
        action (DiffActionEnum):
        resource_type (ResourceTypeEnum):
        diffs (ResourceDiffDtoDiffs | Unset):
        new_index (float | Unset):
        previous_index (float | Unset):
        source_resource (None | ResourceInfoDto | Unset):
        step_type (str | Unset):
        target_resource (None | ResourceInfoDto | Unset):
    """

    action: DiffActionEnum
    resource_type: ResourceTypeEnum
    diffs: ResourceDiffDtoDiffs | Unset = UNSET
    new_index: float | Unset = UNSET
    previous_index: float | Unset = UNSET
    source_resource: None | ResourceInfoDto | Unset = UNSET
    step_type: str | Unset = UNSET
    target_resource: None | ResourceInfoDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_info_dto import ResourceInfoDto  # noqa: PLC0415

        action = self.action.value

        resource_type = self.resource_type.value

        diffs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diffs, Unset):
            diffs = self.diffs.to_dict()

        new_index = self.new_index

        previous_index = self.previous_index

        source_resource: dict[str, Any] | None | Unset
        if isinstance(self.source_resource, Unset):
            source_resource = UNSET
        elif isinstance(self.source_resource, ResourceInfoDto):
            source_resource = self.source_resource.to_dict()
        else:
            source_resource = self.source_resource

        step_type = self.step_type

        target_resource: dict[str, Any] | None | Unset
        if isinstance(self.target_resource, Unset):
            target_resource = UNSET
        elif isinstance(self.target_resource, ResourceInfoDto):
            target_resource = self.target_resource.to_dict()
        else:
            target_resource = self.target_resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "resourceType": resource_type,
            }
        )
        if diffs is not UNSET:
            field_dict["diffs"] = diffs
        if new_index is not UNSET:
            field_dict["newIndex"] = new_index
        if previous_index is not UNSET:
            field_dict["previousIndex"] = previous_index
        if source_resource is not UNSET:
            field_dict["sourceResource"] = source_resource
        if step_type is not UNSET:
            field_dict["stepType"] = step_type
        if target_resource is not UNSET:
            field_dict["targetResource"] = target_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_diff_dto_diffs import ResourceDiffDtoDiffs  # noqa: PLC0415
        from ..models.resource_info_dto import ResourceInfoDto  # noqa: PLC0415

        d = dict(src_dict)
        action = DiffActionEnum.from_wire(d.pop("action"))

        resource_type = ResourceTypeEnum.from_wire(d.pop("resourceType"))

        _diffs = d.pop("diffs", UNSET)
        diffs: ResourceDiffDtoDiffs | Unset
        if isinstance(_diffs, Unset):
            diffs = UNSET
        else:
            diffs = ResourceDiffDtoDiffs.from_dict(_diffs)

        new_index = d.pop("newIndex", UNSET)

        previous_index = d.pop("previousIndex", UNSET)

        def _parse_source_resource(data: object) -> None | ResourceInfoDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_resource_type_1 = ResourceInfoDto.from_dict(data)

                return source_resource_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceInfoDto | Unset, data)

        source_resource = _parse_source_resource(d.pop("sourceResource", UNSET))

        step_type = d.pop("stepType", UNSET)

        def _parse_target_resource(data: object) -> None | ResourceInfoDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_resource_type_1 = ResourceInfoDto.from_dict(data)

                return target_resource_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceInfoDto | Unset, data)

        target_resource = _parse_target_resource(d.pop("targetResource", UNSET))

        resource_diff_dto = cls(
            action=action,
            resource_type=resource_type,
            diffs=diffs,
            new_index=new_index,
            previous_index=previous_index,
            source_resource=source_resource,
            step_type=step_type,
            target_resource=target_resource,
        )

        resource_diff_dto.additional_properties = d
        return resource_diff_dto

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
