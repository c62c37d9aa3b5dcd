"""FeedApi: in-app notification feeds."""

from __future__ import annotations

from collections.abc import Iterable

from novu_facade._core import Api, Call, Plan, endpoint, lazy_endpoint
from novu_facade.dto.feed import FeedDto


class FeedApi(Api):
    """List, create and delete feeds."""

    @lazy_endpoint
    def list(self) -> Plan[Iterable[FeedDto]]:
        """Every feed; the request is sent when iteration starts."""
        body = yield Call("feeds.get_feeds")
        return (FeedDto.from_camel_case(item) for item in body["data"])

    @endpoint
    def create(self, name: str) -> Plan[FeedDto]:
        """Create a feed.

        Args:
            name: Name of the new feed.
        """
        body = yield Call("feeds.create_feed", body={"name": name})
        return FeedDto.from_camel_case(body["data"])

    @endpoint
    def delete(self, feed_id: str) -> Plan[None]:
        """Delete a feed by its internal id (`_id`).

        Args:
            feed_id: Novu's internal id of the feed (`_id`).
        """
        yield Call("feeds.delete_feed_by_id", feed_id=feed_id)
