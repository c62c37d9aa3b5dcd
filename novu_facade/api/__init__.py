"""The resource classes, one per area of the Novu API, each in its own module.

Classes load on first access, so `import novu_facade.api` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from novu_facade._lazy import lazy_exports

if TYPE_CHECKING:
    from novu_facade.api.blueprint import BlueprintApi
    from novu_facade.api.change import ChangeApi
    from novu_facade.api.environment import EnvironmentApi
    from novu_facade.api.event import EventApi
    from novu_facade.api.execution_detail import ExecutionDetailApi
    from novu_facade.api.feed import FeedApi
    from novu_facade.api.inbound_parse import InboundParseApi
    from novu_facade.api.integration import IntegrationApi
    from novu_facade.api.layout import LayoutApi
    from novu_facade.api.message import MessageApi
    from novu_facade.api.notification import NotificationApi
    from novu_facade.api.notification_group import NotificationGroupApi
    from novu_facade.api.notification_template import NotificationTemplateApi
    from novu_facade.api.organization import OrganizationApi
    from novu_facade.api.subscriber import SubscriberApi
    from novu_facade.api.tenant import TenantApi
    from novu_facade.api.topic import TopicApi

__all__ = [
    "BlueprintApi",
    "ChangeApi",
    "EnvironmentApi",
    "EventApi",
    "ExecutionDetailApi",
    "FeedApi",
    "InboundParseApi",
    "IntegrationApi",
    "LayoutApi",
    "MessageApi",
    "NotificationApi",
    "NotificationGroupApi",
    "NotificationTemplateApi",
    "OrganizationApi",
    "SubscriberApi",
    "TenantApi",
    "TopicApi",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "BlueprintApi": "novu_facade.api.blueprint",
        "ChangeApi": "novu_facade.api.change",
        "EnvironmentApi": "novu_facade.api.environment",
        "EventApi": "novu_facade.api.event",
        "ExecutionDetailApi": "novu_facade.api.execution_detail",
        "FeedApi": "novu_facade.api.feed",
        "InboundParseApi": "novu_facade.api.inbound_parse",
        "IntegrationApi": "novu_facade.api.integration",
        "LayoutApi": "novu_facade.api.layout",
        "MessageApi": "novu_facade.api.message",
        "NotificationApi": "novu_facade.api.notification",
        "NotificationGroupApi": "novu_facade.api.notification_group",
        "NotificationTemplateApi": "novu_facade.api.notification_template",
        "OrganizationApi": "novu_facade.api.organization",
        "SubscriberApi": "novu_facade.api.subscriber",
        "TenantApi": "novu_facade.api.tenant",
        "TopicApi": "novu_facade.api.topic",
    },
)
