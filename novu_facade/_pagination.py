"""The one pager: iterates the items of a page-numbered list, hiding page numbers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

DEFAULT_PAGE_SIZE = 10


T = TypeVar("T")


class PaginationIterator(Generic[T]):
    """Iterator over every item of a paged list; fetches the first page when created.

    `fetch(page, limit)` returns one decoded page body: `{"data": [...], "hasMore"?, "totalCount"?}`.
    Iteration stops when the server says there is no more (`hasMore`, or `totalCount` reached) or a
    page comes back empty.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Any],
        item_class: type[T],
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, not {page_size}")
        self._fetch = fetch
        self._parse: Callable[[dict[str, Any]], T] = item_class.from_camel_case  # type: ignore[attr-defined]
        self._limit = page_size
        self._page = 0
        self._seen = 0
        self._buffer: Iterator[Any] = iter(())
        self._has_more = True
        self._load()

    def _load(self) -> None:
        body = self._fetch(self._page, self._limit)
        self._page += 1
        items = body.get("data") or []
        self._seen += len(items)
        if not items:
            self._has_more = False
        elif "hasMore" in body:
            self._has_more = bool(body["hasMore"])
        else:
            self._has_more = int(body.get("totalCount") or 0) > self._seen
        self._buffer = iter(items)

    def __iter__(self) -> PaginationIterator[T]:
        return self

    def __next__(self) -> T:
        while True:
            for item in self._buffer:
                return self._parse(item)
            if not self._has_more:
                raise StopIteration
            self._load()

    next = __next__
