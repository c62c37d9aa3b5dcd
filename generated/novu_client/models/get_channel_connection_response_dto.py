from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_channel_connection_response_dto_channel import GetChannelConnectionResponseDtoChannel
from ..models.get_channel_connection_response_dto_provider_id import GetChannelConnectionResponseDtoProviderId

if TYPE_CHECKING:
    from ..models.auth_dto import AuthDto
    from ..models.workspace_dto import WorkspaceDto


T = TypeVar("T", bound="GetChannelConnectionResponseDto")


@_attrs_define
class GetChannelConnectionResponseDto:
    """
    Attributes:
        auth (AuthDto):
        channel (GetChannelConnectionResponseDtoChannel | None):
        context_keys (list[str]):
        created_at (str):
        identifier (str):
        integration_identifier (None | str):
        provider_id (GetChannelConnectionResponseDtoProviderId | None):
        subscriber_id (None | str):
        updated_at (str):
        workspace (WorkspaceDto):
    """

    auth: AuthDto
    channel: GetChannelConnectionResponseDtoChannel | None
    context_keys: list[str]
    created_at: str
    identifier: str
    integration_identifier: None | str
    provider_id: GetChannelConnectionResponseDtoProviderId | None
    subscriber_id: None | str
    updated_at: str
    workspace: WorkspaceDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        channel: None | str
        if isinstance(self.channel, GetChannelConnectionResponseDtoChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        context_keys = self.context_keys

        created_at = self.created_at

        identifier = self.identifier

        integration_identifier: None | str
        integration_identifier = self.integration_identifier

        provider_id: None | str
        if isinstance(self.provider_id, GetChannelConnectionResponseDtoProviderId):
            provider_id = self.provider_id.value
        else:
            provider_id = self.provider_id

        subscriber_id: None | str
        subscriber_id = self.subscriber_id

        updated_at = self.updated_at

        workspace = self.workspace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "channel": channel,
                "contextKeys": context_keys,
                "createdAt": created_at,
                "identifier": identifier,
                "integrationIdentifier": integration_identifier,
                "providerId": provider_id,
                "subscriberId": subscriber_id,
                "updatedAt": updated_at,
                "workspace": workspace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_dto import AuthDto  # noqa: PLC0415
        from ..models.workspace_dto import WorkspaceDto  # noqa: PLC0415

        d = dict(src_dict)
        auth = AuthDto.from_dict(d.pop("auth"))

        def _parse_channel(data: object) -> GetChannelConnectionResponseDtoChannel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_1 = GetChannelConnectionResponseDtoChannel.from_wire(data)

                return channel_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetChannelConnectionResponseDtoChannel | None, data)

        channel = _parse_channel(d.pop("channel"))

        context_keys = cast(list[str], d.pop("contextKeys"))

        created_at = d.pop("createdAt")

        identifier = d.pop("identifier")

        def _parse_integration_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        integration_identifier = _parse_integration_identifier(d.pop("integrationIdentifier"))

        def _parse_provider_id(data: object) -> GetChannelConnectionResponseDtoProviderId | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_id_type_1 = GetChannelConnectionResponseDtoProviderId.from_wire(data)

                return provider_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetChannelConnectionResponseDtoProviderId | None, data)

        provider_id = _parse_provider_id(d.pop("providerId"))

        def _parse_subscriber_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subscriber_id = _parse_subscriber_id(d.pop("subscriberId"))

        updated_at = d.pop("updatedAt")

        workspace = WorkspaceDto.from_dict(d.pop("workspace"))

        get_channel_connection_response_dto = cls(
            auth=auth,
            channel=channel,
            context_keys=context_keys,
            created_at=created_at,
            identifier=identifier,
            integration_identifier=integration_identifier,
            provider_id=provider_id,
            subscriber_id=subscriber_id,
            updated_at=updated_at,
            workspace=workspace,
        )

        get_channel_connection_response_dto.additional_properties = d
        return get_channel_connection_response_dto

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
