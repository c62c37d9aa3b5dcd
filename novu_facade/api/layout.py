"""LayoutApi: email layouts."""

from __future__ import annotations

from novu_facade._core import Api, Call, Plan, endpoint
from novu_facade.dto.layout import LayoutDto, PaginatedLayoutDto


class LayoutApi(Api):
    """Email layouts: list, create, read, patch, delete and choose the default."""

    @endpoint
    def list(self, page: int | None = None, limit: int | None = None) -> Plan[PaginatedLayoutDto]:
        """One page of layouts (page 0 and 100 per page unless given).

        Args:
            page: Page number to fetch.
            limit: Number of layouts per page.
        """
        # order_by is left out: the builder would read `.value` of a None; left out, it is not sent.
        body = yield Call(
            "layouts.list_layouts",
            page=0 if page is None else page,
            page_size=100 if limit is None else limit,
            sort_by=None,
        )
        return PaginatedLayoutDto.from_camel_case(body)

    @endpoint
    def create(self, layout: LayoutDto) -> Plan[LayoutDto]:
        """Create a layout; the result carries the new layout's id.

        Args:
            layout: The layout to create.
        """
        body = yield Call("layouts.create_layout", body=layout.to_camel_case())
        return LayoutDto.from_camel_case(body["data"])

    @endpoint
    def get(self, layout_id: str) -> Plan[LayoutDto]:
        """Fetch one layout.

        Args:
            layout_id: Novu's id of the layout.
        """
        body = yield Call("layouts.get_layout", layout_id=layout_id)
        return LayoutDto.from_camel_case(body["data"])

    @endpoint
    def patch(self, layout: LayoutDto) -> Plan[LayoutDto]:
        """Update the layout identified by `layout._id` with the layout's fields.

        Args:
            layout: The layout, with its `_id` and the fields to change.
        """
        body = yield Call("layouts.update_layout", layout_id=layout._id, body=layout.to_camel_case())
        return LayoutDto.from_camel_case(body["data"])

    @endpoint
    def delete(self, layout_id: str) -> Plan[None]:
        """Delete a layout.

        Args:
            layout_id: Novu's id of the layout.
        """
        yield Call("layouts.delete_layout", layout_id=layout_id)

    @endpoint
    def set_default(self, layout_id: str) -> Plan[None]:
        """Make a layout the one used when a template names none.

        Args:
            layout_id: Novu's id of the layout.
        """
        yield Call("layouts.set_default_layout", layout_id=layout_id)
