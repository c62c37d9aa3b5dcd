from ..types import OpenStrEnum


class OrganizationBrandingResponseDtoDirection(OpenStrEnum):
    LTR = "ltr"
    TRL = "trl"

    def __str__(self) -> str:
        return str(self.value)
