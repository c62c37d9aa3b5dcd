"""NotificationGroupApi: notification (workflow) groups."""

from __future__ import annotations

from novu_facade._core import Api
from novu_facade.dto.notification_group import NotificationGroupDto, PaginatedNotificationGroupDto


class NotificationGroupApi(Api):
    """Notification groups: list, create, read, rename and delete."""

    def list(self) -> PaginatedNotificationGroupDto:
        return PaginatedNotificationGroupDto.from_camel_case(self._call("workflow_groups.list_notification_groups"))

    def create(self, name: str) -> NotificationGroupDto:
        body = self._call("workflow_groups.create_notification_group", body={"name": name})
        return NotificationGroupDto.from_camel_case(body["data"])

    def get(self, _id: str) -> NotificationGroupDto:
        body = self._call("workflow_groups.get_notification_group", id=_id)
        return NotificationGroupDto.from_camel_case(body["data"])

    def patch(self, _id: str, name: str) -> NotificationGroupDto:
        body = self._call("workflow_groups.update_notification_group", id=_id, body={"name": name})
        return NotificationGroupDto.from_camel_case(body["data"])

    def delete(self, _id: str) -> NotificationGroupDto:
        """Delete a group. Like the legacy SDK, returns the raw `data` of the answer, not a DTO."""
        data: NotificationGroupDto = self._call("workflow_groups.delete_notification_group", id=_id)["data"]
        return data
