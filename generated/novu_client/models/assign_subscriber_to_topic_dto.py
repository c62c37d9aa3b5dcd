from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_assignments_dto import FailedAssignmentsDto


T = TypeVar("T", bound="AssignSubscriberToTopicDto")


@_attrs_define
class AssignSubscriberToTopicDto:
    """
    Attributes:
        succeeded (list[str]):
        failed (FailedAssignmentsDto | Unset):
    """

    succeeded: list[str]
    failed: FailedAssignmentsDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        succeeded = self.succeeded

        failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "succeeded": succeeded,
            }
        )
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed_assignments_dto import FailedAssignmentsDto  # noqa: PLC0415

        d = dict(src_dict)
        succeeded = cast(list[str], d.pop("succeeded"))

        _failed = d.pop("failed", UNSET)
        failed: FailedAssignmentsDto | Unset
        if isinstance(_failed, Unset):
            failed = UNSET
        else:
            failed = FailedAssignmentsDto.from_dict(_failed)

        assign_subscriber_to_topic_dto = cls(
            succeeded=succeeded,
            failed=failed,
        )

        assign_subscriber_to_topic_dto.additional_properties = d
        return assign_subscriber_to_topic_dto

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
