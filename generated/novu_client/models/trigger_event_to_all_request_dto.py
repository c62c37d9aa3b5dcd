from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_payload_dto import SubscriberPayloadDto
    from ..models.tenant_payload_dto import TenantPayloadDto
    from ..models.trigger_event_to_all_request_dto_context import TriggerEventToAllRequestDtoContext
    from ..models.trigger_event_to_all_request_dto_payload import TriggerEventToAllRequestDtoPayload
    from ..models.trigger_overrides import TriggerOverrides


T = TypeVar("T", bound="TriggerEventToAllRequestDto")


@_attrs_define
class TriggerEventToAllRequestDto:
    """
    Attributes:
        name (str):
        payload (TriggerEventToAllRequestDtoPayload):
        actor (str | SubscriberPayloadDto | Unset):
        context (TriggerEventToAllRequestDtoContext | Unset):
        overrides (TriggerOverrides | Unset):
        tenant (str | TenantPayloadDto | Unset):
        transaction_id (str | Unset):
    """

    name: str
    payload: TriggerEventToAllRequestDtoPayload
    actor: str | SubscriberPayloadDto | Unset = UNSET
    context: TriggerEventToAllRequestDtoContext | Unset = UNSET
    overrides: TriggerOverrides | Unset = UNSET
    tenant: str | TenantPayloadDto | Unset = UNSET
    transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscriber_payload_dto import SubscriberPayloadDto  # noqa: PLC0415
        from ..models.tenant_payload_dto import TenantPayloadDto  # noqa: PLC0415

        name = self.name

        payload = self.payload.to_dict()

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
                "payload": payload,
            }
        )
        if actor is not UNSET:
            field_dict["actor"] = actor
        if context is not UNSET:
            field_dict["context"] = context
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber_payload_dto import SubscriberPayloadDto  # noqa: PLC0415
        from ..models.tenant_payload_dto import TenantPayloadDto  # noqa: PLC0415
        from ..models.trigger_event_to_all_request_dto_context import TriggerEventToAllRequestDtoContext  # noqa: PLC0415
        from ..models.trigger_event_to_all_request_dto_payload import TriggerEventToAllRequestDtoPayload  # noqa: PLC0415
        from ..models.trigger_overrides import TriggerOverrides  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        payload = TriggerEventToAllRequestDtoPayload.from_dict(d.pop("payload"))

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
        context: TriggerEventToAllRequestDtoContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = TriggerEventToAllRequestDtoContext.from_dict(_context)

        _overrides = d.pop("overrides", UNSET)
        overrides: TriggerOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = TriggerOverrides.from_dict(_overrides)

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

        trigger_event_to_all_request_dto = cls(
            name=name,
            payload=payload,
            actor=actor,
            context=context,
            overrides=overrides,
            tenant=tenant,
            transaction_id=transaction_id,
        )

        trigger_event_to_all_request_dto.additional_properties = d
        return trigger_event_to_all_request_dto

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
