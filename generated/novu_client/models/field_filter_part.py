from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_filter_part_on import FieldFilterPartOn
from ..models.field_filter_part_operator import FieldFilterPartOperator

T = TypeVar("T", bound="FieldFilterPart")


@_attrs_define
class FieldFilterPart:
    """
    Attributes:
        field (str):
        on (FieldFilterPartOn):
        operator (FieldFilterPartOperator):
        value (str):
    """

    field: str
    on: FieldFilterPartOn
    operator: FieldFilterPartOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        on = self.on.value

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "on": on,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        on = FieldFilterPartOn.from_wire(d.pop("on"))

        operator = FieldFilterPartOperator.from_wire(d.pop("operator"))

        value = d.pop("value")

        field_filter_part = cls(
            field=field,
            on=on,
            operator=operator,
            value=value,
        )

        field_filter_part.additional_properties = d
        return field_filter_part

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
