from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_type_enum import StepTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_issues_dto import StepIssuesDto


T = TypeVar("T", bound="StepListResponseDto")


@_attrs_define
class StepListResponseDto:
    """
    Attributes:
        slug (str):
        type_ (StepTypeEnum):
        issues (StepIssuesDto | Unset):
    """

    slug: str
    type_: StepTypeEnum
    issues: StepIssuesDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        type_ = self.type_.value

        issues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "type": type_,
            }
        )
        if issues is not UNSET:
            field_dict["issues"] = issues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step_issues_dto import StepIssuesDto  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        type_ = StepTypeEnum.from_wire(d.pop("type"))

        _issues = d.pop("issues", UNSET)
        issues: StepIssuesDto | Unset
        if isinstance(_issues, Unset):
            issues = UNSET
        else:
            issues = StepIssuesDto.from_dict(_issues)

        step_list_response_dto = cls(
            slug=slug,
            type_=type_,
            issues=issues,
        )

        step_list_response_dto.additional_properties = d
        return step_list_response_dto

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
