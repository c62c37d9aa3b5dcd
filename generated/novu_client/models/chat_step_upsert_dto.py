from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_type_enum import StepTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_control_dto import ChatControlDto
    from ..models.chat_step_upsert_dto_control_values_type_1 import ChatStepUpsertDtoControlValuesType1


T = TypeVar("T", bound="ChatStepUpsertDto")


@_attrs_define
class ChatStepUpsertDto:
    """
    Attributes:
        name (str):
        type_ (StepTypeEnum):
        field_id (str | Unset):
        control_values (ChatControlDto | ChatStepUpsertDtoControlValuesType1 | Unset):
        step_id (str | Unset):
    """

    name: str
    type_: StepTypeEnum
    field_id: str | Unset = UNSET
    control_values: ChatControlDto | ChatStepUpsertDtoControlValuesType1 | Unset = UNSET
    step_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_control_dto import ChatControlDto  # noqa: PLC0415

        name = self.name

        type_ = self.type_.value

        field_id = self.field_id

        control_values: dict[str, Any] | Unset
        if isinstance(self.control_values, Unset):
            control_values = UNSET
        elif isinstance(self.control_values, ChatControlDto):
            control_values = self.control_values.to_dict()
        else:
            control_values = self.control_values.to_dict()

        step_id = self.step_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if control_values is not UNSET:
            field_dict["controlValues"] = control_values
        if step_id is not UNSET:
            field_dict["stepId"] = step_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_control_dto import ChatControlDto  # noqa: PLC0415
        from ..models.chat_step_upsert_dto_control_values_type_1 import ChatStepUpsertDtoControlValuesType1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = StepTypeEnum.from_wire(d.pop("type"))

        field_id = d.pop("_id", UNSET)

        def _parse_control_values(data: object) -> ChatControlDto | ChatStepUpsertDtoControlValuesType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_values_type_0 = ChatControlDto.from_dict(data)

                return control_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            control_values_type_1 = ChatStepUpsertDtoControlValuesType1.from_dict(data)

            return control_values_type_1

        control_values = _parse_control_values(d.pop("controlValues", UNSET))

        step_id = d.pop("stepId", UNSET)

        chat_step_upsert_dto = cls(
            name=name,
            type_=type_,
            field_id=field_id,
            control_values=control_values,
            step_id=step_id,
        )

        chat_step_upsert_dto.additional_properties = d
        return chat_step_upsert_dto

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
