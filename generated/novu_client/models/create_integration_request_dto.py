from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_integration_request_dto_channel import CreateIntegrationRequestDtoChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_integration_request_dto_configurations import CreateIntegrationRequestDtoConfigurations
    from ..models.credentials_dto import CredentialsDto
    from ..models.step_filter_dto import StepFilterDto


T = TypeVar("T", bound="CreateIntegrationRequestDto")


@_attrs_define
class CreateIntegrationRequestDto:
    """
    Attributes:
        channel (CreateIntegrationRequestDtoChannel):
        provider_id (str):
        field_environment_id (UUID | Unset):
        active (bool | Unset):
        check (bool | Unset):
        conditions (list[StepFilterDto] | Unset):
        configurations (CreateIntegrationRequestDtoConfigurations | Unset):
        credentials (CredentialsDto | Unset):
        identifier (str | Unset):
        name (str | Unset):
    """

    channel: CreateIntegrationRequestDtoChannel
    provider_id: str
    field_environment_id: UUID | Unset = UNSET
    active: bool | Unset = UNSET
    check: bool | Unset = UNSET
    conditions: list[StepFilterDto] | Unset = UNSET
    configurations: CreateIntegrationRequestDtoConfigurations | Unset = UNSET
    credentials: CredentialsDto | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        provider_id = self.provider_id

        field_environment_id: str | Unset = UNSET
        if not isinstance(self.field_environment_id, Unset):
            field_environment_id = str(self.field_environment_id)

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
        field_dict.update(
            {
                "channel": channel,
                "providerId": provider_id,
            }
        )
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
        from ..models.create_integration_request_dto_configurations import CreateIntegrationRequestDtoConfigurations  # noqa: PLC0415
        from ..models.credentials_dto import CredentialsDto  # noqa: PLC0415
        from ..models.step_filter_dto import StepFilterDto  # noqa: PLC0415

        d = dict(src_dict)
        channel = CreateIntegrationRequestDtoChannel.from_wire(d.pop("channel"))

        provider_id = d.pop("providerId")

        _field_environment_id = d.pop("_environmentId", UNSET)
        field_environment_id: UUID | Unset
        if isinstance(_field_environment_id, Unset):
            field_environment_id = UNSET
        else:
            field_environment_id = UUID(_field_environment_id)

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
        configurations: CreateIntegrationRequestDtoConfigurations | Unset
        if isinstance(_configurations, Unset):
            configurations = UNSET
        else:
            configurations = CreateIntegrationRequestDtoConfigurations.from_dict(_configurations)

        _credentials = d.pop("credentials", UNSET)
        credentials: CredentialsDto | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = CredentialsDto.from_dict(_credentials)

        identifier = d.pop("identifier", UNSET)

        name = d.pop("name", UNSET)

        create_integration_request_dto = cls(
            channel=channel,
            provider_id=provider_id,
            field_environment_id=field_environment_id,
            active=active,
            check=check,
            conditions=conditions,
            configurations=configurations,
            credentials=credentials,
            identifier=identifier,
            name=name,
        )

        create_integration_request_dto.additional_properties = d
        return create_integration_request_dto

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
