from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberFeedResponseDto")


@_attrs_define
class SubscriberFeedResponseDto:
    """
    Attributes:
        subscriber_id (str):
        field_id (str | Unset):
        avatar (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
    """

    subscriber_id: str
    field_id: str | Unset = UNSET
    avatar: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        field_id = self.field_id

        avatar = self.avatar

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriberId": subscriber_id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("subscriberId")

        field_id = d.pop("_id", UNSET)

        avatar = d.pop("avatar", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        subscriber_feed_response_dto = cls(
            subscriber_id=subscriber_id,
            field_id=field_id,
            avatar=avatar,
            first_name=first_name,
            last_name=last_name,
        )

        subscriber_feed_response_dto.additional_properties = d
        return subscriber_feed_response_dto

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
