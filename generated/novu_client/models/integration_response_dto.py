from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_response_dto_channel import IntegrationResponseDtoChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configurations_dto import ConfigurationsDto
    from ..models.credentials_dto import CredentialsDto
    from ..models.step_filter_dto import StepFilterDto


T = TypeVar("T", bound="IntegrationResponseDto")


@_attrs_define
class IntegrationResponseDto:
    """
    Attributes:
        field_environment_id (str):
        field_organization_id (str):
        active (bool):
        channel (IntegrationResponseDtoChannel):
        credentials (CredentialsDto):
        identifier (str):
        name (str):
        primary (bool):
        provider_id (str):
        field_id (str | Unset):
        conditions (list[StepFilterDto] | Unset):
        configurations (ConfigurationsDto | Unset):
        deleted (bool | None | Unset):
        deleted_at (None | str | Unset):
        deleted_by (None | str | Unset):
    """

    field_environment_id: str
    field_organization_id: str
    active: bool
    channel: IntegrationResponseDtoChannel
    credentials: CredentialsDto
    identifier: str
    name: str
    primary: bool
    provider_id: str
    field_id: str | Unset = UNSET
    conditions: list[StepFilterDto] | Unset = UNSET
    configurations: ConfigurationsDto | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        field_organization_id = self.field_organization_id

        active = self.active

        channel = self.channel.value

        credentials = self.credentials.to_dict()

        identifier = self.identifier

        name = self.name

        primary = self.primary

        provider_id = self.provider_id

        field_id = self.field_id

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = self.configurations.to_dict()

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        deleted_by: None | str | Unset
        if isinstance(self.deleted_by, Unset):
            deleted_by = UNSET
        else:
            deleted_by = self.deleted_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "_organizationId": field_organization_id,
                "active": active,
                "channel": channel,
                "credentials": credentials,
                "identifier": identifier,
                "name": name,
                "primary": primary,
                "providerId": provider_id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if configurations is not UNSET:
            field_dict["configurations"] = configurations
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if deleted_by is not UNSET:
            field_dict["deletedBy"] = deleted_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configurations_dto import ConfigurationsDto  # noqa: PLC0415
        from ..models.credentials_dto import CredentialsDto  # noqa: PLC0415
        from ..models.step_filter_dto import StepFilterDto  # noqa: PLC0415

        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId")

        field_organization_id = d.pop("_organizationId")

        active = d.pop("active")

        channel = IntegrationResponseDtoChannel.from_wire(d.pop("channel"))

        credentials = CredentialsDto.from_dict(d.pop("credentials"))

        identifier = d.pop("identifier")

        name = d.pop("name")

        primary = d.pop("primary")

        provider_id = d.pop("providerId")

        field_id = d.pop("_id", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[StepFilterDto] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = StepFilterDto.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _configurations = d.pop("configurations", UNSET)
        configurations: ConfigurationsDto | Unset
        if isinstance(_configurations, Unset):
            configurations = UNSET
        else:
            configurations = ConfigurationsDto.from_dict(_configurations)

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        def _parse_deleted_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_by = _parse_deleted_by(d.pop("deletedBy", UNSET))

        integration_response_dto = cls(
            field_environment_id=field_environment_id,
            field_organization_id=field_organization_id,
            active=active,
            channel=channel,
            credentials=credentials,
            identifier=identifier,
            name=name,
            primary=primary,
            provider_id=provider_id,
            field_id=field_id,
            conditions=conditions,
            configurations=configurations,
            deleted=deleted,
            deleted_at=deleted_at,
            deleted_by=deleted_by,
        )

        integration_response_dto.additional_properties = d
        return integration_response_dto

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
