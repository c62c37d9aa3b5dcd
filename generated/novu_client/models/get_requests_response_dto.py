from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_log_response_dto import RequestLogResponseDto


T = TypeVar("T", bound="GetRequestsResponseDto")


@_attrs_define
class GetRequestsResponseDto:
    """
    Attributes:
        data (list[RequestLogResponseDto]):
        total (float):
        page (float | Unset):
        page_size (float | Unset):
    """

    data: list[RequestLogResponseDto]
    total: float
    page: float | Unset = UNSET
    page_size: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = self.total

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total": total,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_log_response_dto import RequestLogResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RequestLogResponseDto.from_dict(data_item_data)

            data.append(data_item)

        total = d.pop("total")

        page = d.pop("page", UNSET)

        page_size = d.pop("pageSize", UNSET)

        get_requests_response_dto = cls(
            data=data,
            total=total,
            page=page,
            page_size=page_size,
        )

        get_requests_response_dto.additional_properties = d
        return get_requests_response_dto

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
