from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_topic_subscriptions_request_dto_context import CreateTopicSubscriptionsRequestDtoContext
    from ..models.group_preference_filter_dto import GroupPreferenceFilterDto
    from ..models.topic_subscriber_identifier_dto import TopicSubscriberIdentifierDto
    from ..models.workflow_preference_request_dto import WorkflowPreferenceRequestDto


T = TypeVar("T", bound="CreateTopicSubscriptionsRequestDto")


@_attrs_define
class CreateTopicSubscriptionsRequestDto:
    """
    Attributes:
        context (CreateTopicSubscriptionsRequestDtoContext | Unset):
        name (str | Unset):
        preferences (list[GroupPreferenceFilterDto | str | WorkflowPreferenceRequestDto] | Unset):
        subscriber_ids (list[str] | Unset):
        subscriptions (list[str | TopicSubscriberIdentifierDto] | Unset):
    """

    context: CreateTopicSubscriptionsRequestDtoContext | Unset = UNSET
    name: str | Unset = UNSET
    preferences: list[GroupPreferenceFilterDto | str | WorkflowPreferenceRequestDto] | Unset = UNSET
    subscriber_ids: list[str] | Unset = UNSET
    subscriptions: list[str | TopicSubscriberIdentifierDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_preference_filter_dto import GroupPreferenceFilterDto  # noqa: PLC0415
        from ..models.topic_subscriber_identifier_dto import TopicSubscriberIdentifierDto  # noqa: PLC0415
        from ..models.workflow_preference_request_dto import WorkflowPreferenceRequestDto  # noqa: PLC0415

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        name = self.name

        preferences: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = []
            for preferences_item_data in self.preferences:
                preferences_item: dict[str, Any] | str
                if isinstance(preferences_item_data, WorkflowPreferenceRequestDto):
                    preferences_item = preferences_item_data.to_dict()
                elif isinstance(preferences_item_data, GroupPreferenceFilterDto):
                    preferences_item = preferences_item_data.to_dict()
                else:
                    preferences_item = preferences_item_data
                preferences.append(preferences_item)

        subscriber_ids: list[str] | Unset = UNSET
        if not isinstance(self.subscriber_ids, Unset):
            subscriber_ids = self.subscriber_ids

        subscriptions: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item: dict[str, Any] | str
                if isinstance(subscriptions_item_data, TopicSubscriberIdentifierDto):
                    subscriptions_item = subscriptions_item_data.to_dict()
                else:
                    subscriptions_item = subscriptions_item_data
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if name is not UNSET:
            field_dict["name"] = name
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if subscriber_ids is not UNSET:
            field_dict["subscriberIds"] = subscriber_ids
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_topic_subscriptions_request_dto_context import CreateTopicSubscriptionsRequestDtoContext  # noqa: PLC0415
        from ..models.group_preference_filter_dto import GroupPreferenceFilterDto  # noqa: PLC0415
        from ..models.topic_subscriber_identifier_dto import TopicSubscriberIdentifierDto  # noqa: PLC0415
        from ..models.workflow_preference_request_dto import WorkflowPreferenceRequestDto  # noqa: PLC0415

        d = dict(src_dict)
        _context = d.pop("context", UNSET)
        context: CreateTopicSubscriptionsRequestDtoContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = CreateTopicSubscriptionsRequestDtoContext.from_dict(_context)

        name = d.pop("name", UNSET)

        _preferences = d.pop("preferences", UNSET)
        preferences: list[GroupPreferenceFilterDto | str | WorkflowPreferenceRequestDto] | Unset = UNSET
        if _preferences is not UNSET:
            preferences = []
            for preferences_item_data in _preferences:

                def _parse_preferences_item(
                    data: object,
                ) -> GroupPreferenceFilterDto | str | WorkflowPreferenceRequestDto:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        preferences_item_type_1 = WorkflowPreferenceRequestDto.from_dict(data)

                        return preferences_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        preferences_item_type_2 = GroupPreferenceFilterDto.from_dict(data)

                        return preferences_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(GroupPreferenceFilterDto | str | WorkflowPreferenceRequestDto, data)

                preferences_item = _parse_preferences_item(preferences_item_data)

                preferences.append(preferences_item)

        subscriber_ids = cast(list[str], d.pop("subscriberIds", UNSET))

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[str | TopicSubscriberIdentifierDto] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:

                def _parse_subscriptions_item(data: object) -> str | TopicSubscriberIdentifierDto:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        subscriptions_item_type_1 = TopicSubscriberIdentifierDto.from_dict(data)

                        return subscriptions_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | TopicSubscriberIdentifierDto, data)

                subscriptions_item = _parse_subscriptions_item(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        create_topic_subscriptions_request_dto = cls(
            context=context,
            name=name,
            preferences=preferences,
            subscriber_ids=subscriber_ids,
            subscriptions=subscriptions,
        )

        create_topic_subscriptions_request_dto.additional_properties = d
        return create_topic_subscriptions_request_dto

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
