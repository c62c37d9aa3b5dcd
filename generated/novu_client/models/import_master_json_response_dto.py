from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportMasterJsonResponseDto")


@_attrs_define
class ImportMasterJsonResponseDto:
    """
    Attributes:
        message (str):
        success (bool):
        failed (list[str] | Unset):
        successful (list[str] | Unset):
    """

    message: str
    success: bool
    failed: list[str] | Unset = UNSET
    successful: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        success = self.success

        failed: list[str] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed

        successful: list[str] | Unset = UNSET
        if not isinstance(self.successful, Unset):
            successful = self.successful

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "success": success,
            }
        )
        if failed is not UNSET:
            field_dict["failed"] = failed
        if successful is not UNSET:
            field_dict["successful"] = successful

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        success = d.pop("success")

        failed = cast(list[str], d.pop("failed", UNSET))

        successful = cast(list[str], d.pop("successful", UNSET))

        import_master_json_response_dto = cls(
            message=message,
            success=success,
            failed=failed,
            successful=successful,
        )

        import_master_json_response_dto.additional_properties = d
        return import_master_json_response_dto

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
