"""EnvironmentApi: environments of the organisation and their API keys."""

from __future__ import annotations

from collections.abc import Iterable

from novu_facade._core import Api, Call, Plan, endpoint, lazy_endpoint
from novu_facade.dto.environment import EnvironmentApiKeyDto, EnvironmentDto


class EnvironmentApi(Api):
    """List, create and inspect environments; read or regenerate API keys.

    The listing methods are generators: the request is sent when iteration starts.
    """

    @lazy_endpoint
    def list(self) -> Plan[Iterable[EnvironmentDto]]:
        """Every environment of the organization; the request is sent when iteration starts."""
        body = yield Call("environments.list_my_environments")
        return (EnvironmentDto.from_camel_case(item) for item in body["data"])

    @endpoint
    def create(self, name: str, parent_id: str | None = None) -> Plan[EnvironmentDto]:
        """Create an environment.

        Args:
            name: Name of the new environment.
            parent_id: Id of the environment it derives from; none when left out.
        """
        payload: dict[str, str] = {"name": name}
        if parent_id:
            payload["parentId"] = parent_id
        body = yield Call("environments.create_environment", body=payload)
        return EnvironmentDto.from_camel_case(body["data"])

    @endpoint
    def current(self) -> Plan[EnvironmentDto]:
        """The environment the API key belongs to."""
        body = yield Call("environments.get_current_environment")
        return EnvironmentDto.from_camel_case(body["data"])

    @lazy_endpoint
    def api_keys(self) -> Plan[Iterable[EnvironmentApiKeyDto]]:
        """The API keys of the current environment; the request is sent when iteration starts."""
        body = yield Call("environments.list_organization_api_keys")
        return (EnvironmentApiKeyDto.from_camel_case(item) for item in body["data"])

    @lazy_endpoint
    def regenerate_api_key(self) -> Plan[Iterable[EnvironmentApiKeyDto]]:
        """Replace the current environment's API keys and yield the new ones; the request is sent when iteration
        starts.
        """
        body = yield Call("environments.regenerate_organization_api_keys")
        return (EnvironmentApiKeyDto.from_camel_case(item) for item in body["data"])
