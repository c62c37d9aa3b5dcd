"""LayoutApi: email layouts."""

from __future__ import annotations

from novu_facade._core import Api
from novu_facade.dto.layout import LayoutDto, PaginatedLayoutDto


class LayoutApi(Api):
    """Email layouts: list, create, read, patch, delete and choose the default."""

    def list(self, page: int | None = None, limit: int | None = None) -> PaginatedLayoutDto:
        """One page of layouts (page 0 and 100 per page unless given)."""
        # order_by is left out: the builder would read `.value` of a None; left out, it is not sent.
        body = self._call(
            "layouts.list_layouts",
            page=0 if page is None else page,
            page_size=100 if limit is None else limit,
            sort_by=None,
        )
        return PaginatedLayoutDto.from_camel_case(body)

    def create(self, layout: LayoutDto) -> LayoutDto:
        body = self._call("layouts.create_layout", body=layout.to_camel_case())
        return LayoutDto.from_camel_case(body["data"])

    def get(self, layout_id: str) -> LayoutDto:
        return LayoutDto.from_camel_case(self._call("layouts.get_layout", layout_id=layout_id)["data"])

    def patch(self, layout: LayoutDto) -> LayoutDto:
        """Update the layout identified by `layout._id` with the layout's fields."""
        body = self._call("layouts.update_layout", layout_id=layout._id, body=layout.to_camel_case())
        return LayoutDto.from_camel_case(body["data"])

    def delete(self, layout_id: str) -> None:
        self._call("layouts.delete_layout", layout_id=layout_id)

    def set_default(self, layout_id: str) -> None:
        self._call("layouts.set_default_layout", layout_id=layout_id)
