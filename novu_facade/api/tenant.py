"""TenantApi: tenants."""

from __future__ import annotations

from typing import Any

from novu_facade._core import Api, Call, Pages, Plan, endpoint, paged_endpoint
from novu_facade.dto.tenant import PaginatedTenantDto, TenantDto


def _page(page: int, limit: int) -> Call:
    return Call("tenants.list_tenants", page=page, limit=limit)


class TenantApi(Api):
    """Tenants in Novu: list, create, read, edit and delete."""

    @endpoint
    def list(self, page: int | None = None, limit: int | None = None) -> Plan[PaginatedTenantDto]:
        """One page of tenants; a zero page or limit is left out of the query.

        Args:
            page: Page number to fetch.
            limit: Number of tenants per page.
        """
        body = yield Call("tenants.list_tenants", page=page or None, limit=limit or None)
        return PaginatedTenantDto.from_camel_case(body)

    @paged_endpoint
    def stream(self, *, page_size: int = 10) -> Pages[TenantDto]:
        """Every tenant, fetched page by page while iterating.

        Args:
            page_size: How many items each request asks for (keyword-only, default 10).
        """
        return Pages(_page, TenantDto, page_size)

    @endpoint
    def create(self, identifier: str, name: str, data: dict[Any, Any] | None = None) -> Plan[TenantDto]:
        """Create a tenant.

        Args:
            identifier: Your identifier for the tenant.
            name: Its display name.
            data: Any data to store with it.
        """
        payload = {"identifier": identifier, "name": name, "data": data or {}}
        body = yield Call("tenants.create_tenant", body=payload)
        return TenantDto.from_camel_case(body["data"])

    @endpoint
    def get(self, identifier: str) -> Plan[TenantDto]:
        """Fetch one tenant.

        Args:
            identifier: The tenant's identifier.
        """
        body = yield Call("tenants.get_tenant_by_id", identifier=identifier)
        return TenantDto.from_camel_case(body["data"])

    @endpoint
    def patch(
        self,
        reference: str,
        identifier: str | None = None,
        name: str | None = None,
        data: dict[Any, Any] | None = None,
    ) -> Plan[TenantDto]:
        """Edit the tenant known as `reference`; only the truthy fields are sent.

        Args:
            reference: The tenant's current identifier.
            identifier: A new identifier for it.
            name: A new name.
            data: New data to store with it.
        """
        fields: dict[str, Any] = {"identifier": identifier, "name": name, "data": data}
        payload = {key: value for key, value in fields.items() if value}
        body = yield Call("tenants.update_tenant", identifier=reference, body=payload)
        return TenantDto.from_camel_case(body["data"])

    @endpoint
    def delete(self, identifier: str) -> Plan[None]:
        """Delete a tenant.

        Args:
            identifier: The tenant's identifier.
        """
        yield Call("tenants.remove_tenant", identifier=identifier)
