"""The one pager: iterates the items of a list fetched page by page, hiding how pages are reached.

`_PageState` holds the paging rules of the legacy classes' page-numbered lists without I/O;
`PaginationIterator` drives it with a function that fetches a page, `AsyncPaginationIterator` with
a coroutine function. A page whose body or items cannot be read raises UnexpectedResponseError
(novu_facade._answers) with that page's response.

The modern client (`novu_facade.Novu`) lists the same way over typed pages: a `ListRule` says how
the next page is reached from one already read (a cursor, a page number or an offset: `Cursors`,
`PageNumbers`, `Offsets`), `ListPager` and `AsyncListPager` drive it lazily. Both kinds stop on the
same evidence (`more_after`): the server says there is no more, its total is reached, or a page
comes back empty.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import httpx

from novu_facade._answers import UNREADABLE, decode, off_spec

DEFAULT_PAGE_SIZE = 10


T = TypeVar("T")
P = TypeVar("P")


def more_after(count: int, seen: int, has_more: object, total: object) -> bool:
    """Whether a list has items after a page of `count` items, `seen` items read in all.

    An empty page ends it; else the server's `hasMore` when it sent one, else its `totalCount`.
    """
    if not count:
        return False
    if isinstance(has_more, bool):
        return has_more
    return isinstance(total, int) and total > seen


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


# --------------------------------------------------------------------------------------------
# Typed pages of the modern client
# --------------------------------------------------------------------------------------------


def _field(page: object, name: str | None) -> object:
    return None if name is None else getattr(page, name, None)


class ListRule:
    """How a list's pages follow one another, read from a typed page (a generated model)."""

    __slots__ = ("items",)

    def __init__(self, items: str) -> None:
        self.items = items  # the page's attribute holding its items

    def items_of(self, page: object) -> list[Any]:
        """The page's items; a TypeError when they are not a list."""
        items = getattr(page, self.items)
        if not isinstance(items, list):
            raise TypeError(f"{type(page).__name__}.{self.items} is {type(items).__name__}, not a list")
        return items

    def next_position(self, page: object, position: object, seen: int, count: int) -> object | None:
        """Where the page after `page` (fetched at `position`) starts, or None when there is none."""
        raise NotImplementedError


class Cursors(ListRule):
    """`after=<cursor>` lists: the next page starts at the page's `next` cursor, until there is none."""

    __slots__ = ("next",)

    def __init__(self, items: str, next: str) -> None:
        super().__init__(items)
        self.next = next

    def next_position(self, page: object, position: object, seen: int, count: int) -> object | None:
        cursor = _field(page, self.next)
        if not count or not isinstance(cursor, str) or not cursor or cursor == position:
            return None  # an answer repeating its own cursor would never end
        return cursor


class PageNumbers(ListRule):
    """`page=<n>` lists: page after page while the server says there are more (`hasMore`, `totalCount`)."""

    __slots__ = ("has_more", "page", "total")

    def __init__(self, items: str, has_more: str | None, total: str | None, page: str | None) -> None:
        super().__init__(items)
        self.has_more, self.total, self.page = has_more, total, page

    def next_position(self, page: object, position: object, seen: int, count: int) -> object | None:
        if not more_after(count, seen, _field(page, self.has_more), _field(page, self.total)):
            return None
        number = position if isinstance(position, int) else _field(page, self.page)
        return (number if isinstance(number, int) else 0) + 1


class Offsets(ListRule):
    """`offset=<n>` lists: the next page starts after the items read, until the server's total."""

    __slots__ = ("total",)

    def __init__(self, items: str, total: str | None) -> None:
        super().__init__(items)
        self.total = total

    def next_position(self, page: object, position: object, seen: int, count: int) -> object | None:
        if not more_after(count, seen, None, _field(page, self.total)):
            return None
        return (position if isinstance(position, int) else 0) + count


class ListPager(Generic[T, P]):
    """Every item of a list, fetched page by page while iterating; nothing is sent before.

    `first_page()` is the first page itself (a typed model, with its cursors or counts), fetched
    once and kept; each iteration starts with it and fetches the pages after it again.
    `pages()` iterates over the pages rather than their items.
    """

    def __init__(self, fetch: Callable[[object, bool], P], start: object, rule: ListRule) -> None:
        self._fetch = fetch  # (position, is the first page) -> page
        self._start = start
        self._rule = rule
        self._first: P | None = None

    def first_page(self) -> P:
        if self._first is None:
            self._first = self._fetch(self._start, True)
        return self._first

    def pages(self) -> Iterator[P]:
        rule, page, position, seen = self._rule, self.first_page(), self._start, 0
        while True:
            yield page
            count = len(rule.items_of(page))
            seen += count
            position = rule.next_position(page, position, seen, count)
            if position is None:
                return
            page = self._fetch(position, False)

    def __iter__(self) -> Iterator[T]:
        items_of = self._rule.items_of
        for page in self.pages():
            yield from items_of(page)


class AsyncListPager(Generic[T, P]):
    """The async twin of ListPager: `async for item in pager`, `await pager.first_page()`."""

    def __init__(self, fetch: Callable[[object, bool], Awaitable[P]], start: object, rule: ListRule) -> None:
        self._fetch = fetch
        self._start = start
        self._rule = rule
        self._first: P | None = None

    async def first_page(self) -> P:
        if self._first is None:
            self._first = await self._fetch(self._start, True)
        return self._first

    async def pages(self) -> AsyncIterator[P]:
        rule, page, position, seen = self._rule, await self.first_page(), self._start, 0
        while True:
            yield page
            count = len(rule.items_of(page))
            seen += count
            position = rule.next_position(page, position, seen, count)
            if position is None:
                return
            page = await self._fetch(position, False)

    async def __aiter__(self) -> AsyncIterator[T]:
        items_of = self._rule.items_of
        async for page in self.pages():
            for item in items_of(page):
                yield item
