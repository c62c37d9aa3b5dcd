from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_dto_ctx import ValidationErrorDtoCtx
    from ..models.validation_error_dto_errors import ValidationErrorDtoErrors


T = TypeVar("T", bound="ValidationErrorDto")


@_attrs_define
class ValidationErrorDto:
    """
    Attributes:
        errors (ValidationErrorDtoErrors):
        message (str):
        path (str):
        status_code (float):
        timestamp (str):
        ctx (ValidationErrorDtoCtx | Unset):
        error_id (str | Unset):
    """

    errors: ValidationErrorDtoErrors
    message: str
    path: str
    status_code: float
    timestamp: str
    ctx: ValidationErrorDtoCtx | Unset = UNSET
    error_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors.to_dict()

        message = self.message

        path = self.path

        status_code = self.status_code

        timestamp = self.timestamp

        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ctx, Unset):
            ctx = self.ctx.to_dict()

        error_id = self.error_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "message": message,
                "path": path,
                "statusCode": status_code,
                "timestamp": timestamp,
            }
        )
        if ctx is not UNSET:
            field_dict["ctx"] = ctx
        if error_id is not UNSET:
            field_dict["errorId"] = error_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_dto_ctx import ValidationErrorDtoCtx  # noqa: PLC0415
        from ..models.validation_error_dto_errors import ValidationErrorDtoErrors  # noqa: PLC0415

        d = dict(src_dict)
        errors = ValidationErrorDtoErrors.from_dict(d.pop("errors"))

        message = d.pop("message")

        path = d.pop("path")

        status_code = d.pop("statusCode")

        timestamp = d.pop("timestamp")

        _ctx = d.pop("ctx", UNSET)
        ctx: ValidationErrorDtoCtx | Unset
        if isinstance(_ctx, Unset):
            ctx = UNSET
        else:
            ctx = ValidationErrorDtoCtx.from_dict(_ctx)

        error_id = d.pop("errorId", UNSET)

        validation_error_dto = cls(
            errors=errors,
            message=message,
            path=path,
            status_code=status_code,
            timestamp=timestamp,
            ctx=ctx,
            error_id=error_id,
        )

        validation_error_dto.additional_properties = d
        return validation_error_dto

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
