from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_origin_enum import ResourceOriginEnum
from ..models.step_type_enum import StepTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_control_dto import ChatControlDto
    from ..models.chat_controls_metadata_response_dto import ChatControlsMetadataResponseDto
    from ..models.chat_step_response_dto_variables import ChatStepResponseDtoVariables
    from ..models.step_issues_dto import StepIssuesDto


T = TypeVar("T", bound="ChatStepResponseDto")


@_attrs_define
class ChatStepResponseDto:
    """
    Attributes:
        field_id (str):
        controls (ChatControlsMetadataResponseDto):
        name (str):
        origin (ResourceOriginEnum):
        slug (str):
        step_id (str):
        type_ (StepTypeEnum):
        variables (ChatStepResponseDtoVariables):
        workflow_database_id (str):
        workflow_id (str):
        control_values (ChatControlDto | Unset):
        issues (StepIssuesDto | Unset):
        step_resolver_hash (str | Unset):
    """

    field_id: str
    controls: ChatControlsMetadataResponseDto
    name: str
    origin: ResourceOriginEnum
    slug: str
    step_id: str
    type_: StepTypeEnum
    variables: ChatStepResponseDtoVariables
    workflow_database_id: str
    workflow_id: str
    control_values: ChatControlDto | Unset = UNSET
    issues: StepIssuesDto | Unset = UNSET
    step_resolver_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        controls = self.controls.to_dict()

        name = self.name

        origin = self.origin.value

        slug = self.slug

        step_id = self.step_id

        type_ = self.type_.value

        variables = self.variables.to_dict()

        workflow_database_id = self.workflow_database_id

        workflow_id = self.workflow_id

        control_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_values, Unset):
            control_values = self.control_values.to_dict()

        issues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues.to_dict()

        step_resolver_hash = self.step_resolver_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "controls": controls,
                "name": name,
                "origin": origin,
                "slug": slug,
                "stepId": step_id,
                "type": type_,
                "variables": variables,
                "workflowDatabaseId": workflow_database_id,
                "workflowId": workflow_id,
            }
        )
        if control_values is not UNSET:
            field_dict["controlValues"] = control_values
        if issues is not UNSET:
            field_dict["issues"] = issues
        if step_resolver_hash is not UNSET:
            field_dict["stepResolverHash"] = step_resolver_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_control_dto import ChatControlDto  # noqa: PLC0415
        from ..models.chat_controls_metadata_response_dto import ChatControlsMetadataResponseDto  # noqa: PLC0415
        from ..models.chat_step_response_dto_variables import ChatStepResponseDtoVariables  # noqa: PLC0415
        from ..models.step_issues_dto import StepIssuesDto  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        controls = ChatControlsMetadataResponseDto.from_dict(d.pop("controls"))

        name = d.pop("name")

        origin = ResourceOriginEnum.from_wire(d.pop("origin"))

        slug = d.pop("slug")

        step_id = d.pop("stepId")

        type_ = StepTypeEnum.from_wire(d.pop("type"))

        variables = ChatStepResponseDtoVariables.from_dict(d.pop("variables"))

        workflow_database_id = d.pop("workflowDatabaseId")

        workflow_id = d.pop("workflowId")

        _control_values = d.pop("controlValues", UNSET)
        control_values: ChatControlDto | Unset
        if isinstance(_control_values, Unset):
            control_values = UNSET
        else:
            control_values = ChatControlDto.from_dict(_control_values)

        _issues = d.pop("issues", UNSET)
        issues: StepIssuesDto | Unset
        if isinstance(_issues, Unset):
            issues = UNSET
        else:
            issues = StepIssuesDto.from_dict(_issues)

        step_resolver_hash = d.pop("stepResolverHash", UNSET)

        chat_step_response_dto = cls(
            field_id=field_id,
            controls=controls,
            name=name,
            origin=origin,
            slug=slug,
            step_id=step_id,
            type_=type_,
            variables=variables,
            workflow_database_id=workflow_database_id,
            workflow_id=workflow_id,
            control_values=control_values,
            issues=issues,
            step_resolver_hash=step_resolver_hash,
        )

        chat_step_response_dto.additional_properties = d
        return chat_step_response_dto

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
