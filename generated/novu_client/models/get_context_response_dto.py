from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_context_response_dto_data import GetContextResponseDtoData


T = TypeVar("T", bound="GetContextResponseDto")


@_attrs_define
class GetContextResponseDto:
    """
    Attributes:
        created_at (str):
        data (GetContextResponseDtoData):
        id (str):
        type_ (str):
        updated_at (str):
    """

    created_at: str
    data: GetContextResponseDtoData
    id: str
    type_: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        data = self.data.to_dict()

        id = self.id

        type_ = self.type_

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "data": data,
                "id": id,
                "type": type_,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_context_response_dto_data import GetContextResponseDtoData  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("createdAt")

        data = GetContextResponseDtoData.from_dict(d.pop("data"))

        id = d.pop("id")

        type_ = d.pop("type")

        updated_at = d.pop("updatedAt")

        get_context_response_dto = cls(
            created_at=created_at,
            data=data,
            id=id,
            type_=type_,
            updated_at=updated_at,
        )

        get_context_response_dto.additional_properties = d
        return get_context_response_dto

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
