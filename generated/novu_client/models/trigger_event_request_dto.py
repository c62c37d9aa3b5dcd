from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_payload_dto import SubscriberPayloadDto
    from ..models.tenant_payload_dto import TenantPayloadDto
    from ..models.topic_payload_dto import TopicPayloadDto
    from ..models.trigger_event_request_dto_context import TriggerEventRequestDtoContext
    from ..models.trigger_event_request_dto_payload import TriggerEventRequestDtoPayload
    from ..models.trigger_overrides import TriggerOverrides


T = TypeVar("T", bound="TriggerEventRequestDto")


@_attrs_define
class TriggerEventRequestDto:
    """
    Attributes:
        name (str):
        to (list[str | SubscriberPayloadDto | TopicPayloadDto] | str):
        actor (str | SubscriberPayloadDto | Unset):
        context (TriggerEventRequestDtoContext | Unset):
        overrides (TriggerOverrides | Unset):
        payload (TriggerEventRequestDtoPayload | Unset):
        tenant (str | TenantPayloadDto | Unset):
        transaction_id (str | Unset):
    """

    name: str
    to: list[str | SubscriberPayloadDto | TopicPayloadDto] | str
    actor: str | SubscriberPayloadDto | Unset = UNSET
    context: TriggerEventRequestDtoContext | Unset = UNSET
    overrides: TriggerOverrides | Unset = UNSET
    payload: TriggerEventRequestDtoPayload | Unset = UNSET
    tenant: str | TenantPayloadDto | Unset = UNSET
    transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscriber_payload_dto import SubscriberPayloadDto  # noqa: PLC0415
        from ..models.tenant_payload_dto import TenantPayloadDto  # noqa: PLC0415
        from ..models.topic_payload_dto import TopicPayloadDto  # noqa: PLC0415

        name = self.name

        to: list[dict[str, Any] | str] | str
        if isinstance(self.to, list):
            to = []
            for to_type_0_item_data in self.to:
                to_type_0_item: dict[str, Any] | str
                if isinstance(to_type_0_item_data, SubscriberPayloadDto):
                    to_type_0_item = to_type_0_item_data.to_dict()
                elif isinstance(to_type_0_item_data, TopicPayloadDto):
                    to_type_0_item = to_type_0_item_data.to_dict()
                else:
                    to_type_0_item = to_type_0_item_data
                to.append(to_type_0_item)

        else:
            to = self.to

        actor: dict[str, Any] | str | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, SubscriberPayloadDto):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        tenant: dict[str, Any] | str | Unset
        if isinstance(self.tenant, Unset):
            tenant = UNSET
        elif isinstance(self.tenant, TenantPayloadDto):
            tenant = self.tenant.to_dict()
        else:
            tenant = self.tenant

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "to": to,
            }
        )
        if actor is not UNSET:
            field_dict["actor"] = actor
        if context is not UNSET:
            field_dict["context"] = context
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if payload is not UNSET:
            field_dict["payload"] = payload
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber_payload_dto import SubscriberPayloadDto  # noqa: PLC0415
        from ..models.tenant_payload_dto import TenantPayloadDto  # noqa: PLC0415
        from ..models.topic_payload_dto import TopicPayloadDto  # noqa: PLC0415
        from ..models.trigger_event_request_dto_context import TriggerEventRequestDtoContext  # noqa: PLC0415
        from ..models.trigger_event_request_dto_payload import TriggerEventRequestDtoPayload  # noqa: PLC0415
        from ..models.trigger_overrides import TriggerOverrides  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_to(data: object) -> list[str | SubscriberPayloadDto | TopicPayloadDto] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_0 = []
                _to_type_0 = data
                for to_type_0_item_data in _to_type_0:

                    def _parse_to_type_0_item(data: object) -> str | SubscriberPayloadDto | TopicPayloadDto:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            to_type_0_item_type_0 = SubscriberPayloadDto.from_dict(data)

                            return to_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            to_type_0_item_type_2 = TopicPayloadDto.from_dict(data)

                            return to_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(str | SubscriberPayloadDto | TopicPayloadDto, data)

                    to_type_0_item = _parse_to_type_0_item(to_type_0_item_data)

                    to_type_0.append(to_type_0_item)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str | SubscriberPayloadDto | TopicPayloadDto] | str, data)

        to = _parse_to(d.pop("to"))

        def _parse_actor(data: object) -> str | SubscriberPayloadDto | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_1 = SubscriberPayloadDto.from_dict(data)

                return actor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SubscriberPayloadDto | Unset, data)

        actor = _parse_actor(d.pop("actor", UNSET))

        _context = d.pop("context", UNSET)
        context: TriggerEventRequestDtoContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = TriggerEventRequestDtoContext.from_dict(_context)

        _overrides = d.pop("overrides", UNSET)
        overrides: TriggerOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = TriggerOverrides.from_dict(_overrides)

        _payload = d.pop("payload", UNSET)
        payload: TriggerEventRequestDtoPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = TriggerEventRequestDtoPayload.from_dict(_payload)

        def _parse_tenant(data: object) -> str | TenantPayloadDto | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tenant_type_1 = TenantPayloadDto.from_dict(data)

                return tenant_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TenantPayloadDto | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        transaction_id = d.pop("transactionId", UNSET)

        trigger_event_request_dto = cls(
            name=name,
            to=to,
            actor=actor,
            context=context,
            overrides=overrides,
            payload=payload,
            tenant=tenant,
            transaction_id=transaction_id,
        )

        trigger_event_request_dto.additional_properties = d
        return trigger_event_request_dto

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
