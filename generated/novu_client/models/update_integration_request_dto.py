from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials_dto import CredentialsDto
    from ..models.step_filter_dto import StepFilterDto
    from ..models.update_integration_request_dto_configurations import UpdateIntegrationRequestDtoConfigurations


T = TypeVar("T", bound="UpdateIntegrationRequestDto")


@_attrs_define
class UpdateIntegrationRequestDto:
    """
    Attributes:
        field_environment_id (str | Unset):
        active (bool | Unset):
        check (bool | Unset):
        conditions (list[StepFilterDto] | Unset):
        configurations (UpdateIntegrationRequestDtoConfigurations | Unset):
        credentials (CredentialsDto | Unset):
        identifier (str | Unset):
        name (str | Unset):
    """

    field_environment_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    check: bool | Unset = UNSET
    conditions: list[StepFilterDto] | Unset = UNSET
    configurations: UpdateIntegrationRequestDtoConfigurations | Unset = UNSET
    credentials: CredentialsDto | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        active = self.active

        check = self.check

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = self.configurations.to_dict()

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        identifier = self.identifier

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_environment_id is not UNSET:
            field_dict["_environmentId"] = field_environment_id
        if active is not UNSET:
            field_dict["active"] = active
        if check is not UNSET:
            field_dict["check"] = check
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if configurations is not UNSET:
            field_dict["configurations"] = configurations
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credentials_dto import CredentialsDto  # noqa: PLC0415
        from ..models.step_filter_dto import StepFilterDto  # noqa: PLC0415
        from ..models.update_integration_request_dto_configurations import UpdateIntegrationRequestDtoConfigurations  # noqa: PLC0415

        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId", UNSET)

        active = d.pop("active", UNSET)

        check = d.pop("check", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[StepFilterDto] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = StepFilterDto.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _configurations = d.pop("configurations", UNSET)
        configurations: UpdateIntegrationRequestDtoConfigurations | Unset
        if isinstance(_configurations, Unset):
            configurations = UNSET
        else:
            configurations = UpdateIntegrationRequestDtoConfigurations.from_dict(_configurations)

        _credentials = d.pop("credentials", UNSET)
        credentials: CredentialsDto | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = CredentialsDto.from_dict(_credentials)

        identifier = d.pop("identifier", UNSET)

        name = d.pop("name", UNSET)

        update_integration_request_dto = cls(
            field_environment_id=field_environment_id,
            active=active,
            check=check,
            conditions=conditions,
            configurations=configurations,
            credentials=credentials,
            identifier=identifier,
            name=name,
        )

        update_integration_request_dto.additional_properties = d
        return update_integration_request_dto

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
