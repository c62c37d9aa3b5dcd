"""TopicApi: topics and their subscribers."""

from __future__ import annotations

import builtins

from novu_facade._core import Api, Call, Plan, endpoint
from novu_facade.dto.topic import PaginatedTopicDto, TopicDto
from novu_facade.errors import NotFoundError

_Ids = builtins.list[str]


def _as_list(subscribers: _Ids | str) -> builtins.list[object]:
    # The legacy SDK wraps anything that is not a list (a tuple included) in a list.
    return list(subscribers) if isinstance(subscribers, list) else [subscribers]


class TopicApi(Api):
    """Topics in Novu: create, list, rename, delete, and manage their subscribers."""

    @endpoint
    def list(
        self, page: int | None = None, limit: int | None = None, key: str | None = None
    ) -> Plan[PaginatedTopicDto]:
        """One page of topics, optionally filtered by key.

        Args:
            page: Page number to fetch.
            limit: Number of topics per page.
            key: Only the topic with this key.
        """
        body = yield Call("topics.list_topics", page=page or None, page_size=None, limit=limit or None, key=key or None)
        return PaginatedTopicDto.from_camel_case(body)

    @endpoint
    def create(self, key: str, name: str) -> Plan[TopicDto]:
        """Create a topic.

        Args:
            key: The key that names the topic in triggers.
            name: Its display name.
        """
        body = yield Call("topics.create_topic", body=TopicDto(key, name).to_camel_case())
        return TopicDto.from_camel_case(body["data"])

    @endpoint
    def get(self, key: str) -> Plan[TopicDto]:
        """Fetch one topic, with the ids of its subscribers.

        Args:
            key: The topic's key.
        """
        body = yield Call("topics.get_topic", topic_key=key)
        return TopicDto.from_camel_case(body["data"])

    @endpoint
    def subscribe(self, key: str, subscribers: _Ids | str) -> Plan[tuple[_Ids, dict[str, _Ids]]]:
        """Add subscribers; returns (succeeded subscriber ids, {failure reason: subscriber ids}).

        Args:
            key: The topic's key.
            subscribers: One subscriber id or a list of them.
        """
        body = yield Call("topics.add_subscribers", topic_key=key, body={"subscribers": _as_list(subscribers)})
        return body["data"].get("succeeded", []), body["data"].get("failed", {})

    @endpoint
    def unsubscribe(self, key: str, subscribers: _Ids | str) -> Plan[None]:
        """Remove subscribers from a topic.

        Args:
            key: The topic's key.
            subscribers: One subscriber id or a list of them.
        """
        yield Call("topics.remove_subscribers", topic_key=key, body={"subscribers": _as_list(subscribers)})

    @endpoint
    def rename(self, key: str, name: str) -> Plan[TopicDto]:
        """Give a topic a new name (its key stays).

        Args:
            key: The topic's key.
            name: Its new name.
        """
        body = yield Call("topics.rename_topic", topic_key=key, body={"name": name})
        return TopicDto.from_camel_case(body["data"])

    @endpoint
    def delete(self, key: str) -> Plan[None]:
        """Delete a topic; the server refuses while it has subscribers.

        Args:
            key: The topic's key.
        """
        yield Call("topics.delete_topic", topic_key=key)

    @endpoint
    def subscribed(self, key: str, subscriber_id: str) -> Plan[bool]:
        """Whether the subscriber belongs to the topic (a 404 means it does not).

        Args:
            key: The topic's key.
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
        """
        try:
            yield Call("topics.get_topic_subscriber", topic_key=key, external_subscriber_id=subscriber_id)
        except NotFoundError:
            return False
        return True
