"""ChangeApi: pending changes of an environment and their promotion."""

from __future__ import annotations

import builtins
from collections.abc import Generator

from novu_facade._core import Api
from novu_facade.dto.change import ChangeDto, PaginatedChangeDto


class ChangeApi(Api):
    """List, count and apply environment changes."""

    def list(self, page: int | None = None, limit: int | None = None, promoted: str = "false") -> PaginatedChangeDto:
        """One page of changes; falsy page/limit are left out of the query."""
        # The legacy HTTP layer wrote a bool as "True"/"False"; keep that spelling on the wire.
        promoted_param = str(promoted) if isinstance(promoted, bool) else promoted
        body = self._call("changes.get_changes", page=page or None, limit=limit or None, promoted=promoted_param)
        return PaginatedChangeDto.from_camel_case(body)

    def count(self) -> int:
        count: int = self._call("changes.get_changes_count")["data"]
        return count

    def apply(self, change_id: str) -> PaginatedChangeDto:
        return PaginatedChangeDto.from_camel_case(self._call("changes.apply_diff", change_id=change_id))

    def bulk_apply(self, change_ids: builtins.list[str]) -> Generator[ChangeDto, None, None]:
        """Apply several changes (on first iteration) and yield every change the server reports back."""
        groups = self._call("changes.bulk_apply_diff", body={"changeIds": change_ids})["data"]
        for group in groups:
            for item in group:
                yield ChangeDto.from_camel_case(item)
