"""Differential tests: legacy ``novu.dto`` and ``novu_facade.dto`` parse and emit the same data.

Inputs are derived from the legacy field types (so the facade's own declarations are not trusted to
build them) in several variants, plus hand-written payloads shaped like real Novu API responses.
Everything is compared through observable behaviour: ``dataclasses.asdict``, ``to_camel_case()``,
``repr``, equality, instance storage and errors.
"""

import collections
import copy
import dataclasses
import enum
import importlib
import random
import typing
from typing import Any

import pytest

from tests.legacy_surface import manifest

DTOS: dict[str, Any] = manifest()["dtos"]

import novu.dto.base as legacy_base  # noqa: E402  (needs setuptools<81 for pkg_resources)

import novu_facade.dto.base as facade_base  # noqa: E402

OBJECT_ID = "65a1f0c2e4b0a1b2c3d4e5f6"
DATE = "2024-06-30T12:34:56.789Z"
UNKNOWN_ENUM_VALUE = "brand-new-value-from-a-newer-api"


def pair(name: str) -> tuple[Any, Any]:
    module = DTOS[name]["module"]
    legacy = getattr(importlib.import_module(module), name)
    facade = getattr(importlib.import_module("novu_facade." + module[len("novu.") :]), name)
    return legacy, facade


def camel(name: str) -> str:
    return legacy_base.snake_case_to_camel_case(name)


# ------------------------------------------------------------------------------------------------
# Input generation from the legacy field types


def _descriptor_item(tp: Any) -> tuple[str, Any] | None:
    """('one' | 'many', item class) when ``tp`` is (Optional of) a legacy descriptor type."""
    for candidate in (tp, *typing.get_args(tp)):
        origin = typing.get_origin(candidate)
        if origin is legacy_base.DtoDescriptor:
            return "one", typing.get_args(candidate)[0]
        if origin is legacy_base.DtoIterableDescriptor:
            return "many", typing.get_args(candidate)[0]
    return None


def scalar_for(name: str) -> str:
    if name.endswith("_at") or name in {"last_online_at", "date"}:
        return DATE
    if name in {"id", "_id"} or name.endswith("_id"):
        return OBJECT_ID
    if "email" in name:
        return "jane.doe@example.com"
    if "url" in name:
        return "https://hooks.example.com/novu"
    return f"{name.strip('_')}-value"


def sample(tp: Any, name: str, depth: int, variant: str) -> Any:
    """A JSON-like value (as the API would send it) for a field of type ``tp``."""
    nested = _descriptor_item(tp)
    if nested is not None:
        kind, item_cls = nested
        if depth > 4:
            return None if kind == "one" else []
        if kind == "one":
            return camel_input(item_cls, depth + 1, variant)
        return [camel_input(item_cls, depth + 1, variant), camel_input(item_cls, depth + 1, variant)]
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union:
        non_none = [a for a in args if a is not type(None)]
        return sample(non_none[0], name, depth, variant)
    if origin is list:
        return [sample(args[0], name, depth, variant), sample(args[0], name, depth, variant)]
    if origin is dict:
        return {"apiKey": "secret-api-key", "secure": True, "from": "noreply@example.com"}
    if tp is typing.Any or tp is object:
        return {"anything": [1, "two", None, {"deepKey": 3.5}]}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if variant == "unknown_enums":
            return UNKNOWN_ENUM_VALUE
        return list(tp)[-1].value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):  # Optional[Dto] annotated directly
        return camel_input(tp, depth + 1, variant)
    if tp is bool:
        return depth % 2 == 0
    if tp is int:
        return 42 + depth
    if tp is dict:
        return {"customKey": "v", "nested_snake": {"innerCamel": [1, 2, None]}, "flag": False}
    if tp is str:
        return scalar_for(name)
    raise AssertionError(f"no sample for {tp!r}")


def camel_input(cls: Any, depth: int = 0, variant: str = "full") -> dict[str, Any]:
    """A camelCase payload for the legacy dataclass ``cls``."""
    out: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        required = field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        if variant == "required" and not required:
            continue
        if variant == "nulls" and not required:
            out[camel(field.name)] = None
            continue
        value = sample(field.type, field.name, depth, variant)
        key = field.name if variant == "snake_keys" else camel(field.name)
        out[key] = value
    out["someFutureField"] = {"addedIn": "v3", "values": [1, 2]}
    out["__weird key__"] = "ignored"
    return out


VARIANTS = ["full", "required", "nulls", "unknown_enums", "snake_keys"]


# ------------------------------------------------------------------------------------------------
# Comparison helpers


def assert_same(legacy_obj: Any, facade_obj: Any) -> None:
    assert dataclasses.asdict(facade_obj) == dataclasses.asdict(legacy_obj)
    assert facade_obj.to_camel_case() == legacy_obj.to_camel_case()
    assert list(facade_obj.to_camel_case()) == list(legacy_obj.to_camel_case())  # key order too
    assert repr(facade_obj) == repr(legacy_obj)
    assert sorted(vars(facade_obj)) == sorted(vars(legacy_obj))
    assert facade_obj == copy.deepcopy(facade_obj)


def parse_both(name: str, data: Any) -> tuple[Any, Any]:
    legacy_cls, facade_cls = pair(name)
    return legacy_cls.from_camel_case(copy.deepcopy(data)), facade_cls.from_camel_case(copy.deepcopy(data))


# ------------------------------------------------------------------------------------------------
# Generated inputs, every DTO


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", sorted(DTOS))
def test_from_camel_case_parity(name: str, variant: str) -> None:
    legacy_cls, _ = pair(name)
    data = camel_input(legacy_cls, variant=variant)
    legacy_obj, facade_obj = parse_both(name, data)
    assert_same(legacy_obj, facade_obj)
    # parsing is deterministic and equality is field-wise
    assert pair(name)[1].from_camel_case(data) == facade_obj


@pytest.mark.parametrize("name", sorted(DTOS))
def test_positional_and_keyword_construction_parity(name: str) -> None:
    legacy_cls, facade_cls = pair(name)
    fields = dataclasses.fields(legacy_cls)
    args = [sample(f.type, f.name, 0, "full") for f in fields]
    assert_same(legacy_cls(*copy.deepcopy(args)), facade_cls(*copy.deepcopy(args)))
    kwargs = {f.name: a for f, a in zip(fields, args, strict=True)}
    assert_same(legacy_cls(**copy.deepcopy(kwargs)), facade_cls(**copy.deepcopy(kwargs)))
    required = {
        f.name: kwargs[f.name]
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    assert_same(legacy_cls(**copy.deepcopy(required)), facade_cls(**copy.deepcopy(required)))


@pytest.mark.parametrize("name", sorted(DTOS))
def test_missing_required_field_fails_alike(name: str) -> None:
    legacy_cls, facade_cls = pair(name)
    required = [
        f.name
        for f in dataclasses.fields(legacy_cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    if not required:
        assert_same(legacy_cls.from_camel_case({}), facade_cls.from_camel_case({}))
        return
    data = camel_input(legacy_cls, variant="required")
    del data[camel(required[0])]
    with pytest.raises(TypeError):
        legacy_cls.from_camel_case(data)
    with pytest.raises(TypeError):
        facade_cls.from_camel_case(data)


# ------------------------------------------------------------------------------------------------
# Hand-written payloads shaped like real API responses

SUBSCRIBER = {
    "_id": OBJECT_ID,
    "subscriberId": "user-42",
    "firstName": "Jane",
    "lastName": "Doe",
    "email": "jane.doe@example.com",
    "phone": None,
    "avatar": None,
    "locale": "en-GB",
    "_organizationId": "65a1f0c2e4b0a1b2c3d40001",
    "_environmentId": "65a1f0c2e4b0a1b2c3d40002",
    "deleted": False,
    "createdAt": DATE,
    "updatedAt": DATE,
    "isOnline": True,
    "lastOnlineAt": DATE,
    "data": {"plan": "pro", "address": {"city": "Lyon", "zipCode": "69001"}},
    "channels": [
        {
            "providerId": "slack",
            "_integrationId": "65a1f0c2e4b0a1b2c3d40003",
            "integrationIdentifier": "slack-main",
            "credentials": {"webhookUrl": "https://hooks.slack.com/x", "channel": "#alerts", "deviceTokens": None},
        },
        {
            "providerId": "fcm",
            "_integrationId": "65a1f0c2e4b0a1b2c3d40004",
            "credentials": {"deviceTokens": ["tok-1", "tok-2"], "futureCredential": "x"},
        },
        {"providerId": "some-new-provider", "_integrationId": "65a1f0c2e4b0a1b2c3d40005", "credentials": None},
    ],
    "__v": 0,
}

NOTIFICATION_TEMPLATE = {
    "_id": OBJECT_ID,
    "name": "Welcome",
    "description": "Onboarding",
    "active": True,
    "draft": False,
    "critical": False,
    "tags": ["onboarding"],
    "preferenceSettings": {"email": True, "sms": False, "in_app": True, "inApp": False, "chat": True, "push": False},
    "steps": [
        {
            "_id": "s1",
            "_templateId": "t1",
            "active": True,
            "shouldStopOnFail": False,
            "template": {"type": "email", "subject": "Hi {{name}}", "content": [{"type": "text", "content": "Hello"}]},
            "filters": [
                {
                    "isNegated": False,
                    "type": "GROUP",
                    "value": "AND",
                    "children": [
                        {"field": "plan", "value": "pro", "operator": "EQUAL", "on": "subscriber"},
                        {
                            "field": "",
                            "on": "isOnlineInLast",
                            "timeOperator": "hours",
                            "value": 3,
                            "operator": "LARGER",
                        },
                    ],
                }
            ],
            "metadata": {"type": "regular", "amount": 5, "unit": "minutes", "digestKey": "postId"},
            "replayCallback": None,
        },
        {"_id": "s2", "metadata": None, "filters": None},
    ],
    "triggers": [
        {
            "type": "event",
            "identifier": "welcome",
            "variables": [{"name": "name"}, {"name": "plan", "type": "String"}],
            "subscriberVariables": [{"name": "email"}],
        }
    ],
    "_environmentId": "env",
    "_organizationId": "org",
    "_notificationGroupId": "grp",
    "_parentId": None,
    "_creatorId": "creator",
    "notificationGroup": {"_id": "grp", "name": "General", "_environmentId": "env", "_organizationId": "org"},
    "createdAt": DATE,
    "updatedAt": DATE,
    "deleted": False,
    "deletedAt": None,
    "isBlueprint": False,
}

ACTIVITY_PAGE = {
    "page": 0,
    "hasMore": True,
    "pageSize": 10,
    "totalCount": 1,
    "data": [
        {
            "_id": OBJECT_ID,
            "_environmentId": "env",
            "_organizationId": "org",
            "transactionId": "tx-1",
            "createdAt": DATE,
            "channels": ["email", "in_app"],
            "subscriber": {"_id": "sub", "firstName": "Jane", "email": None, "subscriberId": "user-42"},
            "template": {
                "_id": "tpl",
                "name": "Welcome",
                "triggers": [{"type": "event", "identifier": "welcome", "variables": [{"name": "x"}]}],
            },
            # the API sends a list here; the legacy SDK declares a single nested object
            "jobs": [
                {
                    "_id": "job",
                    "type": "email",
                    "status": "completed",
                    "providerId": "sendgrid",
                    "executionDetails": [],
                    "step": {"_id": "step", "active": True, "filters": []},
                }
            ],
        },
        {
            "_environmentId": "env",
            "_organizationId": "org",
            "transactionId": "tx-2",
            "subscriber": None,
            "template": None,
            "jobs": {
                "_id": "job",
                "providerId": {"id": "novu"},
                "status": "pending",
                "step": [{"_id": "s", "active": False, "filters": {"a": 1}, "template": None}],
                "type": {"type": "event", "identifier": "x", "variables": []},
                "executionDetails": [
                    {
                        "_id": "d",
                        "_jobId": "job",
                        "status": "Success",
                        "detail": "sent",
                        "isRetry": False,
                        "isTest": False,
                        "providerId": {"id": "sendgrid"},
                        "source": "Internal",
                        "raw": None,
                    }
                ],
                "digest": None,
                "payload": {"k": "v"},
            },
        },
    ],
}

ORGANIZATION = {
    "_id": OBJECT_ID,
    "name": "Acme",
    "logo": "https://cdn.example.com/logo.png",
    "branding": {
        "color": "#ff0000",
        "logo": None,
        "direction": "rtl",
        "fontFamily": "Inter",
        "contentBackground": "#fff",
    },
    "partnerConfigurations": [
        {"accessToken": "tok", "configurationId": "cfg", "partnerType": "vercel", "teamId": None, "projectIds": ["p"]},
        {"accessToken": "tok2", "configurationId": "cfg2", "partnerType": "netlify"},
    ],
}

ENVIRONMENT = {
    "_id": OBJECT_ID,
    "id": OBJECT_ID,
    "name": "Production",
    "identifier": "prod-identifier",
    "_organizationId": "org",
    "_parentId": "dev-env",
    "widget": {"notificationCenterEncryption": False},
    "apiKeys": [{"key": "sk_123", "_userId": "user", "_id": "k1"}],
    "createdAt": DATE,
    "updatedAt": DATE,
}

HAND_WRITTEN: list[tuple[str, Any]] = [
    ("SubscriberDto", SUBSCRIBER),
    ("PaginatedSubscriberDto", {"page": 2, "totalCount": 3, "pageSize": 1, "hasMore": True, "data": [SUBSCRIBER]}),
    ("BulkResultSubscriberDto", {"created": [SUBSCRIBER], "updated": [], "failed": [{"subscriberId": "x"}]}),
    (
        "SubscriberPreferenceDto",
        {
            "template": {"_id": "tpl", "name": "Welcome", "critical": False, "tags": []},
            "preference": {"enabled": True, "channels": {"email": False, "in_app": True, "inApp": False}},
        },
    ),
    ("NotificationTemplateDto", NOTIFICATION_TEMPLATE),
    ("PaginatedNotificationTemplateDto", {"page": 0, "pageSize": 10, "totalCount": 1, "data": [NOTIFICATION_TEMPLATE]}),
    ("PaginatedActivityNotificationDto", ACTIVITY_PAGE),
    ("OrganizationDto", ORGANIZATION),
    ("EnvironmentDto", ENVIRONMENT),
    (
        "PaginatedChangeDto",
        {
            "page": 0,
            "totalCount": 1,
            "pageSize": 20,
            "data": [
                {
                    "_id": "c",
                    "enabled": False,
                    "type": "NotificationTemplate",
                    "change": [{"op": "add", "path": ["steps", "0"], "val": {"x": 1}}, {"op": "unset", "val": None}],
                    "_entityId": "e",
                    "_parentId": None,
                    "createdAt": DATE,
                }
            ],
        },
    ),
    (
        "PaginatedLayoutDto",
        {
            "page": 0,
            "pageSize": 10,
            "totalCount": 1,
            "data": [
                {
                    "_id": "l",
                    "name": "Default",
                    "description": None,
                    "channel": "email",
                    "content": "<html>{{{body}}}</html>",
                    "contentType": "customHtml",
                    "variables": [{"name": "body", "type": "String", "required": True, "defaultValue": ""}],
                    "isDefault": True,
                    "isDeleted": False,
                    "createdAt": DATE,
                }
            ],
        },
    ),
    (
        "IntegrationDto",
        {
            "_id": "i",
            "providerId": "sendgrid",
            "channel": "email",
            "credentials": {"apiKey": "k", "from": "a@example.com", "senderName": "Acme", "newCredential": 1},
            "active": True,
            "identifier": "sendgrid-1",
            "primary": True,
            "conditions": [],
            "deleted": False,
        },
    ),
    (
        "MemberDto",
        {
            "_id": "m",
            "_userId": "u",
            "user": {"_id": "u", "firstName": "Jane", "lastName": "Doe", "email": "jane@example.com"},
            "roles": ["admin", "owner"],
            "invite": {"email": "x@example.com", "token": "t", "invitationDate": DATE, "_inviterId": "i"},
            "memberStatus": "active",
            "_organizationId": "org",
        },
    ),
    ("EventDto", {"acknowledged": True, "status": "processed", "transactionId": "tx", "error": []}),
    (
        "GroupedBlueprintDto",
        {
            "category": "Onboarding",
            "general": [{"name": "Welcome", "description": "d", "_id": "b", "steps": [{"x": 1}], "triggers": []}],
            "popular": {"name": "Popular", "blueprints": []},
        },
    ),
    ("PaginatedTopicDto", {"page": 0, "pageSize": 10, "totalCount": 1, "data": [{"key": "k", "subscribers": ["a"]}]}),
    ("PaginatedTenantDto", {"page": 0, "hasMore": False, "pageSize": 10, "data": [{"identifier": "t", "name": "T"}]}),
    (
        "PaginatedMessageDto",
        {
            "page": 0,
            "pageSize": 10,
            "totalCount": 1,
            "data": [{"_id": "msg", "channel": "in_app", "seen": False, "read": True, "cta": {"type": "redirect"}}],
        },
    ),
]


@pytest.mark.parametrize(("name", "payload"), HAND_WRITTEN, ids=[f"{n}-{i}" for i, (n, _) in enumerate(HAND_WRITTEN)])
def test_realistic_payload_parity(name: str, payload: Any) -> None:
    legacy_obj, facade_obj = parse_both(name, payload)
    assert_same(legacy_obj, facade_obj)


# ------------------------------------------------------------------------------------------------
# Legacy quirks, pinned explicitly


def test_nested_dict_assignment_becomes_dto_and_list_none_keeps_previous() -> None:
    from novu_facade.dto.subscriber import SubscriberChannelSettingsCredentialsDto, SubscriberDto
    from novu_facade.dto.subscriber import SubscriberChannelSettingsDto as Channel

    sub = SubscriberDto(subscriber_id="u")
    assert sub.channels is None  # descriptor-backed list field defaults to None, not []
    assert SubscriberDto.channels is None  # class access too
    sub.channels = [{"providerId": "fcm", "_integrationId": "i", "credentials": {"deviceTokens": ["t"]}}]
    assert sub.channels is not None
    assert isinstance(sub.channels[0], Channel)
    assert isinstance(sub.channels[0].credentials, SubscriberChannelSettingsCredentialsDto)
    previous = sub.channels
    sub.channels = None
    assert sub.channels is previous
    assert vars(sub)["_channels"] is previous


def test_non_dto_values_in_nested_fields_are_kept_raw_like_legacy() -> None:
    payload = {
        "subscriberId": "u",
        "channels": ["not-a-dict", {"providerId": "x", "_integrationId": "i"}, 3],
    }
    legacy_obj, facade_obj = parse_both("SubscriberDto", payload)
    assert_same(legacy_obj, facade_obj)
    assert facade_obj.channels[0] == "not-a-dict"
    # a string assigned to an iterable field is iterated, exactly like the legacy SDK does
    legacy_obj, facade_obj = parse_both("SubscriberDto", {"subscriberId": "u", "channels": "ab"})
    assert_same(legacy_obj, facade_obj)
    assert facade_obj.channels == ["a", "b"]


def test_optional_dto_annotation_is_not_parsed_like_legacy() -> None:
    legacy_obj, facade_obj = parse_both("NotificationStepDto", {"metadata": {"type": "regular", "amount": 1}})
    assert_same(legacy_obj, facade_obj)
    assert facade_obj.metadata == {"type": "regular", "amount": 1}


def test_enum_values_stay_raw_strings() -> None:
    legacy_obj, facade_obj = parse_both("EventDto", {"acknowledged": True, "status": "processed", "transactionId": "t"})
    assert_same(legacy_obj, facade_obj)
    assert type(facade_obj.status) is str
    legacy_obj, facade_obj = parse_both(
        "EventDto", {"acknowledged": 1, "status": UNKNOWN_ENUM_VALUE, "transactionId": 2}
    )
    assert_same(legacy_obj, facade_obj)
    assert facade_obj.status == UNKNOWN_ENUM_VALUE


def test_last_duplicate_key_wins_like_legacy() -> None:
    payload = {"subscriberId": "camel", "subscriber_id": "snake", "firstName": "a", "first_name": "b"}
    legacy_obj, facade_obj = parse_both("SubscriberDto", payload)
    assert_same(legacy_obj, facade_obj)
    assert facade_obj.subscriber_id == "snake"


def test_to_camel_case_restricted_fields_and_nested_snake_case() -> None:
    from novu_facade.dto.subscriber import SubscriberDto

    sub = SubscriberDto.from_camel_case(SUBSCRIBER)
    out = sub.to_camel_case()
    assert list(out) == [
        "subscriberId",
        "email",
        "firstName",
        "lastName",
        "phone",
        "avatar",
        "locale",
        "channels",
        "data",
    ]
    # nested DTOs come out as dataclasses.asdict gives them: snake_case keys
    assert "_integration_id" in out["channels"][0]
    assert "webhook_url" in out["channels"][0]["credentials"]


def test_ignored_and_restricted_lists_are_honoured_on_subclasses() -> None:
    import novu.dto.topic as legacy_topic

    import novu_facade.dto.topic as facade_topic

    objs = []
    for module in (legacy_topic, facade_topic):

        @dataclasses.dataclass
        class Custom(module.TopicDto):  # type: ignore[name-defined,misc]
            snake_case_to_camel_case_ignored: typing.ClassVar[list[str]] = ["_organization_id"]
            camel_case_fields: typing.ClassVar[list[str] | None] = ["key", "_organization_id", "extra_field"]
            extra_field: str | None = None

        objs.append(Custom.from_camel_case({"key": "k", "_organizationId": "o", "extraField": "e", "name": "n"}))
    assert (
        objs[0].to_camel_case() == objs[1].to_camel_case() == {"key": "k", "_organization_id": "o", "extraField": "e"}
    )
    assert dataclasses.asdict(objs[0]) == dataclasses.asdict(objs[1])


def test_field_annotated_with_a_dto_class_is_parsed_like_legacy() -> None:
    """Legacy parses a value when the field's declared type itself has ``from_camel_case``."""
    results = []
    for prefix in ("novu", "novu_facade"):
        tenant_cls = importlib.import_module(prefix + ".dto.tenant").TenantDto
        base_cls = importlib.import_module(prefix + ".dto.base").CamelCaseDto

        @dataclasses.dataclass
        class Holder(base_cls):  # type: ignore[valid-type,misc]
            tenant: tenant_cls  # type: ignore[valid-type]
            label: str = "x"

        obj = Holder.from_camel_case({"tenant": {"identifier": "t", "name": "n", "createdAt": DATE}, "label": "y"})
        assert type(obj.tenant) is tenant_cls
        results.append((repr(obj), dataclasses.asdict(obj), obj.to_camel_case()))
        with pytest.raises(AttributeError):
            Holder.from_camel_case({"tenant": None})
    assert results[0] == results[1]


def test_empty_camel_case_fields_means_all_fields() -> None:
    import novu.dto.tenant as legacy_tenant

    import novu_facade.dto.tenant as facade_tenant

    out = []
    for module in (legacy_tenant, facade_tenant):

        @dataclasses.dataclass
        class Custom(module.TenantDto):  # type: ignore[name-defined,misc]
            camel_case_fields: typing.ClassVar[list[str] | None] = []

        out.append(Custom("t", "n").to_camel_case())
    assert out[0] == out[1]
    assert len(out[1]) == len(dataclasses.fields(facade_tenant.TenantDto))


class _Point(typing.NamedTuple):
    x: Any
    y: Any


class _Opaque:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Opaque) and other.tag == self.tag

    __hash__ = None  # type: ignore[assignment]


def _odd_values(dto_module: str) -> dict[str, Any]:
    """Values of unusual shapes, with DTOs of ``dto_module`` nested inside containers."""
    tenant = importlib.import_module(dto_module + ".tenant").TenantDto("t", "n", {"k": [1]})
    return {
        "tuple": (1, [2, {"three": 3}], tenant),
        "named": _Point(tenant, (4, 5)),
        "ordered": collections.OrderedDict(b=2, a=1),
        "set": {1, 2},
        "frozen": frozenset({"x"}),
        "float": 1.5,
        "bytes": b"raw",
        "enum": importlib.import_module(dto_module.replace(".dto", ".enums") + ".channel").Channel.EMAIL,
        "opaque": _Opaque("o"),
        "nested": {"list": [tenant, {"deep": tenant}], (1, 2): "tuple key"},
    }


def test_to_camel_case_matches_asdict_on_unusual_values() -> None:
    outputs = []
    for prefix in ("novu", "novu_facade"):
        module = importlib.import_module(prefix + ".dto.tenant")
        dto = module.TenantDto("ident", "name", data=_odd_values(prefix + ".dto"))
        outputs.append((dataclasses.asdict(dto), dto.to_camel_case()))
    (legacy_asdict, legacy_camel), (facade_asdict, facade_camel) = outputs
    assert facade_asdict == legacy_asdict
    assert facade_camel == legacy_camel
    assert facade_camel["data"] == facade_asdict["data"]
    for key, value in facade_camel["data"].items():  # container types preserved exactly like asdict
        assert type(value).__qualname__ == type(legacy_camel["data"][key]).__qualname__, key
    assert type(facade_camel["data"]["ordered"]) is collections.OrderedDict


def test_parse_cache_is_used_after_first_item(monkeypatch: pytest.MonkeyPatch) -> None:
    from novu_facade.dto.tenant import TenantDto

    item = {"identifier": "t", "name": "n", "createdAt": DATE, "unknownKey": 1}
    first = TenantDto.from_camel_case(item)

    def boom(key: str) -> str:
        raise AssertionError(f"key {key!r} converted again")

    monkeypatch.setattr(facade_base, "_snake_key", boom)
    assert TenantDto.from_camel_case(item) == first
    assert [TenantDto.from_camel_case(item) for _ in range(3)] == [first] * 3


# ------------------------------------------------------------------------------------------------
# Key conversion helpers


def _random_words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "aAbBzZ09_-_xXyY\n\u0661\u00df\u00e9\u00c9"  # newline, Arabic-Indic digit, sharp s
    words = [
        "subscriber_id",
        "_id",
        "__v",
        "_environment_id",
        "in_app",
        "a__b",
        "_",
        "x_",
        "HTTPResponse",
        "isOnlineInLast",
        "ABCDef",
        "ABcDEf",
        "sms77Provider",
        "kebab-case-key",
        "\n_a",
        "ß_ß",
    ]
    words += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(count)]
    return words


@pytest.mark.parametrize("seed", range(5))
def test_key_helpers_match_legacy(seed: int) -> None:
    for word in _random_words(seed, 400):
        assert facade_base.camel_case_to_snake_case(word) == legacy_base.camel_case_to_snake_case(word), word
        assert facade_base.snake_case_to_camel_case(word) == legacy_base.snake_case_to_camel_case(word), word
        assert facade_base.snake_case_to_camel_case(word, True) == legacy_base.snake_case_to_camel_case(word, True)


def test_key_helpers_on_empty_string_match_legacy() -> None:
    assert facade_base.camel_case_to_snake_case("") == legacy_base.camel_case_to_snake_case("") == ""
    assert facade_base.snake_case_to_camel_case("", True) == legacy_base.snake_case_to_camel_case("", True)
    with pytest.raises(IndexError):
        legacy_base.snake_case_to_camel_case("")
    with pytest.raises(IndexError):
        facade_base.snake_case_to_camel_case("")
