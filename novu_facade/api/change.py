"""ChangeApi: pending changes of an environment and their promotion."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from novu_facade._core import Api, Call, Plan, endpoint, lazy_endpoint
from novu_facade.dto.change import ChangeDto, PaginatedChangeDto


class ChangeApi(Api):
    """List, count and apply environment changes."""

    @endpoint
    def list(
        self, page: int | None = None, limit: int | None = None, promoted: str = "false"
    ) -> Plan[PaginatedChangeDto]:
        """One page of changes; falsy page/limit are left out of the query.

        Args:
            page: Page number to fetch; left out when falsy.
            limit: Number of changes per page; left out when falsy.
            promoted: Which changes to list: `"false"` (pending, the default) or `"true"` (already promoted).
        """
        # The legacy HTTP layer wrote a bool as "True"/"False"; keep that spelling on the wire.
        promoted_param = str(promoted) if isinstance(promoted, bool) else promoted
        body = yield Call("changes.get_changes", page=page or None, limit=limit or None, promoted=promoted_param)
        return PaginatedChangeDto.from_camel_case(body)

    @endpoint
    def count(self) -> Plan[int]:
        """How many changes are waiting to be promoted."""
        body = yield Call("changes.get_changes_count")
        count: int = body["data"]
        return count

    @endpoint
    def apply(self, change_id: str) -> Plan[PaginatedChangeDto]:
        """Promote one change to the next environment; the server's list of the changes involved.

        Args:
            change_id: Id of the change to apply.
        """
        body = yield Call("changes.apply_diff", change_id=change_id)
        return PaginatedChangeDto.from_camel_case(body)

    @lazy_endpoint
    def bulk_apply(self, change_ids: builtins.list[str]) -> Plan[Iterable[ChangeDto]]:
        """Apply several changes (on first iteration) and yield every change the server reports back.

        Args:
            change_ids: Ids of the changes to apply.
        """
        body = yield Call("changes.bulk_apply_diff", body={"changeIds": change_ids})
        return (ChangeDto.from_camel_case(item) for group in body["data"] for item in group)
