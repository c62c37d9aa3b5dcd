"""EnvironmentApi: environments of the organisation and their API keys."""

from __future__ import annotations

from collections.abc import Iterator

from novu_facade._core import Api
from novu_facade.dto.environment import EnvironmentApiKeyDto, EnvironmentDto


class EnvironmentApi(Api):
    """List, create and inspect environments; read or regenerate API keys.

    The listing methods are generators: the request is sent when iteration starts.
    """

    def list(self) -> Iterator[EnvironmentDto]:
        for item in self._call("environments.list_my_environments")["data"]:
            yield EnvironmentDto.from_camel_case(item)

    def create(self, name: str, parent_id: str | None = None) -> EnvironmentDto:
        body: dict[str, str] = {"name": name}
        if parent_id:
            body["parentId"] = parent_id
        return EnvironmentDto.from_camel_case(self._call("environments.create_environment", body=body)["data"])

    def current(self) -> EnvironmentDto:
        """The environment the API key belongs to."""
        return EnvironmentDto.from_camel_case(self._call("environments.get_current_environment")["data"])

    def api_keys(self) -> Iterator[EnvironmentApiKeyDto]:
        for item in self._call("environments.list_organization_api_keys")["data"]:
            yield EnvironmentApiKeyDto.from_camel_case(item)

    def regenerate_api_key(self) -> Iterator[EnvironmentApiKeyDto]:
        for item in self._call("environments.regenerate_organization_api_keys")["data"]:
            yield EnvironmentApiKeyDto.from_camel_case(item)
