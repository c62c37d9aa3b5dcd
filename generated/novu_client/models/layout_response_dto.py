from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_origin_enum import ResourceOriginEnum
from ..models.resource_type_enum import ResourceTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.layout_controls_dto import LayoutControlsDto
    from ..models.layout_response_dto_variables_type_0 import LayoutResponseDtoVariablesType0
    from ..models.user_response_dto import UserResponseDto


T = TypeVar("T", bound="LayoutResponseDto")


@_attrs_define
class LayoutResponseDto:
    """
    Attributes:
        field_id (str):
        controls (LayoutControlsDto):
        created_at (str):
        is_default (bool):
        is_translation_enabled (bool):
        layout_id (str):
        name (str):
        origin (ResourceOriginEnum):
        slug (str):
        type_ (ResourceTypeEnum):
        updated_at (str):
        updated_by (None | Unset | UserResponseDto):
        variables (LayoutResponseDtoVariablesType0 | None | Unset):
    """

    field_id: str
    controls: LayoutControlsDto
    created_at: str
    is_default: bool
    is_translation_enabled: bool
    layout_id: str
    name: str
    origin: ResourceOriginEnum
    slug: str
    type_: ResourceTypeEnum
    updated_at: str
    updated_by: None | Unset | UserResponseDto = UNSET
    variables: LayoutResponseDtoVariablesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.layout_response_dto_variables_type_0 import LayoutResponseDtoVariablesType0  # noqa: PLC0415
        from ..models.user_response_dto import UserResponseDto  # noqa: PLC0415

        field_id = self.field_id

        controls = self.controls.to_dict()

        created_at = self.created_at

        is_default = self.is_default

        is_translation_enabled = self.is_translation_enabled

        layout_id = self.layout_id

        name = self.name

        origin = self.origin.value

        slug = self.slug

        type_ = self.type_.value

        updated_at = self.updated_at

        updated_by: dict[str, Any] | None | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        elif isinstance(self.updated_by, UserResponseDto):
            updated_by = self.updated_by.to_dict()
        else:
            updated_by = self.updated_by

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, LayoutResponseDtoVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "controls": controls,
                "createdAt": created_at,
                "isDefault": is_default,
                "isTranslationEnabled": is_translation_enabled,
                "layoutId": layout_id,
                "name": name,
                "origin": origin,
                "slug": slug,
                "type": type_,
                "updatedAt": updated_at,
            }
        )
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.layout_controls_dto import LayoutControlsDto  # noqa: PLC0415
        from ..models.layout_response_dto_variables_type_0 import LayoutResponseDtoVariablesType0  # noqa: PLC0415
        from ..models.user_response_dto import UserResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        controls = LayoutControlsDto.from_dict(d.pop("controls"))

        created_at = d.pop("createdAt")

        is_default = d.pop("isDefault")

        is_translation_enabled = d.pop("isTranslationEnabled")

        layout_id = d.pop("layoutId")

        name = d.pop("name")

        origin = ResourceOriginEnum.from_wire(d.pop("origin"))

        slug = d.pop("slug")

        type_ = ResourceTypeEnum.from_wire(d.pop("type"))

        updated_at = d.pop("updatedAt")

        def _parse_updated_by(data: object) -> None | Unset | UserResponseDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                updated_by_type_1 = UserResponseDto.from_dict(data)

                return updated_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserResponseDto, data)

        updated_by = _parse_updated_by(d.pop("updatedBy", UNSET))

        def _parse_variables(data: object) -> LayoutResponseDtoVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = LayoutResponseDtoVariablesType0.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LayoutResponseDtoVariablesType0 | None | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        layout_response_dto = cls(
            field_id=field_id,
            controls=controls,
            created_at=created_at,
            is_default=is_default,
            is_translation_enabled=is_translation_enabled,
            layout_id=layout_id,
            name=name,
            origin=origin,
            slug=slug,
            type_=type_,
            updated_at=updated_at,
            updated_by=updated_by,
            variables=variables,
        )

        layout_response_dto.additional_properties = d
        return layout_response_dto

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
