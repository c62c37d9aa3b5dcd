from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_workflow_run_response_dto_delivery_lifecycle_status import (
    GetWorkflowRunResponseDtoDeliveryLifecycleStatus,
)
from ..models.get_workflow_run_response_dto_severity import GetWorkflowRunResponseDtoSeverity
from ..models.get_workflow_run_response_dto_status import GetWorkflowRunResponseDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_workflow_run_response_dto_overrides import GetWorkflowRunResponseDtoOverrides
    from ..models.get_workflow_run_response_dto_payload import GetWorkflowRunResponseDtoPayload
    from ..models.step_run_dto import StepRunDto
    from ..models.topic_response_dto import TopicResponseDto


T = TypeVar("T", bound="GetWorkflowRunResponseDto")


@_attrs_define
class GetWorkflowRunResponseDto:
    """
    Attributes:
        created_at (str):
        critical (bool):
        delivery_lifecycle_status (GetWorkflowRunResponseDtoDeliveryLifecycleStatus):
        environment_id (str):
        id (str):
        internal_subscriber_id (str):
        organization_id (str):
        payload (GetWorkflowRunResponseDtoPayload):
        severity (GetWorkflowRunResponseDtoSeverity):
        status (GetWorkflowRunResponseDtoStatus):
        steps (list[StepRunDto]):
        transaction_id (str):
        trigger_identifier (str):
        updated_at (str):
        workflow_id (str):
        workflow_name (str):
        context_keys (list[str] | Unset):
        overrides (GetWorkflowRunResponseDtoOverrides | Unset):
        subscriber_id (str | Unset):
        topics (list[TopicResponseDto] | Unset):
    """

    created_at: str
    critical: bool
    delivery_lifecycle_status: GetWorkflowRunResponseDtoDeliveryLifecycleStatus
    environment_id: str
    id: str
    internal_subscriber_id: str
    organization_id: str
    payload: GetWorkflowRunResponseDtoPayload
    severity: GetWorkflowRunResponseDtoSeverity
    status: GetWorkflowRunResponseDtoStatus
    steps: list[StepRunDto]
    transaction_id: str
    trigger_identifier: str
    updated_at: str
    workflow_id: str
    workflow_name: str
    context_keys: list[str] | Unset = UNSET
    overrides: GetWorkflowRunResponseDtoOverrides | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    topics: list[TopicResponseDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        critical = self.critical

        delivery_lifecycle_status = self.delivery_lifecycle_status.value

        environment_id = self.environment_id

        id = self.id

        internal_subscriber_id = self.internal_subscriber_id

        organization_id = self.organization_id

        payload = self.payload.to_dict()

        severity = self.severity.value

        status = self.status.value

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        transaction_id = self.transaction_id

        trigger_identifier = self.trigger_identifier

        updated_at = self.updated_at

        workflow_id = self.workflow_id

        workflow_name = self.workflow_name

        context_keys: list[str] | Unset = UNSET
        if not isinstance(self.context_keys, Unset):
            context_keys = self.context_keys

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        subscriber_id = self.subscriber_id

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "critical": critical,
                "deliveryLifecycleStatus": delivery_lifecycle_status,
                "environmentId": environment_id,
                "id": id,
                "internalSubscriberId": internal_subscriber_id,
                "organizationId": organization_id,
                "payload": payload,
                "severity": severity,
                "status": status,
                "steps": steps,
                "transactionId": transaction_id,
                "triggerIdentifier": trigger_identifier,
                "updatedAt": updated_at,
                "workflowId": workflow_id,
                "workflowName": workflow_name,
            }
        )
        if context_keys is not UNSET:
            field_dict["contextKeys"] = context_keys
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if subscriber_id is not UNSET:
            field_dict["subscriberId"] = subscriber_id
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_workflow_run_response_dto_overrides import GetWorkflowRunResponseDtoOverrides  # noqa: PLC0415
        from ..models.get_workflow_run_response_dto_payload import GetWorkflowRunResponseDtoPayload  # noqa: PLC0415
        from ..models.step_run_dto import StepRunDto  # noqa: PLC0415
        from ..models.topic_response_dto import TopicResponseDto  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("createdAt")

        critical = d.pop("critical")

        delivery_lifecycle_status = GetWorkflowRunResponseDtoDeliveryLifecycleStatus.from_wire(
            d.pop("deliveryLifecycleStatus")
        )

        environment_id = d.pop("environmentId")

        id = d.pop("id")

        internal_subscriber_id = d.pop("internalSubscriberId")

        organization_id = d.pop("organizationId")

        payload = GetWorkflowRunResponseDtoPayload.from_dict(d.pop("payload"))

        severity = GetWorkflowRunResponseDtoSeverity.from_wire(d.pop("severity"))

        status = GetWorkflowRunResponseDtoStatus.from_wire(d.pop("status"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = StepRunDto.from_dict(steps_item_data)

            steps.append(steps_item)

        transaction_id = d.pop("transactionId")

        trigger_identifier = d.pop("triggerIdentifier")

        updated_at = d.pop("updatedAt")

        workflow_id = d.pop("workflowId")

        workflow_name = d.pop("workflowName")

        context_keys = cast(list[str], d.pop("contextKeys", UNSET))

        _overrides = d.pop("overrides", UNSET)
        overrides: GetWorkflowRunResponseDtoOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = GetWorkflowRunResponseDtoOverrides.from_dict(_overrides)

        subscriber_id = d.pop("subscriberId", UNSET)

        _topics = d.pop("topics", UNSET)
        topics: list[TopicResponseDto] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = TopicResponseDto.from_dict(topics_item_data)

                topics.append(topics_item)

        get_workflow_run_response_dto = cls(
            created_at=created_at,
            critical=critical,
            delivery_lifecycle_status=delivery_lifecycle_status,
            environment_id=environment_id,
            id=id,
            internal_subscriber_id=internal_subscriber_id,
            organization_id=organization_id,
            payload=payload,
            severity=severity,
            status=status,
            steps=steps,
            transaction_id=transaction_id,
            trigger_identifier=trigger_identifier,
            updated_at=updated_at,
            workflow_id=workflow_id,
            workflow_name=workflow_name,
            context_keys=context_keys,
            overrides=overrides,
            subscriber_id=subscriber_id,
            topics=topics,
        )

        get_workflow_run_response_dto.additional_properties = d
        return get_workflow_run_response_dto

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
