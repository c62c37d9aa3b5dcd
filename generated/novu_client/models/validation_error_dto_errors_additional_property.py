from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validation_error_dto_errors_additional_property_value_type_3 import (
        ValidationErrorDtoErrorsAdditionalPropertyValueType3,
    )
    from ..models.validation_error_dto_errors_additional_property_value_type_4_item import (
        ValidationErrorDtoErrorsAdditionalPropertyValueType4Item,
    )


T = TypeVar("T", bound="ValidationErrorDtoErrorsAdditionalProperty")


@_attrs_define
class ValidationErrorDtoErrorsAdditionalProperty:
    """
    Attributes:
        messages (list[str]):
        value (bool | float | list[ValidationErrorDtoErrorsAdditionalPropertyValueType4Item] | None | str |
            ValidationErrorDtoErrorsAdditionalPropertyValueType3):
    """

    messages: list[str]
    value: (
        bool
        | float
        | list[ValidationErrorDtoErrorsAdditionalPropertyValueType4Item]
        | None
        | str
        | ValidationErrorDtoErrorsAdditionalPropertyValueType3
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_error_dto_errors_additional_property_value_type_3 import (
            ValidationErrorDtoErrorsAdditionalPropertyValueType3,  # noqa: PLC0415
        )

        messages = self.messages

        value: bool | dict[str, Any] | float | list[dict[str, Any]] | None | str
        if isinstance(self.value, ValidationErrorDtoErrorsAdditionalPropertyValueType3):
            value = self.value.to_dict()
        elif isinstance(self.value, list):
            value = []
            for value_type_4_item_data in self.value:
                value_type_4_item = value_type_4_item_data.to_dict()
                value.append(value_type_4_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_dto_errors_additional_property_value_type_3 import (
            ValidationErrorDtoErrorsAdditionalPropertyValueType3,  # noqa: PLC0415
        )
        from ..models.validation_error_dto_errors_additional_property_value_type_4_item import (
            ValidationErrorDtoErrorsAdditionalPropertyValueType4Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        messages = cast(list[str], d.pop("messages"))

        def _parse_value(
            data: object,
        ) -> (
            bool
            | float
            | list[ValidationErrorDtoErrorsAdditionalPropertyValueType4Item]
            | None
            | str
            | ValidationErrorDtoErrorsAdditionalPropertyValueType3
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_3 = ValidationErrorDtoErrorsAdditionalPropertyValueType3.from_dict(data)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_4 = []
                _value_type_4 = data
                for value_type_4_item_data in _value_type_4:
                    value_type_4_item = ValidationErrorDtoErrorsAdditionalPropertyValueType4Item.from_dict(
                        value_type_4_item_data
                    )

                    value_type_4.append(value_type_4_item)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool
                | float
                | list[ValidationErrorDtoErrorsAdditionalPropertyValueType4Item]
                | None
                | str
                | ValidationErrorDtoErrorsAdditionalPropertyValueType3,
                data,
            )

        value = _parse_value(d.pop("value"))

        validation_error_dto_errors_additional_property = cls(
            messages=messages,
            value=value,
        )

        validation_error_dto_errors_additional_property.additional_properties = d
        return validation_error_dto_errors_additional_property

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
