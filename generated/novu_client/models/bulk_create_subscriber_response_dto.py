from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.created_subscriber_dto import CreatedSubscriberDto
    from ..models.failed_operation_dto import FailedOperationDto
    from ..models.updated_subscriber_dto import UpdatedSubscriberDto


T = TypeVar("T", bound="BulkCreateSubscriberResponseDto")


@_attrs_define
class BulkCreateSubscriberResponseDto:
    """
    Attributes:
        created (list[CreatedSubscriberDto]):
        failed (list[FailedOperationDto]):
        updated (list[UpdatedSubscriberDto]):
    """

    created: list[CreatedSubscriberDto]
    failed: list[FailedOperationDto]
    updated: list[UpdatedSubscriberDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        updated = []
        for updated_item_data in self.updated:
            updated_item = updated_item_data.to_dict()
            updated.append(updated_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "failed": failed,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.created_subscriber_dto import CreatedSubscriberDto  # noqa: PLC0415
        from ..models.failed_operation_dto import FailedOperationDto  # noqa: PLC0415
        from ..models.updated_subscriber_dto import UpdatedSubscriberDto  # noqa: PLC0415

        d = dict(src_dict)
        created = []
        _created = d.pop("created")
        for created_item_data in _created:
            created_item = CreatedSubscriberDto.from_dict(created_item_data)

            created.append(created_item)

        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = FailedOperationDto.from_dict(failed_item_data)

            failed.append(failed_item)

        updated = []
        _updated = d.pop("updated")
        for updated_item_data in _updated:
            updated_item = UpdatedSubscriberDto.from_dict(updated_item_data)

            updated.append(updated_item)

        bulk_create_subscriber_response_dto = cls(
            created=created,
            failed=failed,
            updated=updated,
        )

        bulk_create_subscriber_response_dto.additional_properties = d
        return bulk_create_subscriber_response_dto

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
