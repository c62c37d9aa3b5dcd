from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UploadTranslationsResponseDto")


@_attrs_define
class UploadTranslationsResponseDto:
    """
    Attributes:
        errors (list[str]):
        failed_uploads (float):
        successful_uploads (float):
        total_files (float):
    """

    errors: list[str]
    failed_uploads: float
    successful_uploads: float
    total_files: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors

        failed_uploads = self.failed_uploads

        successful_uploads = self.successful_uploads

        total_files = self.total_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "failedUploads": failed_uploads,
                "successfulUploads": successful_uploads,
                "totalFiles": total_files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        errors = cast(list[str], d.pop("errors"))

        failed_uploads = d.pop("failedUploads")

        successful_uploads = d.pop("successfulUploads")

        total_files = d.pop("totalFiles")

        upload_translations_response_dto = cls(
            errors=errors,
            failed_uploads=failed_uploads,
            successful_uploads=successful_uploads,
            total_files=total_files,
        )

        upload_translations_response_dto.additional_properties = d
        return upload_translations_response_dto

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
