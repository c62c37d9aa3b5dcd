from ..types import OpenStrEnum


class CreatePhoneEndpointDtoType(OpenStrEnum):
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
