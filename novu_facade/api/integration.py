"""IntegrationApi: provider integrations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from novu_facade._core import Api, Call, Plan, endpoint, lazy_endpoint
from novu_facade.dto.integration import IntegrationChannelUsageDto, IntegrationDto
from novu_facade.enums import Channel, ProviderIdEnum


def _with_check(integration: IntegrationDto, check: bool | None) -> dict[str, Any]:
    # The server tests the credentials unless told otherwise; None counts as True.
    payload: dict[str, Any] = integration.to_camel_case()
    payload["check"] = True if check is None else check
    return payload


class IntegrationApi(Api):
    """Provider integrations: list, create, update, delete, primary choice and channel limits."""

    @lazy_endpoint
    def list(self, only_active: bool = False) -> Plan[Iterable[IntegrationDto]]:
        """Yield the integrations (only the active ones when asked); the request is sent on first iteration.

        Args:
            only_active: List only the active integrations (default: all of them).
        """
        if only_active:
            body = yield Call("integrations.get_active_integrations")
        else:
            body = yield Call("integrations.list_integrations")
        return (IntegrationDto.from_camel_case(item) for item in body["data"])

    @endpoint
    def create(self, integration: IntegrationDto, check: bool = True) -> Plan[IntegrationDto]:
        """Create a provider integration.

        Args:
            integration: The integration to create.
            check: Ask Novu to test the connection with these settings first (default True).
        """
        body = yield Call("integrations.create_integration", body=_with_check(integration, check))
        return IntegrationDto.from_camel_case(body["data"])

    @endpoint
    def status(self, provider_id: ProviderIdEnum) -> Plan[bool]:
        """Whether the provider supports webhooks.

        Args:
            provider_id: The provider, as a member of one of the provider id enums.
        """
        body = yield Call("integrations.get_webhook_support_status_legacy", provider_or_integration_id=provider_id)
        supported: bool = body["data"]
        return supported

    @endpoint
    def update(self, integration: IntegrationDto, check: bool = True) -> Plan[IntegrationDto]:
        """Update an integration's settings.

        Args:
            integration: The integration, with its id and the new settings.
            check: Ask Novu to test the connection with these settings first (default True).
        """
        body = yield Call(
            "integrations.update_integration_by_id",
            integration_id=integration._id,
            body=_with_check(integration, check),
        )
        return IntegrationDto.from_camel_case(body["data"])

    @endpoint
    def delete(self, integration_id: str) -> Plan[None]:
        """Delete an integration.

        Args:
            integration_id: Novu's id of the integration.
        """
        yield Call("integrations.remove_integration", integration_id=integration_id)

    @endpoint
    def limit(self, channel: Channel) -> Plan[IntegrationChannelUsageDto]:
        """Usage count and limit of a channel.

        Args:
            channel: The channel to report on.
        """
        body = yield Call("integrations.get_channel_limit", channel_type=channel)
        return IntegrationChannelUsageDto.from_camel_case(body["data"])

    @endpoint
    def set_primary(self, integration_id: str) -> Plan[IntegrationDto]:
        """Make an integration the primary one of its channel.

        Args:
            integration_id: Novu's id of the integration.
        """
        body = yield Call("integrations.set_integration_as_primary", integration_id=integration_id)
        return IntegrationDto.from_camel_case(body["data"])
