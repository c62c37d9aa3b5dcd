"""What the legacy SDK (novu 1.14.0) does in the deployment scenarios of test_fork_safety, test_concurrency
and test_affordable_waits: the "legacy" column of that comparison.

It opens a new connection per call, so forked children and threads never share a socket (answers
are right; there is no pool to reuse, close or leak); POSTs carry no idempotency key; a 429 raises
`requests.HTTPError` at once, whatever the server asked, with nothing telling how long to wait.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.faults.echo_server import EchoProcess
from tests.faults.forking import in_forked_children
from tests.faults.server import FaultServer, novu_error, reply

novu = pytest.importorskip("novu")
requests = pytest.importorskip("requests")

from novu.api import EventApi, SubscriberApi  # noqa: E402

API_KEY = "sk_legacy_deployment_0123456789"
CHILDREN, CALLS, THREADS = 4, 50, 5
THREAD_CALLS = 25  # per thread, of 8 threads; every legacy call is a new TCP connection


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this platform")
def test_legacy_forked_children_get_their_own_answers(echo: EchoProcess) -> None:
    api = SubscriberApi(echo.url, API_KEY)
    assert api.get("parent-before").subscriber_id == "parent-before"

    def child(n: int) -> int:
        ids = [f"child{n}-call{i}" for i in range(CALLS)]
        with ThreadPoolExecutor(THREADS) as pool:
            answers = list(pool.map(lambda s: api.get(s).subscriber_id, ids))
        return sum(got == sid for sid, got in zip(ids, answers, strict=True))

    assert in_forked_children(child, CHILDREN) == [CALLS] * CHILDREN


def test_legacy_threads_get_their_own_answers_and_send_no_idempotency_key(echo: EchoProcess) -> None:
    events = EventApi(echo.url, API_KEY)

    def worker(thread: int) -> int:
        txs = [f"t{thread}-c{call}" for call in range(THREAD_CALLS)]
        return sum(events.trigger("welcome", "sub-1", {}, transaction_id=tx).transaction_id == tx for tx in txs)

    with ThreadPoolExecutor(8) as pool:
        assert sum(pool.map(worker, range(8))) == 8 * THREAD_CALLS

    assert echo.stats()["idempotency_keys"] == [None] * (8 * THREAD_CALLS)


def test_legacy_429_with_an_hour_to_wait_raises_at_once_without_saying_how_long(server: FaultServer) -> None:
    server.script(reply(429, novu_error(429, "Too Many Requests", "/v1/events/trigger"), {"Retry-After": "3600"}))

    with pytest.raises(requests.HTTPError) as caught:
        EventApi(server.url, API_KEY).trigger("welcome", "sub-1", {})

    assert len(server.requests) == 1
    assert not hasattr(caught.value, "retry_after")
    assert caught.value.response.headers["Retry-After"] == "3600"  # only on the raw response


def test_legacy_api_has_no_close_and_no_rate_limit_state() -> None:
    api = SubscriberApi("http://127.0.0.1:9", API_KEY)
    for name in ("close", "__enter__", "rate_limit", "last_response"):
        assert not hasattr(api, name), name
