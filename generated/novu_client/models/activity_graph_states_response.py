from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_graph_states_response_channels_item import ActivityGraphStatesResponseChannelsItem

T = TypeVar("T", bound="ActivityGraphStatesResponse")


@_attrs_define
class ActivityGraphStatesResponse:
    """
    Attributes:
        field_id (str):
        channels (list[ActivityGraphStatesResponseChannelsItem]):
        count (float):
        templates (list[str]):
    """

    field_id: str
    channels: list[ActivityGraphStatesResponseChannelsItem]
    count: float
    templates: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)

        count = self.count

        templates = self.templates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "channels": channels,
                "count": count,
                "templates": templates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = ActivityGraphStatesResponseChannelsItem.from_wire(channels_item_data)

            channels.append(channels_item)

        count = d.pop("count")

        templates = cast(list[str], d.pop("templates"))

        activity_graph_states_response = cls(
            field_id=field_id,
            channels=channels,
            count=count,
            templates=templates,
        )

        activity_graph_states_response.additional_properties = d
        return activity_graph_states_response

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
