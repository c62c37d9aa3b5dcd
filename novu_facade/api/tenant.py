"""TenantApi: tenants."""

from __future__ import annotations

from typing import Any

from novu_facade._core import Api
from novu_facade._pagination import PaginationIterator
from novu_facade.dto.tenant import PaginatedTenantDto, TenantDto


class TenantApi(Api):
    """Tenants in Novu: list, create, read, edit and delete."""

    def list(self, page: int | None = None, limit: int | None = None) -> PaginatedTenantDto:
        """One page of tenants; a zero page or limit is left out of the query."""
        body = self._call("tenants.list_tenants", page=page or None, limit=limit or None)
        return PaginatedTenantDto.from_camel_case(body)

    def stream(self, *, page_size: int = 10) -> PaginationIterator[TenantDto]:
        """Every tenant, fetched page by page while iterating."""

        def fetch(page: int, limit: int) -> Any:
            return self._call("tenants.list_tenants", page=page, limit=limit)

        return PaginationIterator(fetch, TenantDto, page_size)

    def create(self, identifier: str, name: str, data: dict[Any, Any] | None = None) -> TenantDto:
        payload = {"identifier": identifier, "name": name, "data": data or {}}
        return TenantDto.from_camel_case(self._call("tenants.create_tenant", body=payload)["data"])

    def get(self, identifier: str) -> TenantDto:
        return TenantDto.from_camel_case(self._call("tenants.get_tenant_by_id", identifier=identifier)["data"])

    def patch(
        self,
        reference: str,
        identifier: str | None = None,
        name: str | None = None,
        data: dict[Any, Any] | None = None,
    ) -> TenantDto:
        """Edit the tenant known as `reference`; only the truthy fields are sent."""
        fields: dict[str, Any] = {"identifier": identifier, "name": name, "data": data}
        payload = {key: value for key, value in fields.items() if value}
        body = self._call("tenants.update_tenant", identifier=reference, body=payload)
        return TenantDto.from_camel_case(body["data"])

    def delete(self, identifier: str) -> None:
        self._call("tenants.remove_tenant", identifier=identifier)
