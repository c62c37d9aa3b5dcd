"""The one pager: iterates the items of a page-numbered list, hiding page numbers.

`_PageState` holds the paging rules without I/O; `PaginationIterator` drives it with a function
that fetches a page, `AsyncPaginationIterator` with a coroutine function. A page whose body or
items cannot be read raises UnexpectedResponseError (novu_facade._answers) with that page's response.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import httpx

from novu_facade._answers import UNREADABLE, decode, off_spec

DEFAULT_PAGE_SIZE = 10


T = TypeVar("T")


class _PageState(Generic[T]):
    """Which page comes next and whether there is one; the items of the page last read."""

    def __init__(self, item_class: type[T], page_size: int) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, not {page_size}")
        self._item_class = item_class
        self._parse: Callable[[dict[str, Any]], T] = item_class.from_camel_case  # type: ignore[attr-defined]
        self._limit = page_size
        self._page = 0
        self._seen = 0
        self._buffer: Iterator[Any] = iter(())
        self._has_more = True
        self._response: httpx.Response | None = None

    def _accept(self, response: httpx.Response) -> None:
        """Take one page: `{"data": [...], "hasMore"?, "totalCount"?}`.

        There is no more when the server says so (`hasMore`, or `totalCount` reached) or a page
        comes back empty. A page that cannot be read counts as not read: iterating on fetches it again.
        """
        body = decode(response)
        try:
            items = body["data"]
            if not isinstance(items, list):
                raise TypeError(f"'data' is {type(items).__name__}, not a list")
            seen = self._seen + len(items)
            if not items:
                has_more = False
            elif "hasMore" in body:
                has_more = bool(body["hasMore"])
            else:
                has_more = int(body.get("totalCount") or 0) > seen
        except UNREADABLE as exc:
            raise self._unreadable(response, exc) from exc
        self._page += 1
        self._seen = seen
        self._has_more = has_more
        self._buffer = iter(items)
        self._response = response

    def _unreadable(self, response: httpx.Response | None, exc: Exception) -> Exception:
        assert response is not None  # items come from an accepted page
        return off_spec(response, f"a page of {self._item_class.__name__}", exc)


class PaginationIterator(_PageState[T]):
    """Iterator over every item of a paged list; fetches the first page when created.

    `fetch(page, limit)` returns one page's response.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], httpx.Response],
        item_class: type[T],
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        super().__init__(item_class, page_size)
        self._fetch = fetch
        self._load()

    def _load(self) -> None:
        self._accept(self._fetch(self._page, self._limit))

    def __iter__(self) -> PaginationIterator[T]:
        return self

    def __next__(self) -> T:
        while True:
            for item in self._buffer:
                try:
                    return self._parse(item)
                except UNREADABLE as exc:
                    raise self._unreadable(self._response, exc) from exc
            if not self._has_more:
                raise StopIteration
            self._load()

    next = __next__


class AsyncPaginationIterator(_PageState[T]):
    """Async iterator over every item of a paged list: `async for item in api.stream(): ...`.

    `fetch(page, limit)` is a coroutine function returning one page's response. The first page is
    fetched on the first `__anext__`, or right away with `iterator = await api.stream()`, which
    raises the first page's error at the call as the sync `stream()` does.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[httpx.Response]],
        item_class: type[T],
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> None:
        super().__init__(item_class, page_size)
        self._fetch = fetch

    async def _load(self) -> None:
        self._accept(await self._fetch(self._page, self._limit))

    async def _first_page(self) -> AsyncPaginationIterator[T]:
        if self._page == 0:
            await self._load()
        return self

    def __await__(self) -> Generator[Any, None, AsyncPaginationIterator[T]]:
        return self._first_page().__await__()

    def __aiter__(self) -> AsyncPaginationIterator[T]:
        return self

    async def __anext__(self) -> T:
        while True:
            for item in self._buffer:
                try:
                    return self._parse(item)
                except UNREADABLE as exc:
                    raise self._unreadable(self._response, exc) from exc
            if not self._has_more:
                raise StopAsyncIteration
            await self._load()
