from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_validation_error_dto import PayloadValidationErrorDto
    from ..models.payload_validation_exception_dto_ctx import PayloadValidationExceptionDtoCtx
    from ..models.payload_validation_exception_dto_message_type_3_type_0 import (
        PayloadValidationExceptionDtoMessageType3Type0,
    )
    from ..models.payload_validation_exception_dto_message_type_4_item_type_3 import (
        PayloadValidationExceptionDtoMessageType4ItemType3,
    )
    from ..models.payload_validation_exception_dto_schema import PayloadValidationExceptionDtoSchema


T = TypeVar("T", bound="PayloadValidationExceptionDto")


@_attrs_define
class PayloadValidationExceptionDto:
    """
    Attributes:
        errors (list[PayloadValidationErrorDto]):
        path (str):
        status_code (float):
        timestamp (str):
        type_ (str):
        ctx (PayloadValidationExceptionDtoCtx | Unset):
        error_id (str | Unset):
        message (bool | float | list[bool | float | None | PayloadValidationExceptionDtoMessageType4ItemType3 | str] |
            None | PayloadValidationExceptionDtoMessageType3Type0 | str | Unset):
        schema (PayloadValidationExceptionDtoSchema | Unset):
    """

    errors: list[PayloadValidationErrorDto]
    path: str
    status_code: float
    timestamp: str
    type_: str
    ctx: PayloadValidationExceptionDtoCtx | Unset = UNSET
    error_id: str | Unset = UNSET
    message: (
        bool
        | float
        | list[bool | float | None | PayloadValidationExceptionDtoMessageType4ItemType3 | str]
        | None
        | PayloadValidationExceptionDtoMessageType3Type0
        | str
        | Unset
    ) = UNSET
    schema: PayloadValidationExceptionDtoSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payload_validation_exception_dto_message_type_3_type_0 import (
            PayloadValidationExceptionDtoMessageType3Type0,  # noqa: PLC0415
        )
        from ..models.payload_validation_exception_dto_message_type_4_item_type_3 import (
            PayloadValidationExceptionDtoMessageType4ItemType3,  # noqa: PLC0415
        )

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        path = self.path

        status_code = self.status_code

        timestamp = self.timestamp

        type_ = self.type_

        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ctx, Unset):
            ctx = self.ctx.to_dict()

        error_id = self.error_id

        message: bool | dict[str, Any] | float | list[bool | dict[str, Any] | float | None | str] | None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, PayloadValidationExceptionDtoMessageType3Type0):
            message = self.message.to_dict()
        elif isinstance(self.message, list):
            message = []
            for message_type_4_item_data in self.message:
                message_type_4_item: bool | dict[str, Any] | float | None | str
                if isinstance(message_type_4_item_data, PayloadValidationExceptionDtoMessageType4ItemType3):
                    message_type_4_item = message_type_4_item_data.to_dict()
                else:
                    message_type_4_item = message_type_4_item_data
                message.append(message_type_4_item)

        else:
            message = self.message

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "path": path,
                "statusCode": status_code,
                "timestamp": timestamp,
                "type": type_,
            }
        )
        if ctx is not UNSET:
            field_dict["ctx"] = ctx
        if error_id is not UNSET:
            field_dict["errorId"] = error_id
        if message is not UNSET:
            field_dict["message"] = message
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payload_validation_error_dto import PayloadValidationErrorDto  # noqa: PLC0415
        from ..models.payload_validation_exception_dto_ctx import PayloadValidationExceptionDtoCtx  # noqa: PLC0415
        from ..models.payload_validation_exception_dto_message_type_3_type_0 import (
            PayloadValidationExceptionDtoMessageType3Type0,  # noqa: PLC0415
        )
        from ..models.payload_validation_exception_dto_message_type_4_item_type_3 import (
            PayloadValidationExceptionDtoMessageType4ItemType3,  # noqa: PLC0415
        )
        from ..models.payload_validation_exception_dto_schema import PayloadValidationExceptionDtoSchema  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = PayloadValidationErrorDto.from_dict(errors_item_data)

            errors.append(errors_item)

        path = d.pop("path")

        status_code = d.pop("statusCode")

        timestamp = d.pop("timestamp")

        type_ = d.pop("type")

        _ctx = d.pop("ctx", UNSET)
        ctx: PayloadValidationExceptionDtoCtx | Unset
        if isinstance(_ctx, Unset):
            ctx = UNSET
        else:
            ctx = PayloadValidationExceptionDtoCtx.from_dict(_ctx)

        error_id = d.pop("errorId", UNSET)

        def _parse_message(
            data: object,
        ) -> (
            bool
            | float
            | list[bool | float | None | PayloadValidationExceptionDtoMessageType4ItemType3 | str]
            | None
            | PayloadValidationExceptionDtoMessageType3Type0
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_3_type_0 = PayloadValidationExceptionDtoMessageType3Type0.from_dict(data)

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
                    ) -> bool | float | None | PayloadValidationExceptionDtoMessageType4ItemType3 | str:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            message_type_4_item_type_3 = PayloadValidationExceptionDtoMessageType4ItemType3.from_dict(
                                data
                            )

                            return message_type_4_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(
                            bool | float | None | PayloadValidationExceptionDtoMessageType4ItemType3 | str, data
                        )

                    message_type_4_item = _parse_message_type_4_item(message_type_4_item_data)

                    message_type_4.append(message_type_4_item)

                return message_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool
                | float
                | list[bool | float | None | PayloadValidationExceptionDtoMessageType4ItemType3 | str]
                | None
                | PayloadValidationExceptionDtoMessageType3Type0
                | str
                | Unset,
                data,
            )

        message = _parse_message(d.pop("message", UNSET))

        _schema = d.pop("schema", UNSET)
        schema: PayloadValidationExceptionDtoSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = PayloadValidationExceptionDtoSchema.from_dict(_schema)

        payload_validation_exception_dto = cls(
            errors=errors,
            path=path,
            status_code=status_code,
            timestamp=timestamp,
            type_=type_,
            ctx=ctx,
            error_id=error_id,
            message=message,
            schema=schema,
        )

        payload_validation_exception_dto.additional_properties = d
        return payload_validation_exception_dto

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
