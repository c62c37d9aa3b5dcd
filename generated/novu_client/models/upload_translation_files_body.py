from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.upload_translation_files_body_resource_type import UploadTranslationFilesBodyResourceType
from ..types import File

T = TypeVar("T", bound="UploadTranslationFilesBody")


@_attrs_define
class UploadTranslationFilesBody:
    """
    Attributes:
        files (list[File]):
        resource_id (str):
        resource_type (UploadTranslationFilesBodyResourceType):
    """

    files: list[File]
    resource_id: str
    resource_type: UploadTranslationFilesBodyResourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_tuple()

            files.append(files_item)

        resource_id = self.resource_id

        resource_type = self.resource_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
                "resourceId": resource_id,
                "resourceType": resource_type,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        files.append(("resourceId", (None, str(self.resource_id).encode(), "text/plain")))

        files.append(("resourceType", (None, str(self.resource_type.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = File(payload=BytesIO(files_item_data))

            files.append(files_item)

        resource_id = d.pop("resourceId")

        resource_type = UploadTranslationFilesBodyResourceType.from_wire(d.pop("resourceType"))

        upload_translation_files_body = cls(
            files=files,
            resource_id=resource_id,
            resource_type=resource_type,
        )

        upload_translation_files_body.additional_properties = d
        return upload_translation_files_body

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
