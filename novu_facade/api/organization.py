"""OrganizationApi: organizations, their members and branding."""

from __future__ import annotations

from collections.abc import Iterator

from novu_facade._core import Api
from novu_facade.dto.member import MemberDto
from novu_facade.dto.organization import OrganizationBrandingDto, OrganizationDto


class OrganizationApi(Api):
    """The organizations of the API key's user, and the current organization's members and branding."""

    def list(self) -> Iterator[OrganizationDto]:
        """Every organization; the request is sent when iteration starts."""
        for item in self._call("organizations.list_organizations")["data"]:
            yield OrganizationDto.from_camel_case(item)

    def create(self, name: str, logo: str | None = None) -> OrganizationDto:
        """Create an organization; the logo is sent only when non-empty."""
        payload: dict[str, str] = {"name": name}
        if logo:
            payload["logo"] = logo
        return OrganizationDto.from_camel_case(self._call("organizations.create_organization", body=payload)["data"])

    def current(self) -> OrganizationDto:
        return OrganizationDto.from_camel_case(self._call("organizations.get_self_organization_data")["data"])

    def rename(self, name: str) -> None:
        self._call("organizations.rename", body={"name": name})

    def list_members(self) -> Iterator[MemberDto]:
        """Members of the current organization; the request is sent when iteration starts."""
        for item in self._call("organizations.list_organization_members")["data"]:
            yield MemberDto.from_camel_case(item)

    def remove_member(self, member_id: str) -> MemberDto:
        return MemberDto.from_camel_case(self._call("organizations.remove", member_id=member_id)["data"])

    def update_branding(self, branding: OrganizationBrandingDto) -> OrganizationBrandingDto:
        body = self._call("organizations.update_branding_details", body=branding.to_camel_case())
        return OrganizationBrandingDto.from_camel_case(body["data"])
