from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_preference_dto_condition import SubscriptionPreferenceDtoCondition
    from ..models.workflow_dto import WorkflowDto


T = TypeVar("T", bound="SubscriptionPreferenceDto")


@_attrs_define
class SubscriptionPreferenceDto:
    """
    Attributes:
        enabled (bool):
        subscription_id (str):
        condition (SubscriptionPreferenceDtoCondition | Unset):
        workflow (None | Unset | WorkflowDto):
    """

    enabled: bool
    subscription_id: str
    condition: SubscriptionPreferenceDtoCondition | Unset = UNSET
    workflow: None | Unset | WorkflowDto = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_dto import WorkflowDto  # noqa: PLC0415

        enabled = self.enabled

        subscription_id = self.subscription_id

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, WorkflowDto):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "subscriptionId": subscription_id,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_preference_dto_condition import SubscriptionPreferenceDtoCondition  # noqa: PLC0415
        from ..models.workflow_dto import WorkflowDto  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled")

        subscription_id = d.pop("subscriptionId")

        _condition = d.pop("condition", UNSET)
        condition: SubscriptionPreferenceDtoCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = SubscriptionPreferenceDtoCondition.from_dict(_condition)

        def _parse_workflow(data: object) -> None | Unset | WorkflowDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_type_1 = WorkflowDto.from_dict(data)

                return workflow_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowDto, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))

        subscription_preference_dto = cls(
            enabled=enabled,
            subscription_id=subscription_id,
            condition=condition,
            workflow=workflow,
        )

        subscription_preference_dto.additional_properties = d
        return subscription_preference_dto

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
