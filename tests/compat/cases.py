"""Representative calls for every public method of the legacy Novu SDK (1.14.0).

This module is pure data. It does not import the legacy SDK (or the facade), so the same table
can drive both: DTO and enum arguments are written as markers (:class:`Dto`, :class:`Enum`,
:class:`Iter`) that a recorder resolves against a package prefix (``novu`` or ``novu_facade``).

Each :class:`Case` carries the canned HTTP responses the server would give, in order, as
``(status_code, json_body_or_None)`` pairs (an optional third item is a dict of response headers).
The bodies imitate the Novu v1 API wire format: ``{"data": ...}`` envelopes, page envelopes
(``page``/``pageSize``/``totalCount``/``hasMore``/``data``), 24-hex ObjectIds, ISO-8601 dates,
nested objects, lists and nulls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CASES",
    "Case",
    "Dto",
    "Enum",
    "Iter",
    "cases_by_id",
]


# --------------------------------------------------------------------------------------------
# Markers and the case record
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dto:
    """A DTO instance to build at record time: ``<path>(**kwargs)``.

    ``path`` is written against the legacy package (``novu.dto.<module>.<Class>``); the recorder
    swaps the leading ``novu`` for the package under test. ``kwargs`` may hold further markers.
    """

    path: str
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Enum:
    """An enum member to look up at record time: ``getattr(<path>, member)``."""

    path: str
    member: str


@dataclass(frozen=True)
class Iter:
    """A one-shot iterator over ``items`` (for parameters typed ``Iterator[...]``/``Iterable``)."""

    items: tuple[Any, ...]


Response = tuple[Any, ...]  # (status_code, json_body_or_None[, headers])


@dataclass(frozen=True)
class Case:
    """One call of one legacy method, with the server's answers."""

    id: str
    api: str
    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    responses: list[Response] = field(default_factory=list)
    expect_error: int | None = None
    """HTTP status of the error the call is expected to raise (``None``: the call succeeds)."""
    tags: tuple[str, ...] = ()
    note: str = ""


def case(
    case_id: str,
    *,
    args: tuple[Any, ...] = (),
    kwargs: dict[str, Any] | None = None,
    responses: list[Response],
    expect_error: int | None = None,
    tags: tuple[str, ...] = (),
    note: str = "",
) -> Case:
    api, rest = case_id.split(".", 1)
    method = rest.split("[", 1)[0]
    return Case(
        id=case_id,
        api=api,
        method=method,
        args=tuple(args),
        kwargs=dict(kwargs or {}),
        responses=list(responses),
        expect_error=expect_error,
        tags=tuple(tags),
        note=note,
    )


# --------------------------------------------------------------------------------------------
# Small builders for realistic wire data
# --------------------------------------------------------------------------------------------


def oid(n: int) -> str:
    """A deterministic 24-hex MongoDB ObjectId."""
    return f"{0x65F1A2B3 + n * 7919:08x}{(n * 0x9E3779B97F4A7C15 + 0x51ED) & 0xFFFFFFFFFFFFFFFF:016x}"


def ts(n: int) -> str:
    """A deterministic ISO-8601 UTC timestamp as Novu sends them."""
    return f"2024-05-{1 + n % 28:02d}T{n % 24:02d}:{(n * 7) % 60:02d}:{(n * 13) % 60:02d}.{(n * 37) % 1000:03d}Z"


def ok(body: Any) -> Response:
    return (200, body)


def created(body: Any) -> Response:
    return (201, body)


def no_content() -> Response:
    return (204, None)


_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def error(status: int, path: str, message: Any = None, headers: dict | None = None) -> Response:
    """A Novu error body: ``{"statusCode", "timestamp", "path", "message"}``."""
    body = {
        "statusCode": status,
        "timestamp": ts(status),
        "path": path,
        "message": message if message is not None else _REASONS.get(status, "Error"),
    }
    if headers:
        return (status, body, headers)
    return (status, body)


def page_body(
    items: list[dict],
    *,
    page: int = 0,
    page_size: int = 10,
    total: int | None = None,
    has_more: bool | None = None,
) -> dict:
    """A page envelope; only the counters given are included (endpoints differ)."""
    body: dict = {"page": page, "pageSize": page_size}
    if total is not None:
        body["totalCount"] = total
    if has_more is not None:
        body["hasMore"] = has_more
    body["data"] = items
    return body


ORG_ID = oid(1)
ENV_ID = oid(2)
USER_ID = oid(3)
PROD_ENV_ID = oid(4)
GROUP_ID = oid(5)
TEMPLATE_ID = oid(6)
LAYOUT_ID = oid(7)
INTEGRATION_ID = oid(8)
SLACK_INTEGRATION_ID = oid(9)
NOTIFICATION_ID = oid(10)
MESSAGE_ID = oid(11)
CHANGE_ID = oid(12)
FEED_ID = oid(13)
MEMBER_ID = oid(14)
BLUEPRINT_ID = oid(15)
TRANSACTION_ID = "b7c1f0d2-5e3a-4c8b-9f61-2a4d8e0c3b17"

_FIRST = ["Ada", "Grace", "Alan", "Zoë", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances"]
_LAST = ["Lovelace", "Hopper", "Turing", "Quinn", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen"]


def subscriber(n: int, subscriber_id: str | None = None) -> dict:
    first, last = _FIRST[n % 10], _LAST[n % 10]
    body = {
        "_id": oid(100 + n),
        "_organizationId": ORG_ID,
        "_environmentId": ENV_ID,
        "firstName": first,
        "lastName": last,
        "subscriberId": subscriber_id or f"user-{n:04d}",
        "email": f"{last.lower()}.{n}@example.com",
        "phone": f"+1555010{n:04d}",
        "avatar": f"https://cdn.example.com/avatars/{n}.png" if n % 3 else None,
        "locale": "en-US" if n % 2 else "fr-FR",
        "channels": (
            [
                {
                    "providerId": "slack",
                    "credentials": {"webhookUrl": f"https://hooks.slack.com/services/T0001/B00{n}/XyZ{n}"},
                    "_integrationId": SLACK_INTEGRATION_ID,
                    "integrationIdentifier": "slack-k3j2x",
                }
            ]
            if n % 2 == 0
            else []
        ),
        "data": {"plan": "pro", "signupSource": "web", "seats": n + 1} if n % 2 else None,
        "isOnline": n % 2 == 0,
        "lastOnlineAt": ts(n + 3) if n % 2 == 0 else None,
        "deleted": False,
        "createdAt": ts(n),
        "updatedAt": ts(n + 1),
        "__v": 0,
    }
    return body


def message(n: int, channel: str = "in_app") -> dict:
    return {
        "_id": oid(200 + n),
        "_templateId": TEMPLATE_ID,
        "_environmentId": ENV_ID,
        "_messageTemplateId": oid(300 + n),
        "_notificationId": oid(400 + n),
        "_organizationId": ORG_ID,
        "_subscriberId": oid(100 + n),
        "_jobId": oid(500 + n),
        "_feedId": FEED_ID if channel == "in_app" else None,
        "templateIdentifier": "welcome-email",
        "email": f"user{n}@example.com" if channel == "email" else None,
        "subject": "Welcome to Acme" if channel == "email" else None,
        "cta": {
            "type": "redirect",
            "data": {"url": f"/projects/{n}"},
            "action": {"status": "pending", "buttons": [{"type": "primary", "content": "Open"}]},
        },
        "channel": channel,
        "content": f"Hello Ada, project #{n} is ready." if channel != "email" else "<p>Hello</p>",
        "providerId": "novu" if channel == "in_app" else "sendgrid",
        "deviceTokens": [],
        "seen": n % 2 == 0,
        "read": n % 3 == 0,
        "status": "sent",
        "errorId": None,
        "errorText": None,
        "transactionId": f"{TRANSACTION_ID[:-4]}{n:04d}",
        "payload": {"projectId": n, "firstName": "Ada"},
        "overrides": {},
        "createdAt": ts(n + 10),
        "updatedAt": ts(n + 11),
        "deleted": False,
        "lastSeenDate": ts(n + 12) if n % 2 == 0 else None,
        "lastReadDate": ts(n + 13) if n % 3 == 0 else None,
        "subscriber": {"_id": oid(100 + n), "subscriberId": f"user-{n:04d}", "firstName": "Ada"},
    }


def trigger_def(identifier: str = "welcome-email") -> dict:
    return {
        "type": "event",
        "identifier": identifier,
        "variables": [{"name": "firstName", "type": "String"}, {"name": "projectId", "type": "String"}],
        "subscriberVariables": [{"name": "email"}],
    }


def activity(n: int) -> dict:
    return {
        "_id": oid(400 + n),
        "_environmentId": ENV_ID,
        "_organizationId": ORG_ID,
        "transactionId": f"{TRANSACTION_ID[:-4]}{n:04d}",
        "createdAt": ts(n + 20),
        "channels": ["email", "in_app"],
        "subscriber": {
            "_id": oid(100 + n),
            "firstName": _FIRST[n % 10],
            "lastName": _LAST[n % 10],
            "email": f"user{n}@example.com",
            "phone": None,
        },
        "template": {"_id": TEMPLATE_ID, "name": "Welcome email", "triggers": [trigger_def()]},
        "jobs": [
            {
                "_id": oid(500 + n),
                "type": "email",
                "digest": {},
                "executionDetails": [
                    {
                        "_id": oid(600 + n),
                        "_jobId": oid(500 + n),
                        "status": "Success",
                        "detail": "Message sent",
                        "isRetry": False,
                        "isTest": False,
                        "providerId": "sendgrid",
                        "raw": None,
                        "source": "Internal",
                    }
                ],
                "step": {"_id": oid(700 + n), "active": True, "filters": [], "template": None},
                "payload": {"firstName": "Ada"},
                "providerId": "sendgrid",
                "status": "completed",
            }
        ],
    }


def blueprint(n: int, name: str = "Password reset") -> dict:
    return {
        "_id": oid(800 + n),
        "name": name,
        "description": f"{name} flow, ready to customise",
        "active": True,
        "draft": False,
        "critical": n % 2 == 0,
        "isBlueprint": True,
        "blueprintId": None,
        "tags": ["auth"] if n % 2 else [],
        "steps": [{"_id": oid(810 + n), "active": True, "template": {"type": "email", "subject": name}}],
        "triggers": [trigger_def(name.lower().replace(" ", "-"))],
        "preferenceSettings": {"email": True, "sms": True, "in_app": True, "chat": True, "push": True},
        "notificationGroup": {"_id": GROUP_ID, "name": "General"},
        "_environmentId": ENV_ID,
        "_organizationId": ORG_ID,
        "_notificationGroupId": GROUP_ID,
        "_creatorId": USER_ID,
        "_parentId": None,
        "deleted": False,
        "deletedAt": None,
        "deletedBy": None,
        "createdAt": ts(n + 30),
        "updatedAt": ts(n + 31),
        "__v": 0,
    }


def change(n: int, kind: str = "NotificationTemplate", enabled: bool = False) -> dict:
    return {
        "_id": oid(900 + n),
        "_creatorId": USER_ID,
        "_environmentId": ENV_ID,
        "_organizationId": ORG_ID,
        "_entityId": oid(910 + n),
        "_parentId": None,
        "enabled": enabled,
        "type": kind,
        "change": [
            {"op": "update", "path": ["name"], "val": f"Welcome email v{n}"},
            {"op": "add", "path": ["steps", "0", "active"], "val": True},
        ],
        "createdAt": ts(n + 40),
        "updatedAt": ts(n + 41),
        "__v": 0,
    }


def api_key(n: int) -> dict:
    return {"key": f"{n:02d}b6f3c9d1e4a7f0c2b5d8e1a4c7f0b3d6", "_userId": USER_ID}


def environment(n: int, name: str = "Development") -> dict:
    return {
        "_id": ENV_ID if name == "Development" else oid(1000 + n),
        "name": name,
        "_organizationId": ORG_ID,
        "identifier": f"{name[:3].lower()}Xk3Qv{n}",
        "widget": {"notificationCenterEncryption": n % 2 == 1},
        "dns": {"inboundParseDomain": None, "mxRecordConfigured": False},
        "apiKeys": [api_key(n)],
        "_parentId": None if name == "Development" else ENV_ID,
        "createdAt": ts(n + 50),
        "updatedAt": ts(n + 51),
        "__v": 0,
    }


def event_result(transaction_id: str = TRANSACTION_ID, status: str = "processed") -> dict:
    return {"acknowledged": True, "status": status, "transactionId": transaction_id}


def execution_detail(n: int, status: str = "Success", channel: str = "email") -> dict:
    return {
        "_id": oid(1100 + n),
        "_organizationId": ORG_ID,
        "_jobId": oid(500 + n),
        "_environmentId": ENV_ID,
        "_notificationId": NOTIFICATION_ID,
        "_notificationTemplateId": TEMPLATE_ID,
        "_subscriberId": oid(100),
        "_messageId": oid(200 + n) if channel != "trigger" else None,
        "providerId": "sendgrid" if channel == "email" else None,
        "transactionId": TRANSACTION_ID,
        "channel": channel,
        "detail": "Message sent" if status == "Success" else "Step queued",
        "source": "Internal",
        "status": status,
        "isTest": False,
        "isRetry": False,
        "raw": '{"statusCode":202}' if channel == "email" else None,
        "createdAt": ts(n + 60),
        "updatedAt": ts(n + 60),
    }


def feed(n: int, name: str = "Marketing") -> dict:
    return {
        "_id": oid(1200 + n),
        "name": name,
        "identifier": name.lower().replace(" ", "-"),
        "_environmentId": ENV_ID,
        "_organizationId": ORG_ID,
        "deleted": False,
        "createdAt": ts(n + 70),
        "updatedAt": ts(n + 70),
        "__v": 0,
    }


def integration(n: int, provider: str = "sendgrid", channel: str = "email", active: bool = True) -> dict:
    creds = {
        "sendgrid": {"apiKey": "SG.k3jf83.redacted", "from": "no-reply@acme.io", "senderName": "Acme"},
        "twilio": {"accountSid": "AC0000000000000000000000000000000", "token": "redacted", "from": "+15550100"},
        "slack": {"applicationId": "A01", "clientId": "1234.5678", "secretKey": "redacted"},
        "novu": {},
    }[provider]
    return {
        "_id": INTEGRATION_ID if n == 0 else oid(1300 + n),
        "_environmentId": ENV_ID,
        "_organizationId": ORG_ID,
        "name": provider.capitalize(),
        "identifier": f"{provider}-x{n}k2",
        "providerId": provider,
        "channel": channel,
        "credentials": creds,
        "active": active,
        "deleted": False,
        "deletedAt": None,
        "deletedBy": None,
        "primary": n == 0,
        "priority": 1 if n == 0 else 0,
        "conditions": [],
        "createdAt": ts(n + 80),
        "updatedAt": ts(n + 81),
        "__v": 0,
    }


def layout(n: int, name: str = "Default layout", is_default: bool = True) -> dict:
    return {
        "_id": LAYOUT_ID if n == 0 else oid(1400 + n),
        "_organizationId": ORG_ID,
        "_environmentId": ENV_ID,
        "_creatorId": USER_ID,
        "_parentId": None,
        "name": name,
        "identifier": name.lower().replace(" ", "-"),
        "description": "Branded wrapper used by transactional emails",
        "channel": "email",
        "content": "<html><body><header>Acme</header>{{{body}}}<footer>{{unsubscribe}}</footer></body></html>",
        "contentType": "customHtml",
        "variables": [
            {"name": "body", "type": "String", "required": True, "defaultValue": ""},
            {"name": "unsubscribe", "type": "String", "required": False, "defaultValue": "#"},
        ],
        "isDefault": is_default,
        "isDeleted": False,
        "createdAt": ts(n + 90),
        "updatedAt": ts(n + 91),
        "__v": 0,
    }


def group(n: int, name: str = "General") -> dict:
    return {
        "_id": GROUP_ID if n == 0 else oid(1500 + n),
        "name": name,
        "_environmentId": ENV_ID,
        "_organizationId": ORG_ID,
        "_parentId": None,
        "createdAt": ts(n + 100),
        "updatedAt": ts(n + 100),
        "__v": 0,
    }


def template(n: int, name: str = "Welcome email", active: bool = True) -> dict:
    return {
        "_id": TEMPLATE_ID if n == 0 else oid(1600 + n),
        "name": name,
        "description": "Sent right after sign-up",
        "active": active,
        "draft": False,
        "critical": False,
        "tags": ["onboarding"],
        "preferenceSettings": {"email": True, "sms": False, "in_app": True, "chat": True, "push": True},
        "steps": [
            {
                "_id": oid(1700 + n),
                "_templateId": oid(1800 + n),
                "_parentId": None,
                "active": True,
                "shouldStopOnFail": False,
                "template": {"type": "email", "subject": "Welcome {{firstName}}", "content": []},
                "filters": [
                    {
                        "isNegated": False,
                        "type": "GROUP",
                        "value": "AND",
                        "children": [{"field": "plan", "value": "pro", "operator": "EQUAL", "on": "payload"}],
                    }
                ],
                "metadata": None,
                "replayCallback": None,
                "variants": [],
            }
        ],
        "_organizationId": ORG_ID,
        "_creatorId": USER_ID,
        "_environmentId": ENV_ID,
        "triggers": [trigger_def("welcome-email" if n == 0 else f"workflow-{n}")],
        "_notificationGroupId": GROUP_ID,
        "_parentId": None,
        "deleted": False,
        "deletedAt": None,
        "deletedBy": None,
        "notificationGroup": group(0),
        "data": None,
        "createdAt": ts(n + 110),
        "updatedAt": ts(n + 111),
        "__v": 0,
    }


def branding(color: str = "#f47373") -> dict:
    return {
        "logo": "https://cdn.example.com/acme/logo.png",
        "color": color,
        "fontColor": "#1f2937",
        "contentBackground": "#ffffff",
        "fontFamily": "Inter",
        "direction": "ltr",
    }


def organization(n: int, name: str = "Acme Inc.", with_partner: bool = False) -> dict:
    return {
        "_id": ORG_ID if n == 0 else oid(1900 + n),
        "name": name,
        "logo": "https://cdn.example.com/acme/logo.png" if n % 2 == 0 else None,
        "branding": branding(),
        "partnerConfigurations": (
            [
                {
                    "accessToken": "vercel_tkn_redacted",
                    "configurationId": "icfg_k3JfQ9",
                    "partnerType": "vercel",
                    "teamId": "team_8Xz",
                    "projectIds": ["prj_1", "prj_2"],
                }
            ]
            if with_partner
            else []
        ),
        "createdAt": ts(n + 120),
        "updatedAt": ts(n + 121),
        "__v": 0,
    }


def member(n: int, invited: bool = False) -> dict:
    first, last = _FIRST[n % 10], _LAST[n % 10]
    return {
        "_id": MEMBER_ID if n == 0 else oid(2000 + n),
        "_userId": USER_ID if n == 0 else oid(2100 + n),
        "user": None
        if invited
        else {"_id": oid(2100 + n), "firstName": first, "lastName": last, "email": f"{first.lower()}@acme.io"},
        "roles": ["member"] if invited else ["admin"],
        "invite": (
            {
                "email": f"{first.lower()}@acme.io",
                "token": "inv_9f8e7d6c5b4a",
                "invitationDate": ts(n + 130),
                "answerDate": None,
                "_inviterId": USER_ID,
            }
            if invited
            else None
        ),
        "memberStatus": "invited" if invited else "active",
        "_organizationId": ORG_ID,
    }


def preference(n: int, enabled: bool = True, email: bool = True) -> dict:
    return {
        "template": {
            "_id": oid(1600 + n) if n else TEMPLATE_ID,
            "name": f"Workflow {n}",
            "critical": False,
            "triggers": [f"workflow-{n}"],
        },
        "preference": {
            "enabled": enabled,
            "channels": {"email": email, "in_app": True, "sms": False, "chat": True, "push": True},
        },
    }


def tenant(n: int, identifier: str | None = None, name: str | None = None) -> dict:
    return {
        "_id": oid(2200 + n),
        "identifier": identifier or f"tenant-{n:03d}",
        "name": name or f"Tenant {n}",
        "data": {"region": "eu-west-1", "tier": "gold"} if n % 2 == 0 else {},
        "_environmentId": ENV_ID,
        "createdAt": ts(n + 140),
        "updatedAt": ts(n + 141),
        "__v": 0,
    }


def topic(n: int, key: str | None = None, name: str | None = None, subscribers: list[str] | None = None) -> dict:
    return {
        "_id": oid(2300 + n),
        "_organizationId": ORG_ID,
        "_environmentId": ENV_ID,
        "key": key or f"project-{n}-watchers",
        "name": name or f"Project {n} watchers",
        "subscribers": subscribers if subscribers is not None else [f"user-{i:04d}" for i in range(n % 3 + 1)],
    }


def deleted_ack() -> dict:
    return {"data": {"acknowledged": True, "status": "deleted"}}


# --------------------------------------------------------------------------------------------
# Markers used as arguments
# --------------------------------------------------------------------------------------------

D = "novu.dto."
E = "novu.enums."
CHANNEL = E + "channel.Channel"


def layout_dto(with_id: bool = False, with_variables: bool = True) -> Dto:
    kwargs: dict[str, Any] = {
        "name": "Default layout",
        "description": "Branded wrapper used by transactional emails",
        "content": "<html><body>{{{body}}}</body></html>",
        "is_default": True,
    }
    if with_variables:
        kwargs["variables"] = [
            Dto(
                D + "layout.LayoutVariableDto",
                {"name": "body", "type": Enum(E + "template.TemplateVariableTypeEnum", "STRING"), "required": True},
            ),
            Dto(
                D + "layout.LayoutVariableDto",
                {
                    "name": "year",
                    "type": Enum(E + "template.TemplateVariableTypeEnum", "STRING"),
                    "default_value": "2024",
                },
            ),
        ]
    if with_id:
        kwargs["_id"] = LAYOUT_ID
    return Dto(D + "layout.LayoutDto", kwargs)


def integration_dto(with_id: bool = False, enum_keys: bool = False) -> Dto:
    if enum_keys:
        credentials: dict[Any, Any] = {
            Enum(E + "provider.CredentialsKeyEnum", "API_KEY"): "SG.k3jf83.redacted",
            Enum(E + "provider.CredentialsKeyEnum", "FROM"): "no-reply@acme.io",
            Enum(E + "provider.CredentialsKeyEnum", "SENDER_NAME"): "Acme",
        }
    else:
        credentials = {"apiKey": "SG.k3jf83.redacted", "from": "no-reply@acme.io", "senderName": "Acme"}
    kwargs: dict[str, Any] = {
        "provider_id": Enum(E + "provider.EmailProviderIdEnum", "SENDGRID"),
        "channel": Enum(CHANNEL, "EMAIL"),
        "active": True,
        "credentials": credentials,
    }
    if with_id:
        kwargs["_id"] = INTEGRATION_ID
        kwargs["created_at"] = ts(80)
    return Dto(D + "integration.IntegrationDto", kwargs)


def template_form_dto(full: bool = True) -> Dto:
    if not full:
        return Dto(
            D + "notification_template.NotificationTemplateFormDto",
            {"name": "Password reset", "notification_group_id": GROUP_ID},
        )
    step = Dto(
        D + "notification_template.NotificationStepDto",
        {
            "active": True,
            "should_stop_on_fail": False,
            "template": {"type": "email", "subject": "Welcome {{firstName}}", "content": "<p>Hi {{firstName}}</p>"},
            "filters": [
                Dto(
                    D + "step_filter.StepFilterDto",
                    {
                        "is_negated": False,
                        "type": Enum(E + "step_filter.StepFilterType", "GROUP"),
                        "value": Enum(E + "step_filter.StepFilterValue", "AND"),
                        "children": [
                            Dto(
                                D + "field.FieldFilterPartDto",
                                {
                                    "field": "plan",
                                    "value": "pro",
                                    "operator": Enum(E + "field.FieldFilterPartOperator", "EQUAL"),
                                    "on": Enum(E + "field.FieldFilterPartOn", "PAYLOAD"),
                                },
                            )
                        ],
                    },
                )
            ],
        },
    )
    digest = Dto(
        D + "notification_template.NotificationStepDto",
        {
            "active": True,
            "template": {"type": "digest"},
            "metadata": Dto(
                D + "notification_template.NotificationStepMetadataDto",
                {
                    "type": Enum(E + "notification.NotificationStepMetadataType", "REGULAR"),
                    "amount": 5,
                    "unit": Enum(E + "notification.NotificationStepMetadataUnit", "MINUTES"),
                    "digest_key": "projectId",
                },
            ),
        },
    )
    return Dto(
        D + "notification_template.NotificationTemplateFormDto",
        {
            "name": "Welcome email",
            "notification_group_id": GROUP_ID,
            "description": "Sent right after sign-up",
            "tags": ["onboarding", "email"],
            "steps": [step, digest],
            "active": True,
            "critical": False,
            "draft": False,
            "preference_settings": Dto(D + "subscriber.SubscriberPreferenceChannelDto", {"sms": False}),
        },
    )


def subscriber_dto(n: int = 0, full: bool = False) -> Dto:
    kwargs: dict[str, Any] = {"subscriber_id": f"user-{n:04d}"}
    if full:
        kwargs.update(
            {
                "email": f"ada.{n}@example.com",
                "first_name": "Ada",
                "last_name": "Lovelace",
                "phone": "+15550100001",
                "avatar": "https://cdn.example.com/avatars/ada.png",
                "locale": "en-GB",
                "data": {"plan": "pro", "tags": ["beta", "vip"], "score": 9.5, "manager": None},
                "channels": [
                    Dto(
                        D + "subscriber.SubscriberChannelSettingsDto",
                        {
                            "provider_id": Enum(E + "provider.ChatProviderIdEnum", "SLACK"),
                            "_integration_id": SLACK_INTEGRATION_ID,
                            "credentials": Dto(
                                D + "subscriber.SubscriberChannelSettingsCredentialsDto",
                                {"webhook_url": "https://hooks.slack.com/services/T0001/B0001/XyZ"},
                            ),
                        },
                    )
                ],
            }
        )
    return Dto(D + "subscriber.SubscriberDto", kwargs)


def topic_dto(key: str) -> Dto:
    return Dto(D + "topic.TriggerTopicDto", {"topic_key": key, "type": "Topic"})


def items(builder, start: int, count: int, **kw) -> list[dict]:
    return [builder(i, **kw) for i in range(start, start + count)]


# --------------------------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------------------------

CASES: list[Case] = []
add = CASES.append

# ---- BlueprintApi --------------------------------------------------------------------------
add(case("BlueprintApi.get_by_id[default]", args=(BLUEPRINT_ID,), responses=[ok({"data": blueprint(0)})]))
add(
    case(
        "BlueprintApi.get_grouped_by_category[default]",
        responses=[
            ok(
                {
                    "data": {
                        "category": "General",
                        "general": [blueprint(1, "Password reset"), blueprint(2, "Magic link")],
                        "popular": [blueprint(3, "Weekly digest")],
                    }
                }
            )
        ],
        note="legacy DTO needs a 'category' key and lists under general/popular",
    )
)

# ---- ChangeApi -----------------------------------------------------------------------------
add(case("ChangeApi.list[defaults]", responses=[ok(page_body(items(change, 0, 2), total=2))]))
add(
    case(
        "ChangeApi.list[page-limit]",
        kwargs={"page": 2, "limit": 5},
        responses=[ok(page_body(items(change, 10, 5), page=2, page_size=5, total=17))],
    )
)
add(
    case(
        "ChangeApi.list[page-limit-zero]",
        kwargs={"page": 0, "limit": 0},
        responses=[ok(page_body([], total=0))],
        note="falsy page/limit are not sent",
    )
)
add(
    case(
        "ChangeApi.list[promoted-str]",
        args=(None, None, "true"),
        responses=[ok(page_body(items(change, 3, 1, enabled=True), total=1))],
    )
)
add(
    case(
        "ChangeApi.list[promoted-bool]",
        kwargs={"promoted": True},
        responses=[ok(page_body(items(change, 4, 1, enabled=True), total=1))],
        tags=("legacy-quirk",),
        note="a Python bool goes on the wire as 'True'",
    )
)
add(case("ChangeApi.count[default]", responses=[ok({"data": 4})]))
add(case("ChangeApi.apply[default]", args=(CHANGE_ID,), responses=[created({"data": [change(0, enabled=True)]})]))
add(
    case(
        "ChangeApi.bulk_apply[two]",
        args=([CHANGE_ID, oid(901)],),
        responses=[
            created(
                {"data": [[change(0, enabled=True)], [change(1, "MessageTemplate", True), change(2, "Layout", True)]]}
            )
        ],
        tags=("generator",),
    )
)
add(
    case(
        "ChangeApi.bulk_apply[single]",
        kwargs={"change_ids": [CHANGE_ID]},
        responses=[created({"data": [[change(0, "Feed", True)]]})],
        tags=("generator",),
    )
)

# ---- EnvironmentApi ------------------------------------------------------------------------
add(
    case(
        "EnvironmentApi.list[default]",
        responses=[ok({"data": [environment(0), environment(1, "Production")]})],
        tags=("generator",),
    )
)
add(
    case(
        "EnvironmentApi.create[name-only]", args=("Staging",), responses=[created({"data": environment(2, "Staging")})]
    )
)
add(
    case(
        "EnvironmentApi.create[parent]",
        kwargs={"name": "Staging", "parent_id": ENV_ID},
        responses=[created({"data": environment(2, "Staging")})],
    )
)
add(case("EnvironmentApi.create[parent-none]", args=("QA", None), responses=[created({"data": environment(3, "QA")})]))
add(case("EnvironmentApi.current[default]", responses=[ok({"data": environment(0)})]))
add(
    case(
        "EnvironmentApi.current[401]",
        responses=[error(401, "/v1/environments/me", "API Key not found")],
        expect_error=401,
        tags=("error",),
    )
)
add(case("EnvironmentApi.api_keys[default]", responses=[ok({"data": [api_key(0), api_key(1)]})], tags=("generator",)))
add(
    case("EnvironmentApi.regenerate_api_key[default]", responses=[created({"data": [api_key(7)]})], tags=("generator",))
)

# ---- EventApi ------------------------------------------------------------------------------
add(
    case(
        "EventApi.trigger[single-recipient]",
        args=("welcome-email", "user-0001", {"firstName": "Ada", "projectId": 42}),
        responses=[created({"data": event_result()})],
    )
)
add(
    case(
        "EventApi.trigger[list-all-options]",
        kwargs={
            "name": "comment-added",
            "recipients": ["user-0001", "user-0002"],
            "payload": {"comment": {"id": "c_1", "text": "Nice!"}, "mentions": ["@ada"], "draft": None},
            "overrides": {"email": {"from": "alerts@acme.io"}, "sms": {"to": "+15550100001"}},
            "transaction_id": TRANSACTION_ID,
            "actor": "user-0009",
            "tenant": "tenant-001",
        },
        responses=[created({"data": event_result()})],
    )
)
add(
    case(
        "EventApi.trigger[subscriber-objects]",
        args=(
            "welcome-email",
            [
                {"subscriberId": "user-0003", "email": "zoe@example.com", "firstName": "Zoë", "locale": "fr-FR"},
                {"type": "Topic", "topicKey": "project-1-watchers"},
            ],
            {"greeting": "¡Hola! Zoë"},
        ),
        responses=[created({"data": event_result("3f1c8e2a-0b4d-4e6f-8a9c-1d2e3f4a5b6c")})],
        note="non-ASCII payload: requests escapes it (ensure_ascii)",
    )
)
add(
    case(
        "EventApi.trigger[falsy-options]",
        args=("welcome-email", "user-0001", {}),
        kwargs={"overrides": {}, "transaction_id": "", "actor": None, "tenant": ""},
        responses=[created({"data": event_result(status="trigger_not_active")})],
        note="falsy optionals are left out of the body",
    )
)
add(
    case(
        "EventApi.trigger[400]",
        args=("welcome-email", [], {}),
        responses=[error(400, "/v1/events/trigger", ["to should not be empty"])],
        expect_error=400,
        tags=("error",),
    )
)
add(
    case(
        "EventApi.trigger[429]",
        args=("welcome-email", "user-0001", {"firstName": "Ada"}),
        responses=[
            error(
                429,
                "/v1/events/trigger",
                "ThrottlerException: Too Many Requests",
                headers={"Retry-After": "1", "RateLimit-Remaining": "0"},
            )
        ],
        expect_error=429,
        tags=("error", "retryable"),
        note="a facade that retries 429 will need a second canned response",
    )
)
add(
    case(
        "EventApi.trigger_bulk[two]",
        args=(
            [
                Dto(
                    D + "event.InputEventDto",
                    {"name": "welcome-email", "recipients": "user-0001", "payload": {"firstName": "Ada"}},
                ),
                Dto(
                    D + "event.InputEventDto",
                    {
                        "name": "invoice-paid",
                        "recipients": ["user-0002", "user-0003"],
                        "payload": {"amount": 129.5, "currency": "EUR"},
                        "overrides": {"email": {"replyTo": "billing@acme.io"}},
                        "transaction_id": "txn-invoice-0002",
                        "actor": "user-0009",
                        "tenant": "tenant-002",
                    },
                ),
            ],
        ),
        responses=[created({"data": [event_result("a1b2c3d4-0001"), event_result("txn-invoice-0002")]})],
        tags=("dto-arg",),
    )
)
add(case("EventApi.trigger_bulk[empty]", args=([],), responses=[created({"data": []})]))
add(
    case(
        "EventApi.trigger_topic[single-dto]",
        args=("project-update", topic_dto("project-1-watchers"), {"projectId": 1}),
        responses=[created({"data": event_result()})],
        tags=("dto-arg",),
    )
)
add(
    case(
        "EventApi.trigger_topic[list-all-options]",
        kwargs={
            "name": "project-update",
            "topics": [topic_dto("project-1-watchers"), topic_dto("project-2-watchers")],
            "payload": {"projectId": 1, "status": "deployed"},
            "overrides": {"in_app": {"feedIdentifier": "deploys"}},
            "transaction_id": TRANSACTION_ID,
            "actor": "user-0001",
            "tenant": "tenant-001",
        },
        responses=[created({"data": event_result()})],
        tags=("dto-arg",),
    )
)
add(
    case(
        "EventApi.trigger_topic[iterator]",
        args=("project-update", Iter((topic_dto("project-3-watchers"),)), {"projectId": 3}),
        responses=[created({"data": event_result()})],
        tags=("dto-arg",),
    )
)
add(
    case(
        "EventApi.broadcast[minimal]",
        args=("maintenance-window", {"startsAt": ts(5)}),
        responses=[created({"data": event_result()})],
    )
)
add(
    case(
        "EventApi.broadcast[all-options]",
        kwargs={
            "name": "maintenance-window",
            "payload": {"startsAt": ts(5), "durationMinutes": 30},
            "overrides": {"email": {"from": "status@acme.io"}},
            "transaction_id": TRANSACTION_ID,
            "actor": "user-0009",
            "tenant": "tenant-001",
        },
        responses=[ok({"data": event_result()})],
    )
)
add(case("EventApi.delete[default]", args=(TRANSACTION_ID,), responses=[ok({"data": True})]))
add(case("EventApi.delete[204]", args=("txn-already-gone",), responses=[no_content()], tags=("204",)))

# ---- ExecutionDetailApi --------------------------------------------------------------------
add(
    case(
        "ExecutionDetailApi.list[default]",
        args=(NOTIFICATION_ID, "user-0000"),
        responses=[
            ok(
                {
                    "data": [
                        execution_detail(0, "Pending", "trigger"),
                        execution_detail(1),
                        execution_detail(2, "Failed"),
                    ]
                }
            )
        ],
        tags=("generator",),
    )
)
add(
    case(
        "ExecutionDetailApi.list[empty]",
        kwargs={"notification_id": NOTIFICATION_ID, "subscriber_id": "user-0001"},
        responses=[ok({"data": []})],
        tags=("generator",),
    )
)

# ---- FeedApi -------------------------------------------------------------------------------
add(case("FeedApi.list[default]", responses=[ok({"data": [feed(0), feed(1, "Product updates")]})], tags=("generator",)))
add(
    case(
        "FeedApi.create[default]", args=("Product updates",), responses=[created({"data": feed(1, "Product updates")})]
    )
)
add(case("FeedApi.delete[default]", args=(FEED_ID,), responses=[ok({"data": [feed(1, "Product updates")]})]))

# ---- InboundParseApi -----------------------------------------------------------------------
add(
    case("InboundParseApi.validate_mx_record_setup[configured]", responses=[ok({"data": {"mxRecordConfigured": True}})])
)
add(
    case(
        "InboundParseApi.validate_mx_record_setup[not-configured]",
        responses=[ok({"data": {"mxRecordConfigured": False}})],
    )
)
add(
    case(
        "InboundParseApi.validate_mx_record_setup[204]",
        responses=[no_content()],
        tags=("204",),
        note="an empty answer reads as False",
    )
)

# ---- IntegrationApi ------------------------------------------------------------------------
add(
    case(
        "IntegrationApi.list[all]",
        responses=[
            ok(
                {
                    "data": [
                        integration(0),
                        integration(1, "twilio", "sms"),
                        integration(2, "slack", "chat", False),
                        integration(3, "novu", "in_app"),
                    ]
                }
            )
        ],
        tags=("generator",),
    )
)
add(
    case(
        "IntegrationApi.list[only-active]",
        kwargs={"only_active": True},
        responses=[ok({"data": [integration(0), integration(1, "twilio", "sms")]})],
        tags=("generator",),
    )
)
add(
    case(
        "IntegrationApi.create[default]",
        args=(integration_dto(),),
        responses=[created({"data": integration(0)})],
        tags=("dto-arg",),
    )
)
add(
    case(
        "IntegrationApi.create[check-false]",
        args=(integration_dto(),),
        kwargs={"check": False},
        responses=[created({"data": integration(0)})],
        tags=("dto-arg",),
    )
)
add(
    case(
        "IntegrationApi.create[check-none]",
        args=(integration_dto(enum_keys=True), None),
        responses=[created({"data": integration(0)})],
        tags=("dto-arg", "enum-arg"),
        note="check=None is sent as true; credentials keyed by CredentialsKeyEnum",
    )
)
add(
    case(
        "IntegrationApi.create[409]",
        args=(integration_dto(),),
        responses=[error(409, "/v1/integrations", "Integration with identifier already exists")],
        expect_error=409,
        tags=("error", "dto-arg"),
    )
)
add(
    case(
        "IntegrationApi.delete[default]",
        args=(oid(1302),),
        responses=[ok({"data": [integration(0), integration(1, "twilio", "sms")]})],
    )
)
add(
    case(
        "IntegrationApi.limit[enum]",
        args=(Enum(CHANNEL, "EMAIL"),),
        responses=[ok({"data": {"limit": 300, "count": 12}})],
        tags=("enum-arg",),
    )
)
add(case("IntegrationApi.limit[str]", kwargs={"channel": "sms"}, responses=[ok({"data": {"limit": 20, "count": 0}})]))
add(case("IntegrationApi.set_primary[default]", args=(INTEGRATION_ID,), responses=[ok({"data": integration(0)})]))
add(
    case(
        "IntegrationApi.status[enum]",
        args=(Enum(E + "provider.EmailProviderIdEnum", "SENDGRID"),),
        responses=[ok({"data": True})],
        tags=("enum-arg",),
    )
)
add(case("IntegrationApi.status[str]", kwargs={"provider_id": "twilio"}, responses=[ok({"data": False})]))
add(
    case(
        "IntegrationApi.update[default]",
        args=(integration_dto(with_id=True),),
        responses=[ok({"data": integration(0)})],
        tags=("dto-arg",),
    )
)
add(
    case(
        "IntegrationApi.update[check-false]",
        kwargs={"integration": integration_dto(with_id=True), "check": False},
        responses=[ok({"data": integration(0, active=False)})],
        tags=("dto-arg",),
    )
)

# ---- LayoutApi -----------------------------------------------------------------------------
add(
    case(
        "LayoutApi.list[defaults]",
        responses=[ok(page_body([layout(0), layout(1, "Marketing", False)], page_size=100, total=2))],
    )
)
add(
    case(
        "LayoutApi.list[page-limit]",
        args=(1, 20),
        responses=[ok(page_body([layout(2, "Receipts", False)], page=1, page_size=20, total=21))],
    )
)
add(
    case(
        "LayoutApi.list[zero]",
        kwargs={"page": 0, "limit": 0},
        responses=[ok(page_body([], page_size=0, total=2))],
        note="zero values are sent (is-not-None checks)",
    )
)
add(
    case(
        "LayoutApi.create[variables]",
        args=(layout_dto(),),
        responses=[created({"data": layout(0)})],
        tags=("dto-arg", "enum-arg"),
    )
)
add(
    case(
        "LayoutApi.create[no-variables]",
        args=(layout_dto(with_variables=False),),
        responses=[created({"data": layout(0)})],
        tags=("dto-arg",),
        note="variables is sent as an explicit null",
    )
)
add(case("LayoutApi.get[default]", args=(LAYOUT_ID,), responses=[ok({"data": layout(0)})]))
add(
    case(
        "LayoutApi.get[404]",
        args=(oid(1499),),
        responses=[error(404, f"/v1/layouts/{oid(1499)}", f"Layout not found for id {oid(1499)}")],
        expect_error=404,
        tags=("error",),
    )
)
add(
    case(
        "LayoutApi.patch[default]",
        args=(layout_dto(with_id=True),),
        responses=[ok({"data": layout(0)})],
        tags=("dto-arg", "enum-arg"),
    )
)
add(case("LayoutApi.delete[default]", args=(oid(1401),), responses=[no_content()], tags=("204",)))
add(case("LayoutApi.set_default[default]", args=(oid(1401),), responses=[no_content()], tags=("204",)))

# ---- MessageApi ----------------------------------------------------------------------------
add(case("MessageApi.list[defaults]", responses=[ok(page_body(items(message, 0, 3), total=3, has_more=False))]))
add(
    case(
        "MessageApi.list[filters]",
        kwargs={"channel": "email", "subscriber_id": "user-0001", "transaction_id": TRANSACTION_ID},
        responses=[ok(page_body([message(1, "email")], total=1, has_more=False))],
    )
)
add(
    case(
        "MessageApi.list[page-limit]",
        args=(50, 3),
        responses=[ok(page_body(items(message, 150, 2), page=3, page_size=50, total=152, has_more=False))],
    )
)
add(
    case(
        "MessageApi.stream[defaults]",
        responses=[ok(page_body(items(message, 0, 4), total=4, has_more=False))],
        tags=("stream",),
    )
)
add(
    case(
        "MessageApi.stream[filters-3-pages]",
        kwargs={"channel": "in_app", "subscriber_id": "user-0001"},
        responses=[
            ok(page_body(items(message, 0, 10), page=0, total=23, has_more=True)),
            ok(page_body(items(message, 10, 10), page=1, total=23, has_more=True)),
            ok(page_body(items(message, 20, 3), page=2, total=23, has_more=False)),
        ],
        tags=("stream",),
    )
)
add(case("MessageApi.delete[default]", args=(MESSAGE_ID,), responses=[ok(deleted_ack())]))

# ---- NotificationApi -----------------------------------------------------------------------
add(case("NotificationApi.list[defaults]", responses=[ok(page_body(items(activity, 0, 2), has_more=False))]))
add(
    case(
        "NotificationApi.list[filters]",
        kwargs={
            "channels": ["email", "in_app"],
            "templates": [TEMPLATE_ID, oid(1601)],
            "emails": ["ada@example.com", "grace@example.com"],
            "subscriber_ids": ["user-0001", "user-0002"],
            "search": "welcome",
            "page": 2,
            "transaction_id": TRANSACTION_ID,
        },
        responses=[ok(page_body([activity(20)], page=2, has_more=False))],
        note="lists repeat the key; None values are dropped",
    )
)
add(
    case(
        "NotificationApi.list[single-item-lists]",
        args=(["sms"], [TEMPLATE_ID], ["ada@example.com"], ["user-0001"]),
        responses=[ok(page_body([activity(3)], has_more=True))],
    )
)
add(
    case(
        "NotificationApi.list[page-none]",
        kwargs={"page": None, "search": ""},
        responses=[ok(page_body([], has_more=False))],
    )
)
add(
    case(
        "NotificationApi.stream[defaults-2-pages]",
        responses=[
            ok(page_body(items(activity, 0, 10), page=0, has_more=True)),
            ok(page_body(items(activity, 10, 4), page=1, has_more=False)),
        ],
        tags=("stream",),
    )
)
add(
    case(
        "NotificationApi.stream[filters-3-pages]",
        kwargs={
            "channels": ["email"],
            "templates": [TEMPLATE_ID],
            "emails": ["ada@example.com"],
            "subscriber_ids": ["user-0001"],
            "search": "invoice",
            "transaction_id": TRANSACTION_ID,
        },
        responses=[
            ok(page_body(items(activity, 0, 10), page=0, has_more=True)),
            ok(page_body(items(activity, 10, 10), page=1, has_more=True)),
            ok(page_body(items(activity, 20, 1), page=2, has_more=False)),
        ],
        tags=("stream",),
    )
)
add(
    case(
        "NotificationApi.stream[error-on-page-2]",
        responses=[
            ok(page_body(items(activity, 0, 10), page=0, has_more=True)),
            error(500, "/v1/notifications", "Internal server error"),
        ],
        expect_error=500,
        tags=("stream", "error", "retryable"),
        note="the error surfaces while iterating, after 10 items",
    )
)
add(case("NotificationApi.stats[default]", responses=[ok({"data": {"weeklySent": 128, "monthlySent": 512}})]))
add(
    case(
        "NotificationApi.graph_stats[defaults]",
        responses=[
            ok(
                {
                    "data": [
                        {"_id": "2024-05-20", "count": 14, "templates": [TEMPLATE_ID], "channels": ["email", "in_app"]},
                        {"_id": "2024-05-21", "count": 3, "templates": [TEMPLATE_ID, oid(1601)], "channels": ["sms"]},
                    ]
                }
            )
        ],
        tags=("generator",),
    )
)
add(
    case(
        "NotificationApi.graph_stats[all]",
        kwargs={"id": TEMPLATE_ID, "start_date": "2024-05-01", "end_date": "2024-05-31", "days": 7},
        responses=[
            ok({"data": [{"_id": "2024-05-20", "count": 14, "templates": [TEMPLATE_ID], "channels": ["email"]}]})
        ],
        tags=("generator", "legacy-quirk"),
        note="snake_case query names start_date/end_date",
    )
)
add(case("NotificationApi.get[default]", args=(NOTIFICATION_ID,), responses=[ok({"data": activity(0)})]))

# ---- NotificationGroupApi ------------------------------------------------------------------
add(case("NotificationGroupApi.list[default]", responses=[ok({"data": [group(0), group(1, "Billing")]})]))
add(case("NotificationGroupApi.create[default]", args=("Billing",), responses=[created({"data": group(1, "Billing")})]))
add(case("NotificationGroupApi.get[default]", args=(GROUP_ID,), responses=[ok({"data": group(0)})]))
add(
    case(
        "NotificationGroupApi.patch[default]",
        args=(oid(1501), "Billing & invoices"),
        responses=[ok({"data": group(1, "Billing & invoices")})],
    )
)
add(case("NotificationGroupApi.delete[default]", kwargs={"_id": oid(1501)}, responses=[ok(deleted_ack())]))

# ---- NotificationTemplateApi ---------------------------------------------------------------
add(
    case(
        "NotificationTemplateApi.list[defaults]",
        responses=[ok(page_body([template(0), template(1, "Invoice paid")], total=2))],
    )
)
add(
    case(
        "NotificationTemplateApi.list[page-zero]",
        kwargs={"page": 0},
        responses=[ok(page_body([template(0)], total=1))],
        note="page=0 is sent",
    )
)
add(
    case(
        "NotificationTemplateApi.list[page-limit]",
        args=(2, 25),
        responses=[ok(page_body([template(51, "Digest")], page=2, page_size=25, total=51))],
    )
)
add(
    case(
        "NotificationTemplateApi.stream[total-count-2-pages]",
        responses=[
            ok(page_body(items(template, 1, 10), page=0, total=12)),
            ok(page_body(items(template, 11, 2), page=1, total=12)),
        ],
        tags=("stream", "legacy-quirk"),
        note="no hasMore: the legacy iterator decides from totalCount > page + 10",
    )
)
add(
    case(
        "NotificationTemplateApi.create[full]",
        args=(template_form_dto(),),
        responses=[created({"data": template(0)})],
        tags=("dto-arg", "enum-arg"),
    )
)
add(
    case(
        "NotificationTemplateApi.create[minimal]",
        args=(template_form_dto(full=False),),
        responses=[created({"data": template(2, "Password reset", False)})],
        tags=("dto-arg",),
    )
)
add(case("NotificationTemplateApi.get[default]", args=(TEMPLATE_ID,), responses=[ok({"data": template(0)})]))
add(
    case(
        "NotificationTemplateApi.update[default]",
        args=(TEMPLATE_ID, template_form_dto()),
        responses=[ok({"data": template(0)})],
        tags=("dto-arg", "enum-arg"),
    )
)
add(case("NotificationTemplateApi.delete[default]", args=(TEMPLATE_ID,), responses=[ok({"data": True})]))
add(
    case(
        "NotificationTemplateApi.update_status[active]", args=(TEMPLATE_ID, True), responses=[ok({"data": template(0)})]
    )
)
add(
    case(
        "NotificationTemplateApi.update_status[inactive]",
        kwargs={"notification_template_id": TEMPLATE_ID, "status": False},
        responses=[ok({"data": template(0, active=False)})],
    )
)

# ---- OrganizationApi -----------------------------------------------------------------------
add(
    case(
        "OrganizationApi.list[default]",
        responses=[ok({"data": [organization(0, with_partner=True), organization(1, "Globex")]})],
        tags=("generator",),
    )
)
add(
    case(
        "OrganizationApi.create[name-only]", args=("Globex",), responses=[created({"data": organization(1, "Globex")})]
    )
)
add(
    case(
        "OrganizationApi.create[logo]",
        kwargs={"name": "Initech", "logo": "https://cdn.example.com/initech.png"},
        responses=[created({"data": organization(2, "Initech")})],
    )
)
add(case("OrganizationApi.current[default]", responses=[ok({"data": organization(0)})]))
add(
    case(
        "OrganizationApi.current[502-no-body]",
        responses=[(502, None)],
        expect_error=502,
        tags=("error", "retryable"),
        note="error without a JSON body",
    )
)
add(
    case(
        "OrganizationApi.rename[default]",
        args=("Acme Corporation",),
        responses=[ok({"data": {"name": "Acme Corporation"}})],
    )
)
add(
    case(
        "OrganizationApi.list_members[default]",
        responses=[ok({"data": [member(0), member(1, invited=True)]})],
        tags=("generator",),
    )
)
add(case("OrganizationApi.remove_member[default]", args=(MEMBER_ID,), responses=[ok({"data": member(0)})]))
add(
    case(
        "OrganizationApi.update_branding[full]",
        args=(
            Dto(
                D + "organization.OrganizationBrandingDto",
                {
                    "logo": "https://cdn.example.com/acme/logo.png",
                    "color": "#f47373",
                    "font_color": "#1f2937",
                    "content_background": "#ffffff",
                    "direction": Enum(E + "organization.OrganizationBrandingDirection", "LEFT_TO_RIGHT"),
                    "font_family": "Inter",
                },
            ),
        ),
        responses=[ok({"data": branding()})],
        tags=("dto-arg", "enum-arg"),
    )
)
add(
    case(
        "OrganizationApi.update_branding[partial]",
        kwargs={"branding": Dto(D + "organization.OrganizationBrandingDto", {"color": "#0ea5e9"})},
        responses=[ok({"data": dict(branding("#0ea5e9"), logo=None)})],
        tags=("dto-arg",),
        note="unset fields are sent as explicit nulls",
    )
)

# ---- SubscriberApi -------------------------------------------------------------------------
add(case("SubscriberApi.list[defaults]", responses=[ok(page_body(items(subscriber, 0, 3), total=3, has_more=False))]))
add(
    case(
        "SubscriberApi.list[page]",
        args=(2,),
        responses=[ok(page_body(items(subscriber, 20, 2), page=2, total=22, has_more=False))],
    )
)
add(
    case(
        "SubscriberApi.list[page-zero]",
        kwargs={"page": 0},
        responses=[ok(page_body(items(subscriber, 0, 1), total=1, has_more=False))],
        note="page=0 is not sent",
    )
)
add(
    case(
        "SubscriberApi.stream[3-pages]",
        responses=[
            ok(page_body(items(subscriber, 0, 10), page=0, total=25, has_more=True)),
            ok(page_body(items(subscriber, 10, 10), page=1, total=25, has_more=True)),
            ok(page_body(items(subscriber, 20, 5), page=2, total=25, has_more=False)),
        ],
        tags=("stream",),
    )
)
add(case("SubscriberApi.stream[empty]", responses=[ok(page_body([], total=0, has_more=False))], tags=("stream",)))
add(
    case(
        "SubscriberApi.create[minimal]",
        args=(subscriber_dto(7),),
        responses=[created({"data": subscriber(7)})],
        tags=("dto-arg",),
    )
)
add(
    case(
        "SubscriberApi.create[full]",
        args=(subscriber_dto(0, full=True),),
        responses=[created({"data": subscriber(0)})],
        tags=("dto-arg", "enum-arg"),
    )
)
add(
    case(
        "SubscriberApi.bulk_create[list]",
        args=([subscriber_dto(1, full=True), subscriber_dto(2), subscriber_dto(3)],),
        responses=[
            created(
                {
                    "data": {
                        "created": [{"subscriberId": "user-0001"}, {"subscriberId": "user-0002"}],
                        "updated": [{"subscriberId": "user-0003"}],
                        "failed": [],
                    }
                }
            )
        ],
        tags=("dto-arg",),
    )
)
add(
    case(
        "SubscriberApi.bulk_create[iterator]",
        args=(Iter((subscriber_dto(4), subscriber_dto(5))),),
        responses=[
            created(
                {
                    "data": {
                        "created": [{"subscriberId": "user-0004"}],
                        "updated": [],
                        "failed": [
                            {"subscriberId": "user-0005", "message": "subscriberId already used in this request"}
                        ],
                    }
                }
            )
        ],
        tags=("dto-arg",),
    )
)
add(case("SubscriberApi.get[default]", args=("user-0001",), responses=[ok({"data": subscriber(1)})]))
add(
    case(
        "SubscriberApi.get[email-like-id]",
        args=("jane.doe+news@example.com",),
        responses=[ok({"data": subscriber(2, "jane.doe+news@example.com")})],
        note="identifier with '+' and '@' in the path",
    )
)
add(
    case(
        "SubscriberApi.get[404]",
        args=("user-9999",),
        responses=[error(404, "/v1/subscribers/user-9999", "Subscriber not found for id user-9999")],
        expect_error=404,
        tags=("error",),
    )
)
add(
    case(
        "SubscriberApi.put[default]",
        args=(subscriber_dto(1, full=True),),
        responses=[ok({"data": subscriber(1)})],
        tags=("dto-arg", "enum-arg"),
    )
)
add(case("SubscriberApi.delete[default]", args=("user-0001",), responses=[ok(deleted_ack())]))
add(
    case(
        "SubscriberApi.credentials[webhook]",
        args=("user-0000", "slack"),
        kwargs={"webhook_url": "https://hooks.slack.com/services/T0001/B0001/XyZ"},
        responses=[ok({"data": subscriber(0)})],
    )
)
add(
    case(
        "SubscriberApi.credentials[device-tokens]",
        kwargs={
            "subscriber_id": "user-0001",
            "provider_id": "fcm",
            "device_tokens": ["fcm-token-aaa", "fcm-token-bbb"],
        },
        responses=[ok({"data": subscriber(1)})],
    )
)
add(
    case(
        "SubscriberApi.credentials[both]",
        args=("user-0002", "discord", "https://discord.com/api/webhooks/1/abc", ["tok-1"]),
        responses=[ok({"data": subscriber(2)})],
    )
)
add(
    case(
        "SubscriberApi.credentials[none]",
        args=("user-0003", "msteams"),
        responses=[ok({"data": subscriber(3)})],
        note="credentials sent as {}",
    )
)
add(
    case(
        "SubscriberApi.delete_credentials[enum]",
        args=("user-0000", Enum(E + "provider.ChatProviderIdEnum", "SLACK")),
        responses=[no_content()],
        tags=("204", "enum-arg"),
    )
)
add(case("SubscriberApi.delete_credentials[str]", args=("user-0001", "fcm"), responses=[no_content()], tags=("204",)))
add(case("SubscriberApi.online_status[online]", args=("user-0000", True), responses=[ok({"data": subscriber(0)})]))
add(
    case(
        "SubscriberApi.online_status[offline]",
        kwargs={"subscriber_id": "user-0001", "status": False},
        responses=[ok({"data": subscriber(1)})],
    )
)
add(
    case(
        "SubscriberApi.preferences[default]",
        args=("user-0001",),
        responses=[ok({"data": [preference(0), preference(1, enabled=False), preference(2, email=False)]})],
        tags=("generator",),
    )
)
add(
    case(
        "SubscriberApi.change_channel_preference[enum]",
        args=("user-0001", TEMPLATE_ID, Enum(CHANNEL, "EMAIL"), False),
        responses=[ok({"data": preference(0, email=False)})],
        tags=("enum-arg",),
    )
)
add(
    case(
        "SubscriberApi.change_channel_preference[str]",
        kwargs={"subscriber_id": "user-0001", "template_id": TEMPLATE_ID, "channel": "in_app", "channel_enabled": True},
        responses=[ok({"data": preference(0)})],
    )
)
add(
    case(
        "SubscriberApi.change_preference_state[disable]",
        args=("user-0001", TEMPLATE_ID, False),
        responses=[ok({"data": preference(0, enabled=False)})],
    )
)
add(
    case(
        "SubscriberApi.change_preference_state[enable]",
        args=("user-0001", TEMPLATE_ID, True),
        responses=[ok({"data": preference(0)})],
    )
)
add(case("SubscriberApi.unseen_notifications[default]", args=("user-0001",), responses=[ok({"data": {"count": 7}})]))
add(
    case(
        "SubscriberApi.mark_as[seen]",
        args=("user-0001", MESSAGE_ID),
        kwargs={"seen": True},
        responses=[created({"data": [message(0)]})],
    )
)
add(
    case(
        "SubscriberApi.mark_as[read]",
        args=("user-0001", MESSAGE_ID, None, True),
        responses=[created({"data": [message(0)]})],
    )
)
add(
    case(
        "SubscriberApi.mark_as[both-false]",
        kwargs={"subscriber_id": "user-0001", "message_id": MESSAGE_ID, "seen": False, "read": False},
        responses=[created({"data": [message(1)]})],
    )
)
add(
    case(
        "SubscriberApi.mark_as[neither]",
        args=("user-0001", MESSAGE_ID),
        responses=[created({"data": [message(2)]})],
        note="mark sent as {}",
    )
)
add(
    case(
        "SubscriberApi.mark_all_as[read]",
        args=("user-0001", Enum(E + "message.MarkAsEnum", "READ")),
        responses=[created({"data": 5})],
        tags=("enum-arg",),
    )
)
add(
    case(
        "SubscriberApi.mark_all_as[seen-feeds]",
        kwargs={
            "subscriber_id": "user-0001",
            "mark_as": Enum(E + "message.MarkAsEnum", "SEEN"),
            "feed_identifiers": ["marketing", "product-updates"],
        },
        responses=[created({"data": 2})],
        tags=("enum-arg",),
    )
)
add(
    case(
        "SubscriberApi.mark_message_action[no-payload]",
        args=("user-0001", MESSAGE_ID, "primary", Enum(E + "message.MessageActionStatus", "DONE")),
        responses=[created({"data": message(0)})],
        tags=("enum-arg",),
    )
)
add(
    case(
        "SubscriberApi.mark_message_action[payload]",
        kwargs={
            "subscriber_id": "user-0001",
            "message_id": MESSAGE_ID,
            "action_type": "secondary",
            "status": Enum(E + "message.MessageActionStatus", "PENDING"),
            "payload": {"reason": "later", "snoozeMinutes": 30},
        },
        responses=[created({"data": message(0)})],
        tags=("enum-arg",),
    )
)
add(
    case(
        "SubscriberApi.mark_message_action[empty-payload]",
        args=("user-0001", MESSAGE_ID, "primary", "done", {}),
        responses=[created({"data": message(0)})],
        note="an empty payload dict is still sent",
    )
)

# ---- TenantApi -----------------------------------------------------------------------------
add(case("TenantApi.list[defaults]", responses=[ok(page_body(items(tenant, 0, 2), page=0, has_more=False))]))
add(
    case(
        "TenantApi.list[page-limit]",
        kwargs={"page": 3, "limit": 2},
        responses=[ok(page_body(items(tenant, 6, 2), page=3, page_size=2, has_more=True))],
    )
)
add(
    case(
        "TenantApi.list[zero]",
        args=(0, 0),
        responses=[ok(page_body([tenant(0)], page=0, has_more=False))],
        note="falsy page/limit are not sent",
    )
)
add(
    case(
        "TenantApi.stream[2-pages]",
        responses=[
            ok(page_body(items(tenant, 0, 10), page=0, has_more=True)),
            ok(page_body(items(tenant, 10, 6), page=1, has_more=False)),
        ],
        tags=("stream",),
    )
)
add(
    case(
        "TenantApi.create[no-data]",
        args=("tenant-001", "Acme EU"),
        responses=[created({"data": tenant(1, "tenant-001", "Acme EU")})],
        note="data sent as {}",
    )
)
add(
    case(
        "TenantApi.create[data]",
        kwargs={
            "identifier": "tenant-002",
            "name": "Acme US",
            "data": {"region": "us-east-1", "tier": "gold", "limits": {"seats": 50}},
        },
        responses=[created({"data": tenant(2, "tenant-002", "Acme US")})],
    )
)
add(case("TenantApi.get[default]", args=("tenant-001",), responses=[ok({"data": tenant(1, "tenant-001", "Acme EU")})]))
add(
    case(
        "TenantApi.patch[name-only]",
        args=("tenant-001",),
        kwargs={"name": "Acme Europe"},
        responses=[ok({"data": tenant(1, "tenant-001", "Acme Europe")})],
    )
)
add(
    case(
        "TenantApi.patch[all]",
        args=("tenant-001", "tenant-eu", "Acme Europe", {"region": "eu-central-1"}),
        responses=[ok({"data": tenant(2, "tenant-eu", "Acme Europe")})],
    )
)
add(
    case(
        "TenantApi.patch[falsy]",
        kwargs={"reference": "tenant-001", "identifier": "", "name": None, "data": {}},
        responses=[ok({"data": tenant(1, "tenant-001", "Acme EU")})],
        note="falsy values are dropped: body {}",
    )
)
add(case("TenantApi.delete[default]", args=("tenant-001",), responses=[no_content()], tags=("204",)))

# ---- TopicApi ------------------------------------------------------------------------------
add(case("TopicApi.list[defaults]", responses=[ok(page_body(items(topic, 0, 2), total=2))]))
add(
    case(
        "TopicApi.list[page-limit-key]",
        kwargs={"page": 1, "limit": 5, "key": "project-7-watchers"},
        responses=[ok(page_body([topic(7)], page=1, page_size=5, total=6))],
        note="page size is sent as 'limit'",
    )
)
add(
    case(
        "TopicApi.list[zero]", args=(0, 0, ""), responses=[ok(page_body([], total=0))], note="falsy values are not sent"
    )
)
add(
    case(
        "TopicApi.create[default]",
        args=("project-1-watchers", "Project 1 watchers"),
        responses=[created({"data": {"_id": oid(2301), "key": "project-1-watchers"}})],
    )
)
add(
    case(
        "TopicApi.get[default]", args=("project-1-watchers",), responses=[ok({"data": topic(1, "project-1-watchers")})]
    )
)
add(
    case(
        "TopicApi.subscribe[single]",
        args=("project-1-watchers", "user-0001"),
        responses=[ok({"data": {"succeeded": ["user-0001"]}})],
        note="a single id is wrapped in a list; no 'failed' key in the answer",
    )
)
add(
    case(
        "TopicApi.subscribe[list-partial]",
        kwargs={"key": "project-1-watchers", "subscribers": ["user-0001", "user-0002", "user-9999"]},
        responses=[ok({"data": {"succeeded": ["user-0001", "user-0002"], "failed": {"notFound": ["user-9999"]}}})],
    )
)
add(
    case(
        "TopicApi.subscribe[tuple]",
        args=("project-1-watchers", ("user-0001", "user-0002")),
        responses=[ok({"data": {"succeeded": [], "failed": {"notFound": []}}})],
        tags=("legacy-quirk",),
        note="a tuple is not a list: legacy wraps it, sending [[...]]",
    )
)
add(
    case(
        "TopicApi.unsubscribe[single]",
        args=("project-1-watchers", "user-0001"),
        responses=[no_content()],
        tags=("204",),
    )
)
add(
    case(
        "TopicApi.unsubscribe[list]",
        kwargs={"key": "project-1-watchers", "subscribers": ["user-0001", "user-0002"]},
        responses=[no_content()],
        tags=("204",),
    )
)
add(
    case(
        "TopicApi.rename[default]",
        args=("project-1-watchers", "Project One watchers"),
        responses=[ok({"data": topic(1, "project-1-watchers", "Project One watchers")})],
    )
)
add(case("TopicApi.delete[default]", args=("project-1-watchers",), responses=[no_content()], tags=("204",)))
add(
    case(
        "TopicApi.subscribed[200]",
        args=("project-1-watchers", "user-0001"),
        responses=[
            ok(
                {
                    "data": {
                        "_organizationId": ORG_ID,
                        "_environmentId": ENV_ID,
                        "_subscriberId": oid(101),
                        "_topicId": oid(2301),
                        "topicKey": "project-1-watchers",
                        "externalSubscriberId": "user-0001",
                    }
                }
            )
        ],
    )
)
add(
    case(
        "TopicApi.subscribed[404]",
        args=("project-1-watchers", "user-0042"),
        responses=[
            error(
                404,
                "/v1/topics/project-1-watchers/subscribers/user-0042",
                "Subscriber user-0042 not found in topic project-1-watchers",
            )
        ],
        note="404 answers False, no exception",
    )
)
add(
    case(
        "TopicApi.subscribed[500]",
        args=("project-1-watchers", "user-0001"),
        responses=[error(500, "/v1/topics/project-1-watchers/subscribers/user-0001", "Internal server error")],
        expect_error=500,
        tags=("error", "retryable"),
    )
)


def cases_by_id() -> dict[str, Case]:
    return {c.id: c for c in CASES}
