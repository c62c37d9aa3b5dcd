from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bridge_configuration_dto import BridgeConfigurationDto
    from ..models.in_bound_parse_domain_dto import InBoundParseDomainDto


T = TypeVar("T", bound="UpdateEnvironmentRequestDto")


@_attrs_define
class UpdateEnvironmentRequestDto:
    """
    Attributes:
        bridge (BridgeConfigurationDto | Unset):
        color (str | Unset):
        dns (InBoundParseDomainDto | Unset):
        identifier (str | Unset):
        name (str | Unset):
        parent_id (str | Unset):
    """

    bridge: BridgeConfigurationDto | Unset = UNSET
    color: str | Unset = UNSET
    dns: InBoundParseDomainDto | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bridge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bridge, Unset):
            bridge = self.bridge.to_dict()

        color = self.color

        dns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dns, Unset):
            dns = self.dns.to_dict()

        identifier = self.identifier

        name = self.name

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bridge is not UNSET:
            field_dict["bridge"] = bridge
        if color is not UNSET:
            field_dict["color"] = color
        if dns is not UNSET:
            field_dict["dns"] = dns
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bridge_configuration_dto import BridgeConfigurationDto  # noqa: PLC0415
        from ..models.in_bound_parse_domain_dto import InBoundParseDomainDto  # noqa: PLC0415

        d = dict(src_dict)
        _bridge = d.pop("bridge", UNSET)
        bridge: BridgeConfigurationDto | Unset
        if isinstance(_bridge, Unset):
            bridge = UNSET
        else:
            bridge = BridgeConfigurationDto.from_dict(_bridge)

        color = d.pop("color", UNSET)

        _dns = d.pop("dns", UNSET)
        dns: InBoundParseDomainDto | Unset
        if isinstance(_dns, Unset):
            dns = UNSET
        else:
            dns = InBoundParseDomainDto.from_dict(_dns)

        identifier = d.pop("identifier", UNSET)

        name = d.pop("name", UNSET)

        parent_id = d.pop("parentId", UNSET)

        update_environment_request_dto = cls(
            bridge=bridge,
            color=color,
            dns=dns,
            identifier=identifier,
            name=name,
            parent_id=parent_id,
        )

        update_environment_request_dto.additional_properties = d
        return update_environment_request_dto

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
