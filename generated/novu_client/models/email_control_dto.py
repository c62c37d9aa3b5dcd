from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_control_dto_editor_type import EmailControlDtoEditorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_control_dto_skip import EmailControlDtoSkip


T = TypeVar("T", bound="EmailControlDto")


@_attrs_define
class EmailControlDto:
    """
    Attributes:
        body (str):  Default: ''.
        subject (str):
        disable_output_sanitization (bool | Unset):  Default: False.
        editor_type (EmailControlDtoEditorType | Unset):  Default: EmailControlDtoEditorType.BLOCK.
        layout_id (None | str | Unset):
        skip (EmailControlDtoSkip | Unset):
    """

    subject: str
    body: str = ""
    disable_output_sanitization: bool | Unset = False
    editor_type: EmailControlDtoEditorType | Unset = EmailControlDtoEditorType.BLOCK
    layout_id: None | str | Unset = UNSET
    skip: EmailControlDtoSkip | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        subject = self.subject

        disable_output_sanitization = self.disable_output_sanitization

        editor_type: str | Unset = UNSET
        if not isinstance(self.editor_type, Unset):
            editor_type = self.editor_type.value

        layout_id: None | str | Unset
        if isinstance(self.layout_id, Unset):
            layout_id = UNSET
        else:
            layout_id = self.layout_id

        skip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = self.skip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "subject": subject,
            }
        )
        if disable_output_sanitization is not UNSET:
            field_dict["disableOutputSanitization"] = disable_output_sanitization
        if editor_type is not UNSET:
            field_dict["editorType"] = editor_type
        if layout_id is not UNSET:
            field_dict["layoutId"] = layout_id
        if skip is not UNSET:
            field_dict["skip"] = skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_control_dto_skip import EmailControlDtoSkip  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body")

        subject = d.pop("subject")

        disable_output_sanitization = d.pop("disableOutputSanitization", UNSET)

        _editor_type = d.pop("editorType", UNSET)
        editor_type: EmailControlDtoEditorType | Unset
        if isinstance(_editor_type, Unset):
            editor_type = UNSET
        else:
            editor_type = EmailControlDtoEditorType.from_wire(_editor_type)

        def _parse_layout_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        layout_id = _parse_layout_id(d.pop("layoutId", UNSET))

        _skip = d.pop("skip", UNSET)
        skip: EmailControlDtoSkip | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        else:
            skip = EmailControlDtoSkip.from_dict(_skip)

        email_control_dto = cls(
            body=body,
            subject=subject,
            disable_output_sanitization=disable_output_sanitization,
            editor_type=editor_type,
            layout_id=layout_id,
            skip=skip,
        )

        email_control_dto.additional_properties = d
        return email_control_dto

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
