from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_dto import AuthDto
    from ..models.create_channel_connection_request_dto_context import CreateChannelConnectionRequestDtoContext
    from ..models.workspace_dto import WorkspaceDto


T = TypeVar("T", bound="CreateChannelConnectionRequestDto")


@_attrs_define
class CreateChannelConnectionRequestDto:
    """
    Attributes:
        auth (AuthDto):
        integration_identifier (str):
        workspace (WorkspaceDto):
        context (CreateChannelConnectionRequestDtoContext | Unset):
        identifier (str | Unset):
        subscriber_id (str | Unset):
    """

    auth: AuthDto
    integration_identifier: str
    workspace: WorkspaceDto
    context: CreateChannelConnectionRequestDtoContext | Unset = UNSET
    identifier: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth.to_dict()

        integration_identifier = self.integration_identifier

        workspace = self.workspace.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        identifier = self.identifier

        subscriber_id = self.subscriber_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "integrationIdentifier": integration_identifier,
                "workspace": workspace,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if subscriber_id is not UNSET:
            field_dict["subscriberId"] = subscriber_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_dto import AuthDto  # noqa: PLC0415
        from ..models.create_channel_connection_request_dto_context import CreateChannelConnectionRequestDtoContext  # noqa: PLC0415
        from ..models.workspace_dto import WorkspaceDto  # noqa: PLC0415

        d = dict(src_dict)
        auth = AuthDto.from_dict(d.pop("auth"))

        integration_identifier = d.pop("integrationIdentifier")

        workspace = WorkspaceDto.from_dict(d.pop("workspace"))

        _context = d.pop("context", UNSET)
        context: CreateChannelConnectionRequestDtoContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = CreateChannelConnectionRequestDtoContext.from_dict(_context)

        identifier = d.pop("identifier", UNSET)

        subscriber_id = d.pop("subscriberId", UNSET)

        create_channel_connection_request_dto = cls(
            auth=auth,
            integration_identifier=integration_identifier,
            workspace=workspace,
            context=context,
            identifier=identifier,
            subscriber_id=subscriber_id,
        )

        create_channel_connection_request_dto.additional_properties = d
        return create_channel_connection_request_dto

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
