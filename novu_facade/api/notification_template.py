"""NotificationTemplateApi: workflows (notification templates)."""

from __future__ import annotations

from typing import Any

from novu_facade._core import Api
from novu_facade._pagination import PaginationIterator
from novu_facade.dto.notification_template import (
    NotificationTemplateDto,
    NotificationTemplateFormDto,
    PaginatedNotificationTemplateDto,
)


class NotificationTemplateApi(Api):
    """Notification templates in Novu: list, create, read, update, activate and delete."""

    def list(self, page: int | None = None, limit: int | None = None) -> PaginatedNotificationTemplateDto:
        """One page of templates; page and limit are sent whenever given, zero included."""
        body = self._call("notification_templates.list_notification_templates", page=page, limit=limit)
        return PaginatedNotificationTemplateDto.from_camel_case(body)

    def stream(self, *, page_size: int = 10) -> PaginationIterator[NotificationTemplateDto]:
        """Every template, fetched page by page while iterating."""

        def fetch(page: int, limit: int) -> Any:
            return self._call("notification_templates.list_notification_templates", page=page, limit=limit)

        return PaginationIterator(fetch, NotificationTemplateDto, page_size)

    def create(self, notification_template: NotificationTemplateFormDto) -> NotificationTemplateDto:
        body = self._call(
            "notification_templates.create_notification_template", body=notification_template.to_camel_case()
        )
        return NotificationTemplateDto.from_camel_case(body["data"])

    def get(self, notification_template_id: str) -> NotificationTemplateDto:
        body = self._call("notification_templates.get_notification_template", template_id=notification_template_id)
        return NotificationTemplateDto.from_camel_case(body["data"])

    def update(
        self, notification_template_id: str, notification_template: NotificationTemplateFormDto
    ) -> NotificationTemplateDto:
        """Replace the template's definition with the given form."""
        body = self._call(
            "notification_templates.update_notification_template",
            template_id=notification_template_id,
            body=notification_template.to_camel_case(),
        )
        return NotificationTemplateDto.from_camel_case(body["data"])

    def delete(self, notification_template_id: str) -> None:
        self._call("notification_templates.delete_notification_template", template_id=notification_template_id)

    def update_status(self, notification_template_id: str, status: bool) -> NotificationTemplateDto:
        """Turn the template on (True) or off (False)."""
        body = self._call(
            "notification_templates.update_notification_template_status",
            template_id=notification_template_id,
            body={"active": status},
        )
        return NotificationTemplateDto.from_camel_case(body["data"])
