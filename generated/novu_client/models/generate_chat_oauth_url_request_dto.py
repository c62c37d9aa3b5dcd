from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_chat_oauth_url_request_dto_context import GenerateChatOauthUrlRequestDtoContext


T = TypeVar("T", bound="GenerateChatOauthUrlRequestDto")


@_attrs_define
class GenerateChatOauthUrlRequestDto:
    """
    Attributes:
        integration_identifier (str):
        connection_identifier (str | Unset):
        context (GenerateChatOauthUrlRequestDtoContext | Unset):
        scope (list[str] | Unset):
        subscriber_id (str | Unset):
    """

    integration_identifier: str
    connection_identifier: str | Unset = UNSET
    context: GenerateChatOauthUrlRequestDtoContext | Unset = UNSET
    scope: list[str] | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_identifier = self.integration_identifier

        connection_identifier = self.connection_identifier

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        subscriber_id = self.subscriber_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationIdentifier": integration_identifier,
            }
        )
        if connection_identifier is not UNSET:
            field_dict["connectionIdentifier"] = connection_identifier
        if context is not UNSET:
            field_dict["context"] = context
        if scope is not UNSET:
            field_dict["scope"] = scope
        if subscriber_id is not UNSET:
            field_dict["subscriberId"] = subscriber_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_chat_oauth_url_request_dto_context import GenerateChatOauthUrlRequestDtoContext  # noqa: PLC0415

        d = dict(src_dict)
        integration_identifier = d.pop("integrationIdentifier")

        connection_identifier = d.pop("connectionIdentifier", UNSET)

        _context = d.pop("context", UNSET)
        context: GenerateChatOauthUrlRequestDtoContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = GenerateChatOauthUrlRequestDtoContext.from_dict(_context)

        scope = cast(list[str], d.pop("scope", UNSET))

        subscriber_id = d.pop("subscriberId", UNSET)

        generate_chat_oauth_url_request_dto = cls(
            integration_identifier=integration_identifier,
            connection_identifier=connection_identifier,
            context=context,
            scope=scope,
            subscriber_id=subscriber_id,
        )

        generate_chat_oauth_url_request_dto.additional_properties = d
        return generate_chat_oauth_url_request_dto

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
