"""NotificationTemplateApi: workflows (notification templates)."""

from __future__ import annotations

from novu_facade._core import Api, Call, Pages, Plan, endpoint, paged_endpoint
from novu_facade.dto.notification_template import (
    NotificationTemplateDto,
    NotificationTemplateFormDto,
    PaginatedNotificationTemplateDto,
)


def _page(page: int, limit: int) -> Call:
    return Call("notification_templates.list_notification_templates", page=page, limit=limit)


class NotificationTemplateApi(Api):
    """Notification templates in Novu: list, create, read, update, activate and delete."""

    @endpoint
    def list(self, page: int | None = None, limit: int | None = None) -> Plan[PaginatedNotificationTemplateDto]:
        """One page of templates; page and limit are sent whenever given, zero included.

        Args:
            page: Page number to fetch.
            limit: Number of templates per page.
        """
        body = yield Call("notification_templates.list_notification_templates", page=page, limit=limit)
        return PaginatedNotificationTemplateDto.from_camel_case(body)

    @paged_endpoint
    def stream(self, *, page_size: int = 10) -> Pages[NotificationTemplateDto]:
        """Every template, fetched page by page while iterating.

        Args:
            page_size: How many items each request asks for (keyword-only, default 10).
        """
        return Pages(_page, NotificationTemplateDto, page_size)

    @endpoint
    def create(self, notification_template: NotificationTemplateFormDto) -> Plan[NotificationTemplateDto]:
        """Create a template (workflow) from its form.

        Args:
            notification_template: The definition of the new template.
        """
        body = yield Call(
            "notification_templates.create_notification_template", body=notification_template.to_camel_case()
        )
        return NotificationTemplateDto.from_camel_case(body["data"])

    @endpoint
    def get(self, notification_template_id: str) -> Plan[NotificationTemplateDto]:
        """Fetch one template (workflow).

        Args:
            notification_template_id: Novu's id of the notification template (workflow).
        """
        body = yield Call("notification_templates.get_notification_template", template_id=notification_template_id)
        return NotificationTemplateDto.from_camel_case(body["data"])

    @endpoint
    def update(
        self, notification_template_id: str, notification_template: NotificationTemplateFormDto
    ) -> Plan[NotificationTemplateDto]:
        """Replace the template's definition with the given form.

        Args:
            notification_template_id: Novu's id of the notification template (workflow).
            notification_template: The template's complete new definition.
        """
        body = yield Call(
            "notification_templates.update_notification_template",
            template_id=notification_template_id,
            body=notification_template.to_camel_case(),
        )
        return NotificationTemplateDto.from_camel_case(body["data"])

    @endpoint
    def delete(self, notification_template_id: str) -> Plan[None]:
        """Delete a template (workflow).

        Args:
            notification_template_id: Novu's id of the notification template (workflow).
        """
        yield Call("notification_templates.delete_notification_template", template_id=notification_template_id)

    @endpoint
    def update_status(self, notification_template_id: str, status: bool) -> Plan[NotificationTemplateDto]:
        """Turn the template on (True) or off (False).

        Args:
            notification_template_id: Novu's id of the notification template (workflow).
            status: True to activate the template, False to deactivate it.
        """
        body = yield Call(
            "notification_templates.update_notification_template_status",
            template_id=notification_template_id,
            body={"active": status},
        )
        return NotificationTemplateDto.from_camel_case(body["data"])
