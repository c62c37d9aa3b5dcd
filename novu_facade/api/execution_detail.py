"""ExecutionDetailApi: the step-by-step execution log of a notification."""

from __future__ import annotations

from collections.abc import Iterable

from novu_facade._core import Api, Call, Plan, lazy_endpoint
from novu_facade.dto.execution_detail import ExecutionDetailDto


class ExecutionDetailApi(Api):
    """Read execution details."""

    @lazy_endpoint
    def list(self, notification_id: str, subscriber_id: str) -> Plan[Iterable[ExecutionDetailDto]]:
        """Execution details of one notification for one subscriber; requested when iteration starts.

        Args:
            notification_id: Novu's id of the notification.
            subscriber_id: The subscriber's id (the one you gave it, not Novu's internal id).
        """
        body = yield Call(
            "execution_details.get_execution_details_for_notification",
            notification_id=notification_id,
            subscriber_id=subscriber_id,
        )
        return (ExecutionDetailDto.from_camel_case(item) for item in body["data"])
