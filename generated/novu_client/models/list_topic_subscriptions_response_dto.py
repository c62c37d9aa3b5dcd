from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.topic_subscription_response_dto import TopicSubscriptionResponseDto


T = TypeVar("T", bound="ListTopicSubscriptionsResponseDto")


@_attrs_define
class ListTopicSubscriptionsResponseDto:
    """
    Attributes:
        data (list[TopicSubscriptionResponseDto]):
        next_ (None | str):
        previous (None | str):
        total_count (float):
        total_count_capped (bool):
    """

    data: list[TopicSubscriptionResponseDto]
    next_: None | str
    previous: None | str
    total_count: float
    total_count_capped: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        total_count = self.total_count

        total_count_capped = self.total_count_capped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "next": next_,
                "previous": previous,
                "totalCount": total_count,
                "totalCountCapped": total_count_capped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_subscription_response_dto import TopicSubscriptionResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = TopicSubscriptionResponseDto.from_dict(data_item_data)

            data.append(data_item)

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        total_count = d.pop("totalCount")

        total_count_capped = d.pop("totalCountCapped")

        list_topic_subscriptions_response_dto = cls(
            data=data,
            next_=next_,
            previous=previous,
            total_count=total_count,
            total_count_capped=total_count_capped,
        )

        list_topic_subscriptions_response_dto.additional_properties = d
        return list_topic_subscriptions_response_dto

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
