"""The resource classes, one per area of the Novu API, each in its own module.

Classes load on first access, so `import novu_facade.api` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

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

_MODULES = {
    "BlueprintApi": "blueprint",
    "ChangeApi": "change",
    "EnvironmentApi": "environment",
    "EventApi": "event",
    "ExecutionDetailApi": "execution_detail",
    "FeedApi": "feed",
    "InboundParseApi": "inbound_parse",
    "IntegrationApi": "integration",
    "LayoutApi": "layout",
    "MessageApi": "message",
    "NotificationApi": "notification",
    "NotificationGroupApi": "notification_group",
    "NotificationTemplateApi": "notification_template",
    "OrganizationApi": "organization",
    "SubscriberApi": "subscriber",
    "TenantApi": "tenant",
    "TopicApi": "topic",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
