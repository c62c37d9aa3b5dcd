from enum import StrEnum


class OrganizationBrandingResponseDtoDirection(StrEnum):
    LTR = "ltr"
    TRL = "trl"

    def __str__(self) -> str:
        return str(self.value)
