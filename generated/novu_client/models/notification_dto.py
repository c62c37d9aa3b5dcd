from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_dto_channel import NotificationDtoChannel
from ..models.notification_dto_status import NotificationDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor import Actor
    from ..models.message_cta import MessageCTA
    from ..models.notification_dto_overrides import NotificationDtoOverrides
    from ..models.notification_dto_payload import NotificationDtoPayload
    from ..models.subscriber_response_dto import SubscriberResponseDto


T = TypeVar("T", bound="NotificationDto")


@_attrs_define
class NotificationDto:
    """
    Attributes:
        field_environment_id (str):
        field_feed_id (str):
        field_job_id (str):
        field_message_template_id (str):
        field_notification_id (str):
        field_organization_id (str):
        field_subscriber_id (str):
        field_template_id (str):
        channel (NotificationDtoChannel):
        content (str):
        cta (MessageCTA):
        deleted (bool):
        overrides (NotificationDtoOverrides):
        payload (NotificationDtoPayload):
        read (bool):
        seen (bool):
        status (NotificationDtoStatus):
        transaction_id (str):
        field_id (str | Unset):
        actor (Actor | Unset):
        created_at (str | Unset):
        device_tokens (list[str] | Unset):
        expire_at (str | Unset):
        provider_id (str | Unset):
        subject (str | Unset):
        subscriber (SubscriberResponseDto | Unset):
        template_identifier (str | Unset):
        updated_at (str | Unset):
    """

    field_environment_id: str
    field_feed_id: str
    field_job_id: str
    field_message_template_id: str
    field_notification_id: str
    field_organization_id: str
    field_subscriber_id: str
    field_template_id: str
    channel: NotificationDtoChannel
    content: str
    cta: MessageCTA
    deleted: bool
    overrides: NotificationDtoOverrides
    payload: NotificationDtoPayload
    read: bool
    seen: bool
    status: NotificationDtoStatus
    transaction_id: str
    field_id: str | Unset = UNSET
    actor: Actor | Unset = UNSET
    created_at: str | Unset = UNSET
    device_tokens: list[str] | Unset = UNSET
    expire_at: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    subscriber: SubscriberResponseDto | Unset = UNSET
    template_identifier: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_feed_id = self.field_feed_id

        field_job_id = self.field_job_id

        field_message_template_id = self.field_message_template_id

        field_notification_id = self.field_notification_id

        field_organization_id = self.field_organization_id

        field_subscriber_id = self.field_subscriber_id

        field_template_id = self.field_template_id

        channel = self.channel.value

        content = self.content

        cta = self.cta.to_dict()

        deleted = self.deleted

        overrides = self.overrides.to_dict()

        payload = self.payload.to_dict()

        read = self.read

        seen = self.seen

        status = self.status.value

        transaction_id = self.transaction_id

        field_id = self.field_id

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        created_at = self.created_at

        device_tokens: list[str] | Unset = UNSET
        if not isinstance(self.device_tokens, Unset):
            device_tokens = self.device_tokens

        expire_at = self.expire_at

        provider_id = self.provider_id

        subject = self.subject

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        template_identifier = self.template_identifier

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_feedId": field_feed_id,
                "_jobId": field_job_id,
                "_messageTemplateId": field_message_template_id,
                "_notificationId": field_notification_id,
                "_organizationId": field_organization_id,
                "_subscriberId": field_subscriber_id,
                "_templateId": field_template_id,
                "channel": channel,
                "content": content,
                "cta": cta,
                "deleted": deleted,
                "overrides": overrides,
                "payload": payload,
                "read": read,
                "seen": seen,
                "status": status,
                "transactionId": transaction_id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if actor is not UNSET:
            field_dict["actor"] = actor
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if device_tokens is not UNSET:
            field_dict["deviceTokens"] = device_tokens
        if expire_at is not UNSET:
            field_dict["expireAt"] = expire_at
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if template_identifier is not UNSET:
            field_dict["templateIdentifier"] = template_identifier
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor import Actor  # noqa: PLC0415
        from ..models.message_cta import MessageCTA  # noqa: PLC0415
        from ..models.notification_dto_overrides import NotificationDtoOverrides  # noqa: PLC0415
        from ..models.notification_dto_payload import NotificationDtoPayload  # noqa: PLC0415
        from ..models.subscriber_response_dto import SubscriberResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId")

        field_feed_id = d.pop("_feedId")

        field_job_id = d.pop("_jobId")

        field_message_template_id = d.pop("_messageTemplateId")

        field_notification_id = d.pop("_notificationId")

        field_organization_id = d.pop("_organizationId")

        field_subscriber_id = d.pop("_subscriberId")

        field_template_id = d.pop("_templateId")

        channel = NotificationDtoChannel.from_wire(d.pop("channel"))

        content = d.pop("content")

        cta = MessageCTA.from_dict(d.pop("cta"))

        deleted = d.pop("deleted")

        overrides = NotificationDtoOverrides.from_dict(d.pop("overrides"))

        payload = NotificationDtoPayload.from_dict(d.pop("payload"))

        read = d.pop("read")

        seen = d.pop("seen")

        status = NotificationDtoStatus.from_wire(d.pop("status"))

        transaction_id = d.pop("transactionId")

        field_id = d.pop("_id", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: Actor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = Actor.from_dict(_actor)

        created_at = d.pop("createdAt", UNSET)

        device_tokens = cast(list[str], d.pop("deviceTokens", UNSET))

        expire_at = d.pop("expireAt", UNSET)

        provider_id = d.pop("providerId", UNSET)

        subject = d.pop("subject", UNSET)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: SubscriberResponseDto | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = SubscriberResponseDto.from_dict(_subscriber)

        template_identifier = d.pop("templateIdentifier", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        notification_dto = cls(
            field_environment_id=field_environment_id,
            field_feed_id=field_feed_id,
            field_job_id=field_job_id,
            field_message_template_id=field_message_template_id,
            field_notification_id=field_notification_id,
            field_organization_id=field_organization_id,
            field_subscriber_id=field_subscriber_id,
            field_template_id=field_template_id,
            channel=channel,
            content=content,
            cta=cta,
            deleted=deleted,
            overrides=overrides,
            payload=payload,
            read=read,
            seen=seen,
            status=status,
            transaction_id=transaction_id,
            field_id=field_id,
            actor=actor,
            created_at=created_at,
            device_tokens=device_tokens,
            expire_at=expire_at,
            provider_id=provider_id,
            subject=subject,
            subscriber=subscriber,
            template_identifier=template_identifier,
            updated_at=updated_at,
        )

        notification_dto.additional_properties = d
        return notification_dto

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
