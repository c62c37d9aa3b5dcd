from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_preview_response_dto_result_type_5_type import GeneratePreviewResponseDtoResultType5Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preview_error_dto import PreviewErrorDto
    from ..models.push_render_output import PushRenderOutput


T = TypeVar("T", bound="GeneratePreviewResponseDtoResultType5")


@_attrs_define
class GeneratePreviewResponseDtoResultType5:
    """
    Attributes:
        error (PreviewErrorDto | Unset):
        preview (PushRenderOutput | Unset):
        type_ (GeneratePreviewResponseDtoResultType5Type | Unset):
    """

    error: PreviewErrorDto | Unset = UNSET
    preview: PushRenderOutput | Unset = UNSET
    type_: GeneratePreviewResponseDtoResultType5Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if preview is not UNSET:
            field_dict["preview"] = preview
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preview_error_dto import PreviewErrorDto  # noqa: PLC0415
        from ..models.push_render_output import PushRenderOutput  # noqa: PLC0415

        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: PreviewErrorDto | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = PreviewErrorDto.from_dict(_error)

        _preview = d.pop("preview", UNSET)
        preview: PushRenderOutput | Unset
        if isinstance(_preview, Unset):
            preview = UNSET
        else:
            preview = PushRenderOutput.from_dict(_preview)

        _type_ = d.pop("type", UNSET)
        type_: GeneratePreviewResponseDtoResultType5Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GeneratePreviewResponseDtoResultType5Type.from_wire(_type_)

        generate_preview_response_dto_result_type_5 = cls(
            error=error,
            preview=preview,
            type_=type_,
        )

        generate_preview_response_dto_result_type_5.additional_properties = d
        return generate_preview_response_dto_result_type_5

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
