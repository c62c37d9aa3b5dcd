from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type_enum import ResourceTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.diff_summary_dto import DiffSummaryDto
    from ..models.resource_dependency_dto import ResourceDependencyDto
    from ..models.resource_diff_dto import ResourceDiffDto
    from ..models.resource_info_dto import ResourceInfoDto


T = TypeVar("T", bound="ResourceDiffResultDto")


@_attrs_define
class ResourceDiffResultDto:
    """
    Attributes:
        changes (list[ResourceDiffDto]):
        resource_type (ResourceTypeEnum):
        summary (DiffSummaryDto):
        dependencies (list[ResourceDependencyDto] | Unset):
        source_resource (None | ResourceInfoDto | Unset):
        target_resource (None | ResourceInfoDto | Unset):
    """

    changes: list[ResourceDiffDto]
    resource_type: ResourceTypeEnum
    summary: DiffSummaryDto
    dependencies: list[ResourceDependencyDto] | Unset = UNSET
    source_resource: None | ResourceInfoDto | Unset = UNSET
    target_resource: None | ResourceInfoDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_info_dto import ResourceInfoDto  # noqa: PLC0415

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        resource_type = self.resource_type.value

        summary = self.summary.to_dict()

        dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item = dependencies_item_data.to_dict()
                dependencies.append(dependencies_item)

        source_resource: dict[str, Any] | None | Unset
        if isinstance(self.source_resource, Unset):
            source_resource = UNSET
        elif isinstance(self.source_resource, ResourceInfoDto):
            source_resource = self.source_resource.to_dict()
        else:
            source_resource = self.source_resource

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
                "changes": changes,
                "resourceType": resource_type,
                "summary": summary,
            }
        )
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if source_resource is not UNSET:
            field_dict["sourceResource"] = source_resource
        if target_resource is not UNSET:
            field_dict["targetResource"] = target_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diff_summary_dto import DiffSummaryDto  # noqa: PLC0415
        from ..models.resource_dependency_dto import ResourceDependencyDto  # noqa: PLC0415
        from ..models.resource_diff_dto import ResourceDiffDto  # noqa: PLC0415
        from ..models.resource_info_dto import ResourceInfoDto  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = ResourceDiffDto.from_dict(changes_item_data)

            changes.append(changes_item)

        resource_type = ResourceTypeEnum.from_wire(d.pop("resourceType"))

        summary = DiffSummaryDto.from_dict(d.pop("summary"))

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: list[ResourceDependencyDto] | Unset = UNSET
        if _dependencies is not UNSET:
            dependencies = []
            for dependencies_item_data in _dependencies:
                dependencies_item = ResourceDependencyDto.from_dict(dependencies_item_data)

                dependencies.append(dependencies_item)

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

        resource_diff_result_dto = cls(
            changes=changes,
            resource_type=resource_type,
            summary=summary,
            dependencies=dependencies,
            source_resource=source_resource,
            target_resource=target_resource,
        )

        resource_diff_result_dto.additional_properties = d
        return resource_diff_result_dto

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
