"""Waits the caller can afford: a server wait beyond `max_wait` is not slept, and `deadline` bounds a call.

The policy: a `Retry-After` (else `RateLimit-Reset`) no longer than `max_wait` (default
SERVER_WAIT_CAP, 10 s) is slept, then the call is retried; a longer one ends the call at once
(a 429 raises `RateLimitError` whose `retry_after` is the server's wait in seconds), so a web
request is not held for minutes and a task queue can reschedule. Both `max_wait` and `deadline`
(default DEADLINE, 30 s for the whole call) are set per client or by NOVU_MAX_WAIT / NOVU_DEADLINE.

Every scenario asserts attempts, the waits asked for (recorded, never slept) and the outcome. The
legacy SDK never retried: every 429 raised `requests.HTTPError` at once, with no wait on it
(tests/faults/test_legacy_faults.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from novu_facade import aio
from novu_facade._retry import DEADLINE, SERVER_WAIT_CAP, AsyncRetryTransport
from novu_facade.api import EventApi, SubscriberApi
from novu_facade.config import DEFAULT_TIMEOUT, ConfigurationError
from novu_facade.errors import NovuTimeoutError, RateLimitError, ServerError
from tests.faults.conftest import MakeApi
from tests.faults.server import FaultServer, delayed, novu_error, reply

TRIGGER_PATH = "/v1/events/trigger"
SUBSCRIBER = {"data": {"_id": "6f1", "subscriberId": "sub-1", "firstName": "Ada"}}
TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "tx-1"}}
TOO_MANY = novu_error(429, "ThrottlerException: Too Many Requests", TRIGGER_PATH)


def trigger(api: EventApi) -> object:
    return api.trigger("welcome", "sub-1", {"n": 1})


def test_the_defaults_suit_a_web_request() -> None:
    # A gateway gives up on a request after about 30 s: a call must end before, retries included.
    assert SERVER_WAIT_CAP == 10.0 and DEADLINE == 30.0
    assert 3 * DEFAULT_TIMEOUT + 2 * SERVER_WAIT_CAP > DEADLINE, "the deadline is what bounds the worst case"


@pytest.mark.parametrize("seconds", [20, 3600], ids=["within-the-deadline", "an-hour"])
@pytest.mark.parametrize("header", ["Retry-After", "RateLimit-Reset"])
def test_a_wait_beyond_the_cap_raises_at_once_with_retry_after(
    server: FaultServer, make_api: MakeApi, header: str, seconds: int
) -> None:
    assert SERVER_WAIT_CAP < 20 < DEADLINE  # 20 s is refused by the cap alone, not by the deadline
    server.script(reply(429, TOO_MANY, {"RateLimit-Limit": "60", "RateLimit-Remaining": "0", header: str(seconds)}))
    server.script(reply(201, TRIGGERED))
    h = make_api(EventApi)

    with pytest.raises(RateLimitError) as caught:
        trigger(h.api)

    assert h.attempts == 1 and h.waits == [] and server.pending == 1
    assert caught.value.retry_after == float(seconds)
    assert caught.value.status_code == 429 and caught.value.messages == ["ThrottlerException: Too Many Requests"]


def test_a_wait_within_the_cap_is_slept_then_retried(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(429, TOO_MANY, {"Retry-After": str(int(SERVER_WAIT_CAP))}), reply(201, TRIGGERED))
    h = make_api(EventApi)

    assert trigger(h.api).transaction_id == "tx-1"  # type: ignore[attr-defined]

    assert h.attempts == 2 and h.waits == [SERVER_WAIT_CAP]


def test_retry_after_wins_over_ratelimit_reset(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(429, TOO_MANY, {"Retry-After": "2", "RateLimit-Reset": "3600"}), reply(201, TRIGGERED))
    h = make_api(EventApi)

    trigger(h.api)

    assert h.attempts == 2 and h.waits == [2.0]


def test_exhausted_retries_still_tell_how_long_to_wait(server: FaultServer, make_api: MakeApi) -> None:
    server.script(*[reply(429, TOO_MANY, {"Retry-After": "4"})] * 3)
    h = make_api(EventApi)

    with pytest.raises(RateLimitError) as caught:
        trigger(h.api)

    assert h.attempts == 3 and h.waits == [4.0, 4.0]
    assert caught.value.retry_after == 4.0


def test_a_429_without_a_wait_has_no_retry_after(server: FaultServer, make_api: MakeApi) -> None:
    server.script(*[reply(429, TOO_MANY)] * 3)
    h = make_api(EventApi)

    with pytest.raises(RateLimitError) as caught:
        trigger(h.api)

    assert h.attempts == 3 and len(h.waits) == 2  # the normal backoff
    assert caught.value.retry_after is None


def test_a_503_asking_for_more_than_the_cap_is_not_retried(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(503, headers={"Retry-After": "600"}), reply(200, SUBSCRIBER))
    h = make_api(SubscriberApi)

    with pytest.raises(ServerError):
        h.api.get("sub-1")

    assert h.attempts == 1 and h.waits == [] and server.pending == 1


def test_max_wait_per_client(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(429, TOO_MANY, {"Retry-After": "3600"}), reply(201, TRIGGERED))
    h = make_api(EventApi, max_wait=7200, deadline=7200)  # a batch job that can afford an hour

    trigger(h.api)

    assert h.attempts == 2 and h.waits == [3600.0]


def test_max_wait_alone_is_still_bounded_by_the_deadline(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(429, TOO_MANY, {"Retry-After": "3600"}))
    h = make_api(EventApi, max_wait=7200)

    with pytest.raises(RateLimitError):
        trigger(h.api)

    assert h.attempts == 1 and h.waits == []


def test_max_wait_zero_never_sleeps_on_the_server(server: FaultServer, make_api: MakeApi) -> None:
    server.script(reply(429, TOO_MANY, {"Retry-After": "1"}))
    h = make_api(EventApi, max_wait=0)

    with pytest.raises(RateLimitError) as caught:
        trigger(h.api)

    assert h.attempts == 1 and h.waits == [] and caught.value.retry_after == 1.0


def test_max_wait_from_the_environment(server: FaultServer, make_api: MakeApi, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOVU_MAX_WAIT", "7200")
    monkeypatch.setenv("NOVU_DEADLINE", "7200")
    server.script(reply(429, TOO_MANY, {"Retry-After": "3600"}), reply(201, TRIGGERED))
    h = make_api(EventApi)

    trigger(h.api)

    assert h.attempts == 2 and h.waits == [3600.0]


def test_the_argument_wins_over_the_environment(
    server: FaultServer, make_api: MakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NOVU_MAX_WAIT", "7200")
    server.script(reply(429, TOO_MANY, {"Retry-After": "3600"}))
    h = make_api(EventApi, max_wait=5)

    with pytest.raises(RateLimitError):
        trigger(h.api)

    assert h.attempts == 1 and h.waits == []


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_deadline_per_client_and_from_the_environment(
    server: FaultServer, make_api: MakeApi, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    # Within max_wait, but longer than what is left of the call's deadline: raised, not slept.
    server.script(reply(429, TOO_MANY, {"Retry-After": "5"}), reply(201, TRIGGERED))
    if how == "environment":
        monkeypatch.setenv("NOVU_DEADLINE", "3")
        h = make_api(EventApi)
    else:
        h = make_api(EventApi, deadline=3)

    with pytest.raises(RateLimitError) as caught:
        trigger(h.api)

    assert h.attempts == 1 and h.waits == [] and caught.value.retry_after == 5.0


def test_a_retry_gets_only_what_is_left_of_the_deadline(server: FaultServer, make_api: MakeApi) -> None:
    # The first attempt takes 0.5 s of a 1.2 s deadline (and the backoff at most 0.5 s more, so the
    # retry is made); the retry's 5 s timeout is cut to what is left (< 0.7 s), so it times out
    # instead of waiting the 1 s answer out.
    server.script(delayed(0.5, reply(503)), delayed(1.0, reply(200, SUBSCRIBER)))
    h = make_api(SubscriberApi, deadline=1.2)

    with pytest.raises(NovuTimeoutError):
        h.api.get("sub-1")

    assert h.counter.outcomes == ["503", "ReadTimeout"]
    assert len(h.waits) == 1


@pytest.mark.parametrize(
    ("kwargs", "env", "message"),
    [
        ({"max_wait": -1}, {}, "max_wait must be 0 or more seconds"),
        ({"deadline": 0}, {}, "deadline must be positive seconds"),
        ({"max_wait": "10"}, {}, "max_wait must be a number of seconds, not str"),
        ({}, {"NOVU_DEADLINE": "soon"}, "NOVU_DEADLINE='soon' is not a number of seconds"),
        ({}, {"NOVU_MAX_WAIT": "-5"}, "NOVU_MAX_WAIT='-5' must be 0 or more"),
    ],
)
def test_bad_wait_settings_are_refused_at_construction(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, object], env: dict[str, str], message: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=message):
        EventApi("http://127.0.0.1:9", "sk_settings", **kwargs)  # type: ignore[arg-type]


def test_async_facade_raises_at_once_too(server: FaultServer, new_key: Callable[[], str]) -> None:
    server.script(reply(429, TOO_MANY, {"Retry-After": "3600"}), reply(201, TRIGGERED))
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    async def run() -> None:
        api = aio.EventApi(server.url, new_key())
        transport = api._core.loop_client()._transport
        assert isinstance(transport, AsyncRetryTransport)
        transport.sleep = record
        try:
            await api.trigger("welcome", "sub-1", {"n": 1})
        finally:
            await api.close()

    with pytest.raises(RateLimitError) as caught:
        asyncio.run(asyncio.wait_for(run(), timeout=10))

    assert len(server.requests) == 1 and waits == [] and caught.value.retry_after == 3600.0


def test_raw_client_takes_max_wait_and_deadline(server: FaultServer, new_key: Callable[[], str]) -> None:
    from novu_client.api.subscribers import get_subscriber

    from novu_facade.raw import client

    server.script(*[reply(429, TOO_MANY, {"Retry-After": "3600"})] * 2)
    strict, patient = client(server.url, new_key()), client(server.url, new_key(), max_wait=7200, deadline=5)
    waits: list[float] = []
    patient_transport = patient.get_httpx_client()._transport
    patient_transport.sleep = waits.append  # type: ignore[attr-defined]

    with strict as raw:
        assert get_subscriber.sync_detailed(subscriber_id="sub-1", client=raw).status_code == 429
    assert len(server.requests) == 1  # beyond the default cap: not retried

    with patient as raw:
        response = get_subscriber.sync_detailed(subscriber_id="sub-1", client=raw)
    # within max_wait, beyond the 5 s deadline: not retried either, and nothing slept
    assert response.status_code == 429 and len(server.requests) == 2 and waits == []
    assert patient_transport.policy.server_wait_cap == 7200 and patient_transport.policy.deadline == 5  # type: ignore[attr-defined]
