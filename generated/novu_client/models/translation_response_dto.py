from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.translation_response_dto_resource_type import TranslationResponseDtoResourceType

if TYPE_CHECKING:
    from ..models.translation_response_dto_content import TranslationResponseDtoContent


T = TypeVar("T", bound="TranslationResponseDto")


@_attrs_define
class TranslationResponseDto:
    """
    Attributes:
        content (TranslationResponseDtoContent):
        created_at (str):
        locale (str):
        resource_id (str):
        resource_type (TranslationResponseDtoResourceType):
        updated_at (str):
    """

    content: TranslationResponseDtoContent
    created_at: str
    locale: str
    resource_id: str
    resource_type: TranslationResponseDtoResourceType
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        created_at = self.created_at

        locale = self.locale

        resource_id = self.resource_id

        resource_type = self.resource_type.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "createdAt": created_at,
                "locale": locale,
                "resourceId": resource_id,
                "resourceType": resource_type,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.translation_response_dto_content import TranslationResponseDtoContent  # noqa: PLC0415

        d = dict(src_dict)
        content = TranslationResponseDtoContent.from_dict(d.pop("content"))

        created_at = d.pop("createdAt")

        locale = d.pop("locale")

        resource_id = d.pop("resourceId")

        resource_type = TranslationResponseDtoResourceType.from_wire(d.pop("resourceType"))

        updated_at = d.pop("updatedAt")

        translation_response_dto = cls(
            content=content,
            created_at=created_at,
            locale=locale,
            resource_id=resource_id,
            resource_type=resource_type,
            updated_at=updated_at,
        )

        translation_response_dto.additional_properties = d
        return translation_response_dto

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
