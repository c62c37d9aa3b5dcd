"""ExecutionDetailApi: the step-by-step execution log of a notification."""

from __future__ import annotations

from collections.abc import Iterator

from novu_facade._core import Api
from novu_facade.dto.execution_detail import ExecutionDetailDto


class ExecutionDetailApi(Api):
    """Read execution details."""

    def list(self, notification_id: str, subscriber_id: str) -> Iterator[ExecutionDetailDto]:
        """Execution details of one notification for one subscriber; requested when iteration starts."""
        body = self._call(
            "execution_details.get_execution_details_for_notification",
            notification_id=notification_id,
            subscriber_id=subscriber_id,
        )
        for item in body["data"]:
            yield ExecutionDetailDto.from_camel_case(item)
