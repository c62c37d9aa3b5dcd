from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_created_workflow_dto_webhook_payload_wrapper_object import (
    WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject,
)
from ..models.webhook_created_workflow_dto_webhook_payload_wrapper_type import (
    WebhookCreatedWorkflowDtoWebhookPayloadWrapperType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_created_workflow_dto import WebhookCreatedWorkflowDto


T = TypeVar("T", bound="WebhookCreatedWorkflowDtoWebhookPayloadWrapper")


@_attrs_define
class WebhookCreatedWorkflowDtoWebhookPayloadWrapper:
    """
    Attributes:
        data (WebhookCreatedWorkflowDto):
        environment_id (str):
        object_ (WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject):
        timestamp (datetime.datetime):
        type_ (WebhookCreatedWorkflowDtoWebhookPayloadWrapperType):
        id (str | Unset):
    """

    data: WebhookCreatedWorkflowDto
    environment_id: str
    object_: WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject
    timestamp: datetime.datetime
    type_: WebhookCreatedWorkflowDtoWebhookPayloadWrapperType
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
        from ..models.webhook_created_workflow_dto import WebhookCreatedWorkflowDto  # noqa: PLC0415

        d = dict(src_dict)
        data = WebhookCreatedWorkflowDto.from_dict(d.pop("data"))

        environment_id = d.pop("environmentId")

        object_ = WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject.from_wire(d.pop("object"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        type_ = WebhookCreatedWorkflowDtoWebhookPayloadWrapperType.from_wire(d.pop("type"))

        id = d.pop("id", UNSET)

        webhook_created_workflow_dto_webhook_payload_wrapper = cls(
            data=data,
            environment_id=environment_id,
            object_=object_,
            timestamp=timestamp,
            type_=type_,
            id=id,
        )

        webhook_created_workflow_dto_webhook_payload_wrapper.additional_properties = d
        return webhook_created_workflow_dto_webhook_payload_wrapper

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
