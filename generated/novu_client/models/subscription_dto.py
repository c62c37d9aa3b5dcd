from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_dto import SubscriberDto
    from ..models.topic_dto import TopicDto


T = TypeVar("T", bound="SubscriptionDto")


@_attrs_define
class SubscriptionDto:
    """
    Attributes:
        field_id (str):
        created_at (str):
        subscriber (None | SubscriberDto):
        topic (TopicDto):
        updated_at (str):
        context_keys (list[str] | Unset):
        identifier (str | Unset):
    """

    field_id: str
    created_at: str
    subscriber: None | SubscriberDto
    topic: TopicDto
    updated_at: str
    context_keys: list[str] | Unset = UNSET
    identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscriber_dto import SubscriberDto  # noqa: PLC0415

        field_id = self.field_id

        created_at = self.created_at

        subscriber: dict[str, Any] | None
        if isinstance(self.subscriber, SubscriberDto):
            subscriber = self.subscriber.to_dict()
        else:
            subscriber = self.subscriber

        topic = self.topic.to_dict()

        updated_at = self.updated_at

        context_keys: list[str] | Unset = UNSET
        if not isinstance(self.context_keys, Unset):
            context_keys = self.context_keys

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "createdAt": created_at,
                "subscriber": subscriber,
                "topic": topic,
                "updatedAt": updated_at,
            }
        )
        if context_keys is not UNSET:
            field_dict["contextKeys"] = context_keys
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber_dto import SubscriberDto  # noqa: PLC0415
        from ..models.topic_dto import TopicDto  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        created_at = d.pop("createdAt")

        def _parse_subscriber(data: object) -> None | SubscriberDto:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscriber_type_1 = SubscriberDto.from_dict(data)

                return subscriber_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriberDto, data)

        subscriber = _parse_subscriber(d.pop("subscriber"))

        topic = TopicDto.from_dict(d.pop("topic"))

        updated_at = d.pop("updatedAt")

        context_keys = cast(list[str], d.pop("contextKeys", UNSET))

        identifier = d.pop("identifier", UNSET)

        subscription_dto = cls(
            field_id=field_id,
            created_at=created_at,
            subscriber=subscriber,
            topic=topic,
            updated_at=updated_at,
            context_keys=context_keys,
            identifier=identifier,
        )

        subscription_dto.additional_properties = d
        return subscription_dto

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
