from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityNotificationSubscriberResponseDto")


@_attrs_define
class ActivityNotificationSubscriberResponseDto:
    """
    Attributes:
        field_id (str):
        subscriber_id (str):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        phone (str | Unset):
    """

    field_id: str
    subscriber_id: str
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        subscriber_id = self.subscriber_id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "subscriberId": subscriber_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        subscriber_id = d.pop("subscriberId")

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        phone = d.pop("phone", UNSET)

        activity_notification_subscriber_response_dto = cls(
            field_id=field_id,
            subscriber_id=subscriber_id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
        )

        activity_notification_subscriber_response_dto.additional_properties = d
        return activity_notification_subscriber_response_dto

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
