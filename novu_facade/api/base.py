"""Base class and pager of the resource classes, at the legacy SDK's module path."""

from novu_facade._core import Api
from novu_facade._pagination import PaginationIterator

__all__ = ["Api", "PaginationIterator"]
