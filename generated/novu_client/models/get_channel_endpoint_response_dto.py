from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_channel_endpoint_response_dto_channel import GetChannelEndpointResponseDtoChannel
from ..models.get_channel_endpoint_response_dto_provider_id import GetChannelEndpointResponseDtoProviderId
from ..models.get_channel_endpoint_response_dto_type import GetChannelEndpointResponseDtoType

if TYPE_CHECKING:
    from ..models.phone_endpoint_dto import PhoneEndpointDto
    from ..models.slack_channel_endpoint_dto import SlackChannelEndpointDto
    from ..models.slack_user_endpoint_dto import SlackUserEndpointDto
    from ..models.webhook_endpoint_dto import WebhookEndpointDto


T = TypeVar("T", bound="GetChannelEndpointResponseDto")


@_attrs_define
class GetChannelEndpointResponseDto:
    """
    Attributes:
        channel (GetChannelEndpointResponseDtoChannel | None):
        connection_identifier (None | str):
        context_keys (list[str]):
        created_at (str):
        endpoint (PhoneEndpointDto | SlackChannelEndpointDto | SlackUserEndpointDto | WebhookEndpointDto):
        identifier (str):
        integration_identifier (None | str):
        provider_id (GetChannelEndpointResponseDtoProviderId | None):
        subscriber_id (None | str):
        type_ (GetChannelEndpointResponseDtoType):
        updated_at (str):
    """

    channel: GetChannelEndpointResponseDtoChannel | None
    connection_identifier: None | str
    context_keys: list[str]
    created_at: str
    endpoint: PhoneEndpointDto | SlackChannelEndpointDto | SlackUserEndpointDto | WebhookEndpointDto
    identifier: str
    integration_identifier: None | str
    provider_id: GetChannelEndpointResponseDtoProviderId | None
    subscriber_id: None | str
    type_: GetChannelEndpointResponseDtoType
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.slack_channel_endpoint_dto import SlackChannelEndpointDto  # noqa: PLC0415
        from ..models.slack_user_endpoint_dto import SlackUserEndpointDto  # noqa: PLC0415
        from ..models.webhook_endpoint_dto import WebhookEndpointDto  # noqa: PLC0415

        channel: None | str
        if isinstance(self.channel, GetChannelEndpointResponseDtoChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        connection_identifier: None | str
        connection_identifier = self.connection_identifier

        context_keys = self.context_keys

        created_at = self.created_at

        endpoint: dict[str, Any]
        if isinstance(self.endpoint, SlackChannelEndpointDto):
            endpoint = self.endpoint.to_dict()
        elif isinstance(self.endpoint, SlackUserEndpointDto):
            endpoint = self.endpoint.to_dict()
        elif isinstance(self.endpoint, WebhookEndpointDto):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint.to_dict()

        identifier = self.identifier

        integration_identifier: None | str
        integration_identifier = self.integration_identifier

        provider_id: None | str
        if isinstance(self.provider_id, GetChannelEndpointResponseDtoProviderId):
            provider_id = self.provider_id.value
        else:
            provider_id = self.provider_id

        subscriber_id: None | str
        subscriber_id = self.subscriber_id

        type_ = self.type_.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "connectionIdentifier": connection_identifier,
                "contextKeys": context_keys,
                "createdAt": created_at,
                "endpoint": endpoint,
                "identifier": identifier,
                "integrationIdentifier": integration_identifier,
                "providerId": provider_id,
                "subscriberId": subscriber_id,
                "type": type_,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_endpoint_dto import PhoneEndpointDto  # noqa: PLC0415
        from ..models.slack_channel_endpoint_dto import SlackChannelEndpointDto  # noqa: PLC0415
        from ..models.slack_user_endpoint_dto import SlackUserEndpointDto  # noqa: PLC0415
        from ..models.webhook_endpoint_dto import WebhookEndpointDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_channel(data: object) -> GetChannelEndpointResponseDtoChannel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_1 = GetChannelEndpointResponseDtoChannel.from_wire(data)

                return channel_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetChannelEndpointResponseDtoChannel | None, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_connection_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        connection_identifier = _parse_connection_identifier(d.pop("connectionIdentifier"))

        context_keys = cast(list[str], d.pop("contextKeys"))

        created_at = d.pop("createdAt")

        def _parse_endpoint(
            data: object,
        ) -> PhoneEndpointDto | SlackChannelEndpointDto | SlackUserEndpointDto | WebhookEndpointDto:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = SlackChannelEndpointDto.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_1 = SlackUserEndpointDto.from_dict(data)

                return endpoint_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_2 = WebhookEndpointDto.from_dict(data)

                return endpoint_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            endpoint_type_3 = PhoneEndpointDto.from_dict(data)

            return endpoint_type_3

        endpoint = _parse_endpoint(d.pop("endpoint"))

        identifier = d.pop("identifier")

        def _parse_integration_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        integration_identifier = _parse_integration_identifier(d.pop("integrationIdentifier"))

        def _parse_provider_id(data: object) -> GetChannelEndpointResponseDtoProviderId | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_id_type_1 = GetChannelEndpointResponseDtoProviderId.from_wire(data)

                return provider_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetChannelEndpointResponseDtoProviderId | None, data)

        provider_id = _parse_provider_id(d.pop("providerId"))

        def _parse_subscriber_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subscriber_id = _parse_subscriber_id(d.pop("subscriberId"))

        type_ = GetChannelEndpointResponseDtoType.from_wire(d.pop("type"))

        updated_at = d.pop("updatedAt")

        get_channel_endpoint_response_dto = cls(
            channel=channel,
            connection_identifier=connection_identifier,
            context_keys=context_keys,
            created_at=created_at,
            endpoint=endpoint,
            identifier=identifier,
            integration_identifier=integration_identifier,
            provider_id=provider_id,
            subscriber_id=subscriber_id,
            type_=type_,
            updated_at=updated_at,
        )

        get_channel_endpoint_response_dto.additional_properties = d
        return get_channel_endpoint_response_dto

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
