from ..types import OpenStrEnum


class IPartnerConfigurationResponseDtoPartnerType(OpenStrEnum):
    VERCEL = "vercel"

    def __str__(self) -> str:
        return str(self.value)
