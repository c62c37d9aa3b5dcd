"""Organization branding direction and partner kinds."""

from novu_facade.enums.polyfill import StrEnum


class OrganizationBrandingDirection(StrEnum):
    """Text direction of the organization branding (values as the API uses them)."""

    LEFT_TO_RIGHT = "ltr"
    RIGHT_TO_LEFT = "trl"


class PartnerTypeEnum(StrEnum):
    """Kind of integration partner."""

    VERCEL = "vercel"
