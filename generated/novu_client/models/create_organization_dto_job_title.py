from ..types import OpenStrEnum


class CreateOrganizationDtoJobTitle(OpenStrEnum):
    ARCHITECT = "architect"
    CXO_FOUNDER = "cxo_founder"
    DESIGNER = "designer"
    ENGINEER = "engineer"
    ENGINEERING_MANAGER = "engineering_manager"
    MARKETING_MANAGER = "marketing_manager"
    OTHER = "other"
    PRODUCT_MANAGER = "product_manager"

    def __str__(self) -> str:
        return str(self.value)
