from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_controls_dto_editor_type import EmailControlsDtoEditorType

T = TypeVar("T", bound="EmailControlsDto")


@_attrs_define
class EmailControlsDto:
    """
    Attributes:
        body (str):
        editor_type (EmailControlsDtoEditorType):
    """

    body: str
    editor_type: EmailControlsDtoEditorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        editor_type = self.editor_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "editorType": editor_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        editor_type = EmailControlsDtoEditorType.from_wire(d.pop("editorType"))

        email_controls_dto = cls(
            body=body,
            editor_type=editor_type,
        )

        email_controls_dto.additional_properties = d
        return email_controls_dto

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
