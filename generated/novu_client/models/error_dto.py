from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_dto_ctx import ErrorDtoCtx


T = TypeVar("T", bound="ErrorDto")


@_attrs_define
class ErrorDto:
    """
    Attributes:
        message (list[str] | str):
        status_code (int):
        ctx (ErrorDtoCtx | Unset):
        error (str | Unset):
        error_id (str | Unset):
        path (str | Unset):
        timestamp (str | Unset):
    """

    message: list[str] | str
    status_code: int
    ctx: ErrorDtoCtx | Unset = UNSET
    error: str | Unset = UNSET
    error_id: str | Unset = UNSET
    path: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: list[str] | str
        if isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        status_code = self.status_code

        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ctx, Unset):
            ctx = self.ctx.to_dict()

        error = self.error

        error_id = self.error_id

        path = self.path

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "statusCode": status_code,
            }
        )
        if ctx is not UNSET:
            field_dict["ctx"] = ctx
        if error is not UNSET:
            field_dict["error"] = error
        if error_id is not UNSET:
            field_dict["errorId"] = error_id
        if path is not UNSET:
            field_dict["path"] = path
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_dto_ctx import ErrorDtoCtx  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_message(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_1 = cast(list[str], data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        message = _parse_message(d.pop("message"))

        status_code = d.pop("statusCode")

        _ctx = d.pop("ctx", UNSET)
        ctx: ErrorDtoCtx | Unset
        if isinstance(_ctx, Unset):
            ctx = UNSET
        else:
            ctx = ErrorDtoCtx.from_dict(_ctx)

        error = d.pop("error", UNSET)

        error_id = d.pop("errorId", UNSET)

        path = d.pop("path", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        error_dto = cls(
            message=message,
            status_code=status_code,
            ctx=ctx,
            error=error,
            error_id=error_id,
            path=path,
            timestamp=timestamp,
        )

        error_dto.additional_properties = d
        return error_dto

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
