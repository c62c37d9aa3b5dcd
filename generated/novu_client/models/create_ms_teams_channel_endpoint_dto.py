from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_ms_teams_channel_endpoint_dto_type import CreateMsTeamsChannelEndpointDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_ms_teams_channel_endpoint_dto_context import CreateMsTeamsChannelEndpointDtoContext
    from ..models.ms_teams_channel_endpoint_dto import MsTeamsChannelEndpointDto


T = TypeVar("T", bound="CreateMsTeamsChannelEndpointDto")


@_attrs_define
class CreateMsTeamsChannelEndpointDto:
    """
    Attributes:
        endpoint (MsTeamsChannelEndpointDto):
        integration_identifier (str):
        subscriber_id (str):
        type_ (CreateMsTeamsChannelEndpointDtoType):
        connection_identifier (str | Unset):
        context (CreateMsTeamsChannelEndpointDtoContext | Unset):
        identifier (str | Unset):
    """

    endpoint: MsTeamsChannelEndpointDto
    integration_identifier: str
    subscriber_id: str
    type_: CreateMsTeamsChannelEndpointDtoType
    connection_identifier: str | Unset = UNSET
    context: CreateMsTeamsChannelEndpointDtoContext | Unset = UNSET
    identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint.to_dict()

        integration_identifier = self.integration_identifier

        subscriber_id = self.subscriber_id

        type_ = self.type_.value

        connection_identifier = self.connection_identifier

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "integrationIdentifier": integration_identifier,
                "subscriberId": subscriber_id,
                "type": type_,
            }
        )
        if connection_identifier is not UNSET:
            field_dict["connectionIdentifier"] = connection_identifier
        if context is not UNSET:
            field_dict["context"] = context
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_ms_teams_channel_endpoint_dto_context import CreateMsTeamsChannelEndpointDtoContext  # noqa: PLC0415
        from ..models.ms_teams_channel_endpoint_dto import MsTeamsChannelEndpointDto  # noqa: PLC0415

        d = dict(src_dict)
        endpoint = MsTeamsChannelEndpointDto.from_dict(d.pop("endpoint"))

        integration_identifier = d.pop("integrationIdentifier")

        subscriber_id = d.pop("subscriberId")

        type_ = CreateMsTeamsChannelEndpointDtoType.from_wire(d.pop("type"))

        connection_identifier = d.pop("connectionIdentifier", UNSET)

        _context = d.pop("context", UNSET)
        context: CreateMsTeamsChannelEndpointDtoContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = CreateMsTeamsChannelEndpointDtoContext.from_dict(_context)

        identifier = d.pop("identifier", UNSET)

        create_ms_teams_channel_endpoint_dto = cls(
            endpoint=endpoint,
            integration_identifier=integration_identifier,
            subscriber_id=subscriber_id,
            type_=type_,
            connection_identifier=connection_identifier,
            context=context,
            identifier=identifier,
        )

        create_ms_teams_channel_endpoint_dto.additional_properties = d
        return create_ms_teams_channel_endpoint_dto

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
