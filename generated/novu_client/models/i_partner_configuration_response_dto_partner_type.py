from enum import StrEnum


class IPartnerConfigurationResponseDtoPartnerType(StrEnum):
    VERCEL = "vercel"

    def __str__(self) -> str:
        return str(self.value)
