from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_filter_type import StepFilterType
from ..models.step_filter_value import StepFilterValue

if TYPE_CHECKING:
    from ..models.field_filter_part import FieldFilterPart


T = TypeVar("T", bound="StepFilter")


@_attrs_define
class StepFilter:
    """
    Attributes:
        children (list[FieldFilterPart]):
        is_negated (bool):
        type_ (StepFilterType):
        value (StepFilterValue):
    """

    children: list[FieldFilterPart]
    is_negated: bool
    type_: StepFilterType
    value: StepFilterValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        is_negated = self.is_negated

        type_ = self.type_.value

        value = self.value.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "children": children,
                "isNegated": is_negated,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_filter_part import FieldFilterPart  # noqa: PLC0415

        d = dict(src_dict)
        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = FieldFilterPart.from_dict(children_item_data)

            children.append(children_item)

        is_negated = d.pop("isNegated")

        type_ = StepFilterType.from_wire(d.pop("type"))

        value = StepFilterValue.from_wire(d.pop("value"))

        step_filter = cls(
            children=children,
            is_negated=is_negated,
            type_=type_,
            value=value,
        )

        step_filter.additional_properties = d
        return step_filter

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
