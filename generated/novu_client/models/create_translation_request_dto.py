from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_translation_request_dto_resource_type import CreateTranslationRequestDtoResourceType

if TYPE_CHECKING:
    from ..models.create_translation_request_dto_content import CreateTranslationRequestDtoContent


T = TypeVar("T", bound="CreateTranslationRequestDto")


@_attrs_define
class CreateTranslationRequestDto:
    """
    Attributes:
        content (CreateTranslationRequestDtoContent):
        locale (str):
        resource_id (str):
        resource_type (CreateTranslationRequestDtoResourceType):
    """

    content: CreateTranslationRequestDtoContent
    locale: str
    resource_id: str
    resource_type: CreateTranslationRequestDtoResourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        locale = self.locale

        resource_id = self.resource_id

        resource_type = self.resource_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "locale": locale,
                "resourceId": resource_id,
                "resourceType": resource_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_translation_request_dto_content import CreateTranslationRequestDtoContent  # noqa: PLC0415

        d = dict(src_dict)
        content = CreateTranslationRequestDtoContent.from_dict(d.pop("content"))

        locale = d.pop("locale")

        resource_id = d.pop("resourceId")

        resource_type = CreateTranslationRequestDtoResourceType.from_wire(d.pop("resourceType"))

        create_translation_request_dto = cls(
            content=content,
            locale=locale,
            resource_id=resource_id,
            resource_type=resource_type,
        )

        create_translation_request_dto.additional_properties = d
        return create_translation_request_dto

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
