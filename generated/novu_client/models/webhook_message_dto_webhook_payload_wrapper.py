from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_message_dto_webhook_payload_wrapper_object import WebhookMessageDtoWebhookPayloadWrapperObject
from ..models.webhook_message_dto_webhook_payload_wrapper_type import WebhookMessageDtoWebhookPayloadWrapperType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_message_dto import WebhookMessageDto


T = TypeVar("T", bound="WebhookMessageDtoWebhookPayloadWrapper")


@_attrs_define
class WebhookMessageDtoWebhookPayloadWrapper:
    """
    Attributes:
        data (WebhookMessageDto):
        environment_id (str):
        object_ (WebhookMessageDtoWebhookPayloadWrapperObject):
        timestamp (datetime.datetime):
        type_ (WebhookMessageDtoWebhookPayloadWrapperType):
        id (str | Unset):
    """

    data: WebhookMessageDto
    environment_id: str
    object_: WebhookMessageDtoWebhookPayloadWrapperObject
    timestamp: datetime.datetime
    type_: WebhookMessageDtoWebhookPayloadWrapperType
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        environment_id = self.environment_id

        object_ = self.object_.value

        timestamp = self.timestamp.isoformat()

        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "environmentId": environment_id,
                "object": object_,
                "timestamp": timestamp,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_message_dto import WebhookMessageDto  # noqa: PLC0415

        d = dict(src_dict)
        data = WebhookMessageDto.from_dict(d.pop("data"))

        environment_id = d.pop("environmentId")

        object_ = WebhookMessageDtoWebhookPayloadWrapperObject.from_wire(d.pop("object"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        type_ = WebhookMessageDtoWebhookPayloadWrapperType.from_wire(d.pop("type"))

        id = d.pop("id", UNSET)

        webhook_message_dto_webhook_payload_wrapper = cls(
            data=data,
            environment_id=environment_id,
            object_=object_,
            timestamp=timestamp,
            type_=type_,
            id=id,
        )

        webhook_message_dto_webhook_payload_wrapper.additional_properties = d
        return webhook_message_dto_webhook_payload_wrapper

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
