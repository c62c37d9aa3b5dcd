from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_response_dto_type import EnvironmentResponseDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key_dto import ApiKeyDto


T = TypeVar("T", bound="EnvironmentResponseDto")


@_attrs_define
class EnvironmentResponseDto:
    """
    Attributes:
        field_id (str):
        field_organization_id (str):
        identifier (str):
        name (str):
        field_parent_id (str | Unset):
        api_keys (list[ApiKeyDto] | Unset):
        slug (str | Unset):
        type_ (EnvironmentResponseDtoType | None | Unset):
    """

    field_id: str
    field_organization_id: str
    identifier: str
    name: str
    field_parent_id: str | Unset = UNSET
    api_keys: list[ApiKeyDto] | Unset = UNSET
    slug: str | Unset = UNSET
    type_: EnvironmentResponseDtoType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_organization_id = self.field_organization_id

        identifier = self.identifier

        name = self.name

        field_parent_id = self.field_parent_id

        api_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        slug = self.slug

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EnvironmentResponseDtoType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_organizationId": field_organization_id,
                "identifier": identifier,
                "name": name,
            }
        )
        if field_parent_id is not UNSET:
            field_dict["_parentId"] = field_parent_id
        if api_keys is not UNSET:
            field_dict["apiKeys"] = api_keys
        if slug is not UNSET:
            field_dict["slug"] = slug
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key_dto import ApiKeyDto  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        field_organization_id = d.pop("_organizationId")

        identifier = d.pop("identifier")

        name = d.pop("name")

        field_parent_id = d.pop("_parentId", UNSET)

        _api_keys = d.pop("apiKeys", UNSET)
        api_keys: list[ApiKeyDto] | Unset = UNSET
        if _api_keys is not UNSET:
            api_keys = []
            for api_keys_item_data in _api_keys:
                api_keys_item = ApiKeyDto.from_dict(api_keys_item_data)

                api_keys.append(api_keys_item)

        slug = d.pop("slug", UNSET)

        def _parse_type_(data: object) -> EnvironmentResponseDtoType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = EnvironmentResponseDtoType.from_wire(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentResponseDtoType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        environment_response_dto = cls(
            field_id=field_id,
            field_organization_id=field_organization_id,
            identifier=identifier,
            name=name,
            field_parent_id=field_parent_id,
            api_keys=api_keys,
            slug=slug,
            type_=type_,
        )

        environment_response_dto.additional_properties = d
        return environment_response_dto

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
