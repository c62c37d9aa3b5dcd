from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_response_dto_optional import SubscriberResponseDtoOptional


T = TypeVar("T", bound="LayoutPreviewPayloadDto")


@_attrs_define
class LayoutPreviewPayloadDto:
    """
    Attributes:
        subscriber (SubscriberResponseDtoOptional | Unset):
    """

    subscriber: SubscriberResponseDtoOptional | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber_response_dto_optional import SubscriberResponseDtoOptional  # noqa: PLC0415

        d = dict(src_dict)
        _subscriber = d.pop("subscriber", UNSET)
        subscriber: SubscriberResponseDtoOptional | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = SubscriberResponseDtoOptional.from_dict(_subscriber)

        layout_preview_payload_dto = cls(
            subscriber=subscriber,
        )

        layout_preview_payload_dto.additional_properties = d
        return layout_preview_payload_dto

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
