from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_dto_ctx import ValidationErrorDtoCtx
    from ..models.validation_error_dto_errors import ValidationErrorDtoErrors
    from ..models.validation_error_dto_message_type_3_type_0 import ValidationErrorDtoMessageType3Type0
    from ..models.validation_error_dto_message_type_4_item_type_3 import ValidationErrorDtoMessageType4ItemType3


T = TypeVar("T", bound="ValidationErrorDto")


@_attrs_define
class ValidationErrorDto:
    """
    Attributes:
        errors (ValidationErrorDtoErrors):
        path (str):
        status_code (float):
        timestamp (str):
        ctx (ValidationErrorDtoCtx | Unset):
        error_id (str | Unset):
        message (bool | float | list[bool | float | None | str | ValidationErrorDtoMessageType4ItemType3] | None | str |
            Unset | ValidationErrorDtoMessageType3Type0):
    """

    errors: ValidationErrorDtoErrors
    path: str
    status_code: float
    timestamp: str
    ctx: ValidationErrorDtoCtx | Unset = UNSET
    error_id: str | Unset = UNSET
    message: (
        bool
        | float
        | list[bool | float | None | str | ValidationErrorDtoMessageType4ItemType3]
        | None
        | str
        | Unset
        | ValidationErrorDtoMessageType3Type0
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_error_dto_message_type_3_type_0 import ValidationErrorDtoMessageType3Type0  # noqa: PLC0415
        from ..models.validation_error_dto_message_type_4_item_type_3 import ValidationErrorDtoMessageType4ItemType3  # noqa: PLC0415

        errors = self.errors.to_dict()

        path = self.path

        status_code = self.status_code

        timestamp = self.timestamp

        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ctx, Unset):
            ctx = self.ctx.to_dict()

        error_id = self.error_id

        message: bool | dict[str, Any] | float | list[bool | dict[str, Any] | float | None | str] | None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, ValidationErrorDtoMessageType3Type0):
            message = self.message.to_dict()
        elif isinstance(self.message, list):
            message = []
            for message_type_4_item_data in self.message:
                message_type_4_item: bool | dict[str, Any] | float | None | str
                if isinstance(message_type_4_item_data, ValidationErrorDtoMessageType4ItemType3):
                    message_type_4_item = message_type_4_item_data.to_dict()
                else:
                    message_type_4_item = message_type_4_item_data
                message.append(message_type_4_item)

        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "path": path,
                "statusCode": status_code,
                "timestamp": timestamp,
            }
        )
        if ctx is not UNSET:
            field_dict["ctx"] = ctx
        if error_id is not UNSET:
            field_dict["errorId"] = error_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_dto_ctx import ValidationErrorDtoCtx  # noqa: PLC0415
        from ..models.validation_error_dto_errors import ValidationErrorDtoErrors  # noqa: PLC0415
        from ..models.validation_error_dto_message_type_3_type_0 import ValidationErrorDtoMessageType3Type0  # noqa: PLC0415
        from ..models.validation_error_dto_message_type_4_item_type_3 import ValidationErrorDtoMessageType4ItemType3  # noqa: PLC0415

        d = dict(src_dict)
        errors = ValidationErrorDtoErrors.from_dict(d.pop("errors"))

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

        def _parse_message(
            data: object,
        ) -> (
            bool
            | float
            | list[bool | float | None | str | ValidationErrorDtoMessageType4ItemType3]
            | None
            | str
            | Unset
            | ValidationErrorDtoMessageType3Type0
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_3_type_0 = ValidationErrorDtoMessageType3Type0.from_dict(data)

                return message_type_3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_4 = []
                _message_type_4 = data
                for message_type_4_item_data in _message_type_4:

                    def _parse_message_type_4_item(
                        data: object,
                    ) -> bool | float | None | str | ValidationErrorDtoMessageType4ItemType3:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            message_type_4_item_type_3 = ValidationErrorDtoMessageType4ItemType3.from_dict(data)

                            return message_type_4_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(bool | float | None | str | ValidationErrorDtoMessageType4ItemType3, data)

                    message_type_4_item = _parse_message_type_4_item(message_type_4_item_data)

                    message_type_4.append(message_type_4_item)

                return message_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool
                | float
                | list[bool | float | None | str | ValidationErrorDtoMessageType4ItemType3]
                | None
                | str
                | Unset
                | ValidationErrorDtoMessageType3Type0,
                data,
            )

        message = _parse_message(d.pop("message", UNSET))

        validation_error_dto = cls(
            errors=errors,
            path=path,
            status_code=status_code,
            timestamp=timestamp,
            ctx=ctx,
            error_id=error_id,
            message=message,
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
