from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_layout_response_dto_channel import UpdateLayoutResponseDtoChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_layout_response_dto_variables_item import UpdateLayoutResponseDtoVariablesItem


T = TypeVar("T", bound="UpdateLayoutResponseDto")


@_attrs_define
class UpdateLayoutResponseDto:
    """
    Attributes:
        field_creator_id (str):
        field_environment_id (str):
        field_organization_id (str):
        channel (UpdateLayoutResponseDtoChannel):
        content (str):
        content_type (str):
        identifier (str):
        is_default (bool):
        is_deleted (bool):
        name (str):
        field_id (str | Unset):
        field_parent_id (str | Unset):
        created_at (str | Unset):
        description (str | Unset):
        updated_at (str | Unset):
        variables (list[UpdateLayoutResponseDtoVariablesItem] | Unset):
    """

    field_creator_id: str
    field_environment_id: str
    field_organization_id: str
    channel: UpdateLayoutResponseDtoChannel
    content: str
    content_type: str
    identifier: str
    is_default: bool
    is_deleted: bool
    name: str
    field_id: str | Unset = UNSET
    field_parent_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    variables: list[UpdateLayoutResponseDtoVariablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_creator_id = self.field_creator_id

        field_environment_id = self.field_environment_id

        field_organization_id = self.field_organization_id

        channel = self.channel.value

        content = self.content

        content_type = self.content_type

        identifier = self.identifier

        is_default = self.is_default

        is_deleted = self.is_deleted

        name = self.name

        field_id = self.field_id

        field_parent_id = self.field_parent_id

        created_at = self.created_at

        description = self.description

        updated_at = self.updated_at

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_creatorId": field_creator_id,
                "_environmentId": field_environment_id,
                "_organizationId": field_organization_id,
                "channel": channel,
                "content": content,
                "contentType": content_type,
                "identifier": identifier,
                "isDefault": is_default,
                "isDeleted": is_deleted,
                "name": name,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_parent_id is not UNSET:
            field_dict["_parentId"] = field_parent_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_layout_response_dto_variables_item import UpdateLayoutResponseDtoVariablesItem  # noqa: PLC0415

        d = dict(src_dict)
        field_creator_id = d.pop("_creatorId")

        field_environment_id = d.pop("_environmentId")

        field_organization_id = d.pop("_organizationId")

        channel = UpdateLayoutResponseDtoChannel.from_wire(d.pop("channel"))

        content = d.pop("content")

        content_type = d.pop("contentType")

        identifier = d.pop("identifier")

        is_default = d.pop("isDefault")

        is_deleted = d.pop("isDeleted")

        name = d.pop("name")

        field_id = d.pop("_id", UNSET)

        field_parent_id = d.pop("_parentId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        description = d.pop("description", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: list[UpdateLayoutResponseDtoVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = UpdateLayoutResponseDtoVariablesItem.from_dict(variables_item_data)

                variables.append(variables_item)

        update_layout_response_dto = cls(
            field_creator_id=field_creator_id,
            field_environment_id=field_environment_id,
            field_organization_id=field_organization_id,
            channel=channel,
            content=content,
            content_type=content_type,
            identifier=identifier,
            is_default=is_default,
            is_deleted=is_deleted,
            name=name,
            field_id=field_id,
            field_parent_id=field_parent_id,
            created_at=created_at,
            description=description,
            updated_at=updated_at,
            variables=variables,
        )

        update_layout_response_dto.additional_properties = d
        return update_layout_response_dto

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
