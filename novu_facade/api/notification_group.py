"""NotificationGroupApi: notification (workflow) groups."""

from __future__ import annotations

from novu_facade._core import Api, Call, Plan, endpoint
from novu_facade.dto.notification_group import NotificationGroupDto, PaginatedNotificationGroupDto


class NotificationGroupApi(Api):
    """Notification groups: list, create, read, rename and delete."""

    @endpoint
    def list(self) -> Plan[PaginatedNotificationGroupDto]:
        """Every notification group, as one page."""
        body = yield Call("workflow_groups.list_notification_groups")
        return PaginatedNotificationGroupDto.from_camel_case(body)

    @endpoint
    def create(self, name: str) -> Plan[NotificationGroupDto]:
        """Create a notification group.

        Args:
            name: Name of the new group.
        """
        body = yield Call("workflow_groups.create_notification_group", body={"name": name})
        return NotificationGroupDto.from_camel_case(body["data"])

    @endpoint
    def get(self, _id: str) -> Plan[NotificationGroupDto]:
        """Fetch one notification group.

        Args:
            _id: Novu's id of the group.
        """
        body = yield Call("workflow_groups.get_notification_group", id=_id)
        return NotificationGroupDto.from_camel_case(body["data"])

    @endpoint
    def patch(self, _id: str, name: str) -> Plan[NotificationGroupDto]:
        """Rename a notification group.

        Args:
            _id: Novu's id of the group.
            name: Its new name.
        """
        body = yield Call("workflow_groups.update_notification_group", id=_id, body={"name": name})
        return NotificationGroupDto.from_camel_case(body["data"])

    @endpoint
    def delete(self, _id: str) -> Plan[NotificationGroupDto]:
        """Delete a group. Like the legacy SDK, returns the raw `data` of the answer, not a DTO.

        Args:
            _id: Novu's id of the group.
        """
        body = yield Call("workflow_groups.delete_notification_group", id=_id)
        data: NotificationGroupDto = body["data"]
        return data
