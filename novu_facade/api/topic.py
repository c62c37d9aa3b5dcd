"""TopicApi: topics and their subscribers."""

from __future__ import annotations

import builtins

from novu_facade._core import Api
from novu_facade.dto.topic import PaginatedTopicDto, TopicDto
from novu_facade.errors import NotFoundError

_Ids = builtins.list[str]


def _as_list(subscribers: _Ids | str) -> builtins.list[object]:
    # The legacy SDK wraps anything that is not a list (a tuple included) in a list.
    return list(subscribers) if isinstance(subscribers, list) else [subscribers]


class TopicApi(Api):
    """Topics in Novu: create, list, rename, delete, and manage their subscribers."""

    def list(self, page: int | None = None, limit: int | None = None, key: str | None = None) -> PaginatedTopicDto:
        """One page of topics, optionally filtered by key."""
        body = self._call("topics.list_topics", page=page or None, page_size=None, limit=limit or None, key=key or None)
        return PaginatedTopicDto.from_camel_case(body)

    def create(self, key: str, name: str) -> TopicDto:
        body = self._call("topics.create_topic", body=TopicDto(key, name).to_camel_case())
        return TopicDto.from_camel_case(body["data"])

    def get(self, key: str) -> TopicDto:
        return TopicDto.from_camel_case(self._call("topics.get_topic", topic_key=key)["data"])

    def subscribe(self, key: str, subscribers: _Ids | str) -> tuple[_Ids, dict[str, _Ids]]:
        """Add subscribers; returns (succeeded subscriber ids, {failure reason: subscriber ids})."""
        body = self._call("topics.add_subscribers", topic_key=key, body={"subscribers": _as_list(subscribers)})
        return body["data"].get("succeeded", []), body["data"].get("failed", {})

    def unsubscribe(self, key: str, subscribers: _Ids | str) -> None:
        self._call("topics.remove_subscribers", topic_key=key, body={"subscribers": _as_list(subscribers)})

    def rename(self, key: str, name: str) -> TopicDto:
        return TopicDto.from_camel_case(self._call("topics.rename_topic", topic_key=key, body={"name": name})["data"])

    def delete(self, key: str) -> None:
        self._call("topics.delete_topic", topic_key=key)

    def subscribed(self, key: str, subscriber_id: str) -> bool:
        """Whether the subscriber belongs to the topic (a 404 means it does not)."""
        try:
            self._call("topics.get_topic_subscriber", topic_key=key, external_subscriber_id=subscriber_id)
        except NotFoundError:
            return False
        return True
