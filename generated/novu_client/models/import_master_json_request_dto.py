from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_master_json_request_dto_master_json import ImportMasterJsonRequestDtoMasterJson


T = TypeVar("T", bound="ImportMasterJsonRequestDto")


@_attrs_define
class ImportMasterJsonRequestDto:
    """
    Attributes:
        locale (str):
        master_json (ImportMasterJsonRequestDtoMasterJson):
    """

    locale: str
    master_json: ImportMasterJsonRequestDtoMasterJson
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        master_json = self.master_json.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locale": locale,
                "masterJson": master_json,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_master_json_request_dto_master_json import ImportMasterJsonRequestDtoMasterJson  # noqa: PLC0415

        d = dict(src_dict)
        locale = d.pop("locale")

        master_json = ImportMasterJsonRequestDtoMasterJson.from_dict(d.pop("masterJson"))

        import_master_json_request_dto = cls(
            locale=locale,
            master_json=master_json,
        )

        import_master_json_request_dto.additional_properties = d
        return import_master_json_request_dto

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
