"""A bulk trigger sends each event as the single trigger sends it, optional fields included."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from novu_facade.api import EventApi
from novu_facade.dto.event import InputEventDto

OPTIONAL = {"overrides": {"email": {"replyTo": "a@b.c"}}, "transaction_id": "tx-1", "actor": "user-9", "tenant": "t-1"}


def _sent_bodies(api: EventApi, send: Any) -> list[Any]:
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append(body)
        count = len(body["events"]) if "events" in body else 1
        result = {"acknowledged": True, "status": "processed", "transactionId": "tx"}
        return httpx.Response(201, json={"data": [result] * count if "events" in body else result})

    previous = api._core.pool._inner
    api._core.pool._inner = httpx.MockTransport(handler)
    try:
        send()
    finally:
        api._core.pool._inner = previous
    return bodies


@pytest.mark.parametrize(
    "options",
    [{}, *({name: value} for name, value in OPTIONAL.items()), OPTIONAL, dict.fromkeys(OPTIONAL, "")],
    ids=lambda options: "+".join(options) or "none",
)
def test_bulk_event_bodies_equal_single_trigger_bodies(options: dict[str, Any]) -> None:
    api = EventApi("http://127.0.0.1:9", "test-bulk-bodies-key")
    event = InputEventDto("welcome", ["user-1"], {"n": 1}, **options)
    single = _sent_bodies(api, lambda: api.trigger("welcome", ["user-1"], {"n": 1}, **options))
    bulk = _sent_bodies(api, lambda: api.trigger_bulk([event, InputEventDto("welcome", "user-2", {})]))
    assert bulk[0]["events"][0] == single[0]
    assert list(bulk[0]["events"][0]) == list(single[0])  # same key order on the wire
    assert bulk[0]["events"][1] == {"name": "welcome", "to": "user-2", "payload": {}}
