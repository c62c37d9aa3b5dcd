from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_dto import ActionDto
    from ..models.in_app_control_dto_data import InAppControlDtoData
    from ..models.in_app_control_dto_skip import InAppControlDtoSkip
    from ..models.redirect_dto import RedirectDto


T = TypeVar("T", bound="InAppControlDto")


@_attrs_define
class InAppControlDto:
    """
    Attributes:
        avatar (str | Unset):
        body (str | Unset):
        data (InAppControlDtoData | Unset):
        disable_output_sanitization (bool | Unset):  Default: False.
        primary_action (ActionDto | Unset):
        redirect (RedirectDto | Unset):
        secondary_action (ActionDto | Unset):
        skip (InAppControlDtoSkip | Unset):
        subject (str | Unset):
    """

    avatar: str | Unset = UNSET
    body: str | Unset = UNSET
    data: InAppControlDtoData | Unset = UNSET
    disable_output_sanitization: bool | Unset = False
    primary_action: ActionDto | Unset = UNSET
    redirect: RedirectDto | Unset = UNSET
    secondary_action: ActionDto | Unset = UNSET
    skip: InAppControlDtoSkip | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar = self.avatar

        body = self.body

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        disable_output_sanitization = self.disable_output_sanitization

        primary_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_action, Unset):
            primary_action = self.primary_action.to_dict()

        redirect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect, Unset):
            redirect = self.redirect.to_dict()

        secondary_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary_action, Unset):
            secondary_action = self.secondary_action.to_dict()

        skip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = self.skip.to_dict()

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if body is not UNSET:
            field_dict["body"] = body
        if data is not UNSET:
            field_dict["data"] = data
        if disable_output_sanitization is not UNSET:
            field_dict["disableOutputSanitization"] = disable_output_sanitization
        if primary_action is not UNSET:
            field_dict["primaryAction"] = primary_action
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if secondary_action is not UNSET:
            field_dict["secondaryAction"] = secondary_action
        if skip is not UNSET:
            field_dict["skip"] = skip
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_dto import ActionDto  # noqa: PLC0415
        from ..models.in_app_control_dto_data import InAppControlDtoData  # noqa: PLC0415
        from ..models.in_app_control_dto_skip import InAppControlDtoSkip  # noqa: PLC0415
        from ..models.redirect_dto import RedirectDto  # noqa: PLC0415

        d = dict(src_dict)
        avatar = d.pop("avatar", UNSET)

        body = d.pop("body", UNSET)

        _data = d.pop("data", UNSET)
        data: InAppControlDtoData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = InAppControlDtoData.from_dict(_data)

        disable_output_sanitization = d.pop("disableOutputSanitization", UNSET)

        _primary_action = d.pop("primaryAction", UNSET)
        primary_action: ActionDto | Unset
        if isinstance(_primary_action, Unset):
            primary_action = UNSET
        else:
            primary_action = ActionDto.from_dict(_primary_action)

        _redirect = d.pop("redirect", UNSET)
        redirect: RedirectDto | Unset
        if isinstance(_redirect, Unset):
            redirect = UNSET
        else:
            redirect = RedirectDto.from_dict(_redirect)

        _secondary_action = d.pop("secondaryAction", UNSET)
        secondary_action: ActionDto | Unset
        if isinstance(_secondary_action, Unset):
            secondary_action = UNSET
        else:
            secondary_action = ActionDto.from_dict(_secondary_action)

        _skip = d.pop("skip", UNSET)
        skip: InAppControlDtoSkip | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        else:
            skip = InAppControlDtoSkip.from_dict(_skip)

        subject = d.pop("subject", UNSET)

        in_app_control_dto = cls(
            avatar=avatar,
            body=body,
            data=data,
            disable_output_sanitization=disable_output_sanitization,
            primary_action=primary_action,
            redirect=redirect,
            secondary_action=secondary_action,
            skip=skip,
            subject=subject,
        )

        in_app_control_dto.additional_properties = d
        return in_app_control_dto

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
