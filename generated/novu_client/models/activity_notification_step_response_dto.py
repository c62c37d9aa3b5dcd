from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_template_dto import MessageTemplateDto
    from ..models.step_filter import StepFilter


T = TypeVar("T", bound="ActivityNotificationStepResponseDto")


@_attrs_define
class ActivityNotificationStepResponseDto:
    """
    Attributes:
        field_id (str):
        active (bool):
        filters (StepFilter):
        template (MessageTemplateDto | Unset):
    """

    field_id: str
    active: bool
    filters: StepFilter
    template: MessageTemplateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        active = self.active

        filters = self.filters.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "active": active,
                "filters": filters,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_template_dto import MessageTemplateDto  # noqa: PLC0415
        from ..models.step_filter import StepFilter  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        active = d.pop("active")

        filters = StepFilter.from_dict(d.pop("filters"))

        _template = d.pop("template", UNSET)
        template: MessageTemplateDto | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = MessageTemplateDto.from_dict(_template)

        activity_notification_step_response_dto = cls(
            field_id=field_id,
            active=active,
            filters=filters,
            template=template,
        )

        activity_notification_step_response_dto.additional_properties = d
        return activity_notification_step_response_dto

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
