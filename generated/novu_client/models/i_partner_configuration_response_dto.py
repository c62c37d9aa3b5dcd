from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.i_partner_configuration_response_dto_partner_type import IPartnerConfigurationResponseDtoPartnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IPartnerConfigurationResponseDto")


@_attrs_define
class IPartnerConfigurationResponseDto:
    """
    Attributes:
        access_token (str):
        configuration_id (str):
        partner_type (IPartnerConfigurationResponseDtoPartnerType):
        project_ids (list[str] | Unset):
        team_id (str | Unset):
    """

    access_token: str
    configuration_id: str
    partner_type: IPartnerConfigurationResponseDtoPartnerType
    project_ids: list[str] | Unset = UNSET
    team_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        configuration_id = self.configuration_id

        partner_type = self.partner_type.value

        project_ids: list[str] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids

        team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "configurationId": configuration_id,
                "partnerType": partner_type,
            }
        )
        if project_ids is not UNSET:
            field_dict["projectIds"] = project_ids
        if team_id is not UNSET:
            field_dict["teamId"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("accessToken")

        configuration_id = d.pop("configurationId")

        partner_type = IPartnerConfigurationResponseDtoPartnerType.from_wire(d.pop("partnerType"))

        project_ids = cast(list[str], d.pop("projectIds", UNSET))

        team_id = d.pop("teamId", UNSET)

        i_partner_configuration_response_dto = cls(
            access_token=access_token,
            configuration_id=configuration_id,
            partner_type=partner_type,
            project_ids=project_ids,
            team_id=team_id,
        )

        i_partner_configuration_response_dto.additional_properties = d
        return i_partner_configuration_response_dto

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
