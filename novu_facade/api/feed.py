"""FeedApi: in-app notification feeds."""

from __future__ import annotations

from collections.abc import Iterator

from novu_facade._core import Api
from novu_facade.dto.feed import FeedDto


class FeedApi(Api):
    """List, create and delete feeds."""

    def list(self) -> Iterator[FeedDto]:
        """Every feed; the request is sent when iteration starts."""
        for item in self._call("feeds.get_feeds")["data"]:
            yield FeedDto.from_camel_case(item)

    def create(self, name: str) -> FeedDto:
        return FeedDto.from_camel_case(self._call("feeds.create_feed", body={"name": name})["data"])

    def delete(self, feed_id: str) -> None:
        """Delete a feed by its internal id (`_id`)."""
        self._call("feeds.delete_feed_by_id", feed_id=feed_id)
