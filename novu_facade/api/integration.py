"""IntegrationApi: provider integrations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from novu_facade._core import Api
from novu_facade.dto.integration import IntegrationChannelUsageDto, IntegrationDto
from novu_facade.enums import Channel, ProviderIdEnum


def _with_check(integration: IntegrationDto, check: bool | None) -> dict[str, Any]:
    # The server tests the credentials unless told otherwise; None counts as True.
    payload: dict[str, Any] = integration.to_camel_case()
    payload["check"] = True if check is None else check
    return payload


class IntegrationApi(Api):
    """Provider integrations: list, create, update, delete, primary choice and channel limits."""

    def list(self, only_active: bool = False) -> Iterator[IntegrationDto]:
        """Yield the integrations (only the active ones when asked); the request is sent on first iteration."""
        name = "integrations.get_active_integrations" if only_active else "integrations.list_integrations"
        for item in self._call(name)["data"]:
            yield IntegrationDto.from_camel_case(item)

    def create(self, integration: IntegrationDto, check: bool = True) -> IntegrationDto:
        body = self._call("integrations.create_integration", body=_with_check(integration, check))
        return IntegrationDto.from_camel_case(body["data"])

    def status(self, provider_id: ProviderIdEnum) -> bool:
        """Whether the provider supports webhooks."""
        body = self._call("integrations.get_webhook_support_status_legacy", provider_or_integration_id=provider_id)
        supported: bool = body["data"]
        return supported

    def update(self, integration: IntegrationDto, check: bool = True) -> IntegrationDto:
        body = self._call(
            "integrations.update_integration_by_id",
            integration_id=integration._id,
            body=_with_check(integration, check),
        )
        return IntegrationDto.from_camel_case(body["data"])

    def delete(self, integration_id: str) -> None:
        self._call("integrations.remove_integration", integration_id=integration_id)

    def limit(self, channel: Channel) -> IntegrationChannelUsageDto:
        """Usage count and limit of a channel."""
        body = self._call("integrations.get_channel_limit", channel_type=channel)
        return IntegrationChannelUsageDto.from_camel_case(body["data"])

    def set_primary(self, integration_id: str) -> IntegrationDto:
        body = self._call("integrations.set_integration_as_primary", integration_id=integration_id)
        return IntegrationDto.from_camel_case(body["data"])
