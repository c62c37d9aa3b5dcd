from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.severity_level_enum import SeverityLevelEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_dto_data import WorkflowDtoData


T = TypeVar("T", bound="WorkflowDto")


@_attrs_define
class WorkflowDto:
    """
    Attributes:
        critical (bool):
        id (str):
        identifier (str):
        name (str):
        severity (SeverityLevelEnum):
        data (WorkflowDtoData | Unset):
        tags (list[str] | Unset):
    """

    critical: bool
    id: str
    identifier: str
    name: str
    severity: SeverityLevelEnum
    data: WorkflowDtoData | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical = self.critical

        id = self.id

        identifier = self.identifier

        name = self.name

        severity = self.severity.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "critical": critical,
                "id": id,
                "identifier": identifier,
                "name": name,
                "severity": severity,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_dto_data import WorkflowDtoData  # noqa: PLC0415

        d = dict(src_dict)
        critical = d.pop("critical")

        id = d.pop("id")

        identifier = d.pop("identifier")

        name = d.pop("name")

        severity = SeverityLevelEnum.from_wire(d.pop("severity"))

        _data = d.pop("data", UNSET)
        data: WorkflowDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WorkflowDtoData.from_dict(_data)

        tags = cast(list[str], d.pop("tags", UNSET))

        workflow_dto = cls(
            critical=critical,
            id=id,
            identifier=identifier,
            name=name,
            severity=severity,
            data=data,
            tags=tags,
        )

        workflow_dto.additional_properties = d
        return workflow_dto

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
