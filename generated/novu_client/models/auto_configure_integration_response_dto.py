from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_configure_integration_response_dto_integration import (
        AutoConfigureIntegrationResponseDtoIntegration,
    )


T = TypeVar("T", bound="AutoConfigureIntegrationResponseDto")


@_attrs_define
class AutoConfigureIntegrationResponseDto:
    """
    Attributes:
        success (bool):
        integration (AutoConfigureIntegrationResponseDtoIntegration | Unset):
        message (str | Unset):
    """

    success: bool
    integration: AutoConfigureIntegrationResponseDtoIntegration | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        integration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration, Unset):
            integration = self.integration.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if integration is not UNSET:
            field_dict["integration"] = integration
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_configure_integration_response_dto_integration import (
            AutoConfigureIntegrationResponseDtoIntegration,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success")

        _integration = d.pop("integration", UNSET)
        integration: AutoConfigureIntegrationResponseDtoIntegration | Unset
        if isinstance(_integration, Unset):
            integration = UNSET
        else:
            integration = AutoConfigureIntegrationResponseDtoIntegration.from_dict(_integration)

        message = d.pop("message", UNSET)

        auto_configure_integration_response_dto = cls(
            success=success,
            integration=integration,
            message=message,
        )

        auto_configure_integration_response_dto.additional_properties = d
        return auto_configure_integration_response_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
