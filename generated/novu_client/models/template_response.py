from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateResponse")


@_attrs_define
class TemplateResponse:
    """
    Attributes:
        field_id (str):
        critical (bool):
        name (str):
        triggers (list[str]):
    """

    field_id: str
    critical: bool
    name: str
    triggers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        critical = self.critical

        name = self.name

        triggers = self.triggers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "critical": critical,
                "name": name,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        critical = d.pop("critical")

        name = d.pop("name")

        triggers = cast(list[str], d.pop("triggers"))

        template_response = cls(
            field_id=field_id,
            critical=critical,
            name=name,
            triggers=triggers,
        )

        template_response.additional_properties = d
        return template_response

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
