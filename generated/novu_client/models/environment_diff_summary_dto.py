from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnvironmentDiffSummaryDto")


@_attrs_define
class EnvironmentDiffSummaryDto:
    """
    Attributes:
        has_changes (bool):
        total_changes (float):
        total_entities (float):
    """

    has_changes: bool
    total_changes: float
    total_entities: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_changes = self.has_changes

        total_changes = self.total_changes

        total_entities = self.total_entities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasChanges": has_changes,
                "totalChanges": total_changes,
                "totalEntities": total_entities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_changes = d.pop("hasChanges")

        total_changes = d.pop("totalChanges")

        total_entities = d.pop("totalEntities")

        environment_diff_summary_dto = cls(
            has_changes=has_changes,
            total_changes=total_changes,
            total_entities=total_entities,
        )

        environment_diff_summary_dto.additional_properties = d
        return environment_diff_summary_dto

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
