from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variables_response_dto_system import VariablesResponseDtoSystem
    from ..models.variables_response_dto_translations import VariablesResponseDtoTranslations


T = TypeVar("T", bound="VariablesResponseDto")


@_attrs_define
class VariablesResponseDto:
    """
    Attributes:
        system (VariablesResponseDtoSystem):
        translations (VariablesResponseDtoTranslations):
    """

    system: VariablesResponseDtoSystem
    translations: VariablesResponseDtoTranslations
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system = self.system.to_dict()

        translations = self.translations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system": system,
                "translations": translations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.variables_response_dto_system import VariablesResponseDtoSystem  # noqa: PLC0415
        from ..models.variables_response_dto_translations import VariablesResponseDtoTranslations  # noqa: PLC0415

        d = dict(src_dict)
        system = VariablesResponseDtoSystem.from_dict(d.pop("system"))

        translations = VariablesResponseDtoTranslations.from_dict(d.pop("translations"))

        variables_response_dto = cls(
            system=system,
            translations=translations,
        )

        variables_response_dto.additional_properties = d
        return variables_response_dto

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
