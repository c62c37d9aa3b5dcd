"""Which call each contract test makes.

The public facade methods are discovered from the package (every public method of every class in
``novu_facade.api.__all__``), never listed by hand, so a new method without a contract test fails
``test_facade_contract``. Each method is driven by one success case of the legacy call table
(tests/compat/cases.py): the first one not tagged ``legacy-quirk`` (else the first), unless :data:`OVERRIDES` names
another case or a contract-only call (each with the reason). The canned responses of those cases
are not used: the answers come from the cassettes.
"""

from __future__ import annotations

import importlib
import inspect

from tests.compat.cases import CASES, GROUP_ID, TEMPLATE_ID, Case, D, Dto, case, cases_by_id

FACADE_API = "novu_facade.api"

# Contract-only calls, for methods whose compat cases all send something the spec rejects.
_TEMPLATE_UPDATE = case(
    "NotificationTemplateApi.update[contract]",
    args=(
        TEMPLATE_ID,
        Dto(
            D + "notification_template.NotificationTemplateFormDto",
            {
                "name": "Welcome email",
                "notification_group_id": GROUP_ID,
                "description": "Sent right after sign-up",
                "tags": ["onboarding"],
                "steps": [
                    Dto(
                        D + "notification_template.NotificationStepDto",
                        {
                            "active": True,
                            "should_stop_on_fail": False,
                            "template": {"type": "in_app", "content": "Welcome aboard, {{firstName}}!"},
                        },
                    )
                ],
                "active": True,
                "critical": False,
                "preference_settings": Dto(D + "subscriber.SubscriberPreferenceChannelDto", {"sms": False}),
            },
        ),
    ),
    responses=[],
)

# method id -> the case to use instead of the default, and why.
OVERRIDES: dict[str, tuple[Case, str]] = {
    "SubscriberApi.bulk_create": (
        cases_by_id()["SubscriberApi.bulk_create[iterator]"],
        "[list] nests a channel DTO whose keys stay snake_case (provider_id), which the spec rejects",
    ),
    "NotificationTemplateApi.create": (
        cases_by_id()["NotificationTemplateApi.create[minimal]"],
        "[full] nests step filters whose keys stay snake_case (is_negated), which the spec rejects",
    ),
    "NotificationTemplateApi.update": (
        _TEMPLATE_UPDATE,
        "the only compat case sends the [full] form (snake_case step filters); this one has no filters",
    ),
}


def facade_methods() -> list[str]:
    """``"<Class>.<method>"`` for every public method of every class in ``novu_facade.api.__all__``."""
    api = importlib.import_module(FACADE_API)
    base = importlib.import_module("novu_facade._core").Api
    found = []
    for class_name in api.__all__:
        cls = getattr(api, class_name)
        for name, _ in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_") and not hasattr(base, name):
                found.append(f"{class_name}.{name}")
    return sorted(found)


def _default_case(method_id: str) -> Case | None:
    api, method = method_id.split(".")
    successes = [c for c in CASES if c.api == api and c.method == method and c.expect_error is None]
    plain = [c for c in successes if "legacy-quirk" not in c.tags]
    return (plain or successes or [None])[0]


def case_for(method_id: str) -> Case | None:
    """The call a method's contract test makes, or None when there is none."""
    if method_id in OVERRIDES:
        return OVERRIDES[method_id][0]
    return _default_case(method_id)
