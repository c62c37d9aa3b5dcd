"""OrganizationApi: organizations, their members and branding."""

from __future__ import annotations

from collections.abc import Iterable

from novu_facade._core import Api, Call, Plan, endpoint, lazy_endpoint
from novu_facade.dto.member import MemberDto
from novu_facade.dto.organization import OrganizationBrandingDto, OrganizationDto


class OrganizationApi(Api):
    """The organizations of the API key's user, and the current organization's members and branding."""

    @lazy_endpoint
    def list(self) -> Plan[Iterable[OrganizationDto]]:
        """Every organization; the request is sent when iteration starts."""
        body = yield Call("organizations.list_organizations")
        return (OrganizationDto.from_camel_case(item) for item in body["data"])

    @endpoint
    def create(self, name: str, logo: str | None = None) -> Plan[OrganizationDto]:
        """Create an organization; the logo is sent only when non-empty.

        Args:
            name: Name of the new organization.
            logo: URL of its logo; not sent when empty.
        """
        payload: dict[str, str] = {"name": name}
        if logo:
            payload["logo"] = logo
        body = yield Call("organizations.create_organization", body=payload)
        return OrganizationDto.from_camel_case(body["data"])

    @endpoint
    def current(self) -> Plan[OrganizationDto]:
        """The organization the API key belongs to."""
        body = yield Call("organizations.get_self_organization_data")
        return OrganizationDto.from_camel_case(body["data"])

    @endpoint
    def rename(self, name: str) -> Plan[None]:
        """Rename the current organization.

        Args:
            name: Its new name.
        """
        yield Call("organizations.rename", body={"name": name})

    @lazy_endpoint
    def list_members(self) -> Plan[Iterable[MemberDto]]:
        """Members of the current organization; the request is sent when iteration starts."""
        body = yield Call("organizations.list_organization_members")
        return (MemberDto.from_camel_case(item) for item in body["data"])

    @endpoint
    def remove_member(self, member_id: str) -> Plan[MemberDto]:
        """Remove a member from the current organization; the removed member.

        Args:
            member_id: Novu's id of the member.
        """
        body = yield Call("organizations.remove", member_id=member_id)
        return MemberDto.from_camel_case(body["data"])

    @endpoint
    def update_branding(self, branding: OrganizationBrandingDto) -> Plan[OrganizationBrandingDto]:
        """Set the current organization's branding (logo, colours, font).

        Args:
            branding: The new branding.
        """
        body = yield Call("organizations.update_branding_details", body=branding.to_camel_case())
        return OrganizationBrandingDto.from_camel_case(body["data"])
