"""Fork safety: a pool opened in a parent is never used by a forked child.

The deployment being modelled: gunicorn `--preload`, Celery prefork or `multiprocessing` with the
fork start method. One Api instance (or one `novu_facade.raw.client()`) makes THREADS concurrent
calls in the parent, so its pool holds open keep-alive connections; then CHILDREN forked children make CALLS
concurrent calls each (THREADS threads, or one event loop) through the same instance. The echo
server answers each request with the id it asked for, so an answer read by the wrong process is
seen. Every answer must be the child's own and none may fail; the parent keeps working after.
Retries are off so that a broken connection shows as an error instead of being retried away.

The legacy SDK opened a new connection per call, so it never shared a socket across processes.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import ssl
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from novu_facade import aio
from novu_facade.api import SubscriberApi
from tests.faults.echo_server import EchoProcess
from tests.faults.forking import TIMEOUT, in_forked_children

CHILDREN = 4
CALLS = 50
THREADS = 5
ATTEMPT_TIMEOUT = 5  # seconds; a child waiting for an answer another process read fails, not hangs

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this platform")


def outcome(expected: str, call: Callable[[str], str]) -> str:
    try:
        got = call(expected)
    except Exception as exc:
        return f"error {type(exc).__name__}"
    return "ok" if got == expected else f"wrong answer {got}"


def in_threads(call: Callable[[str], str], child: int) -> dict[str, Any]:
    ids = [f"child{child}-call{i}" for i in range(CALLS)]
    with ThreadPoolExecutor(THREADS) as pool:
        outcomes = list(pool.map(lambda sid: outcome(sid, call), ids))
    return {"pid": os.getpid(), "outcomes": outcomes}


def warm_up(call: Callable[[str], str]) -> None:
    """Calls in the parent, THREADS at a time, so its pool holds that many open connections at the fork."""
    ids = [f"parent-before-{i}" for i in range(THREADS)]
    with ThreadPoolExecutor(THREADS) as pool:
        assert list(pool.map(call, ids)) == ids


def assert_every_answer_is_the_childs_own(results: list[dict[str, Any]]) -> None:
    failures = {}
    for child, result in enumerate(results):
        assert result["pid"] != os.getpid()
        bad = [o for o in result["outcomes"] if o != "ok"]
        if bad or len(result["outcomes"]) != CALLS:
            failures[child] = f"{len(bad)} of {CALLS} failed, e.g. {bad[:3]}"
    assert not failures, failures


def test_forked_children_get_their_own_connections(echo: EchoProcess, api_key: str) -> None:
    api = SubscriberApi(echo.url, api_key, requests_timeout=ATTEMPT_TIMEOUT, max_retries=0)
    warm_up(lambda sid: api.get(sid).subscriber_id)

    results = in_forked_children(lambda child: in_threads(lambda sid: api.get(sid).subscriber_id, child), CHILDREN)

    assert_every_answer_is_the_childs_own(results)
    assert len({r["pid"] for r in results}) == CHILDREN
    assert api.get("parent-after").subscriber_id == "parent-after"
    assert echo.requests == THREADS + 1 + CHILDREN * CALLS


@pytest.mark.parametrize("network", ["httpx", "aiohttp"])
def test_forked_children_of_the_async_facade(
    echo: EchoProcess, api_key: str, network: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if network == "aiohttp":
        pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is a dev dependency")
    monkeypatch.setenv("NOVU_ASYNC_TRANSPORT", network)  # read when the core of (echo.url, api_key) is made
    api = aio.SubscriberApi(echo.url, api_key, requests_timeout=ATTEMPT_TIMEOUT, max_retries=0)

    async def get(sid: str) -> str:
        subscriber = await api.get(sid)
        return str(subscriber.subscriber_id)

    async def concurrently(child: int) -> list[str]:
        ids = [f"child{child}-call{i}" for i in range(CALLS)]
        answers = await asyncio.gather(*(get(sid) for sid in ids), return_exceptions=True)
        return [
            f"error {type(a).__name__}" if isinstance(a, BaseException) else ("ok" if a == sid else f"wrong answer {a}")
            for sid, a in zip(ids, answers, strict=True)
        ]

    assert asyncio.run(get("parent-before")) == "parent-before"

    results = in_forked_children(
        lambda child: {"pid": os.getpid(), "outcomes": asyncio.run(concurrently(child))}, CHILDREN
    )

    assert_every_answer_is_the_childs_own(results)
    assert asyncio.run(get("parent-after")) == "parent-after"


def test_forked_children_of_the_raw_client(echo: EchoProcess, api_key: str) -> None:
    from novu_client.api.subscribers import get_subscriber

    from novu_facade.raw import client

    novu = client(echo.url, api_key, timeout=ATTEMPT_TIMEOUT, max_retries=0)

    def get(sid: str) -> str:
        response = get_subscriber.sync_detailed(subscriber_id=sid, client=novu)
        return str(json.loads(response.content)["data"]["subscriberId"])

    warm_up(get)

    results = in_forked_children(lambda child: in_threads(get, child), CHILDREN)

    assert_every_answer_is_the_childs_own(results)
    assert get("parent-after") == "parent-after"
    novu.get_httpx_client().close()


# multiprocessing with the fork start method: the pool's workers inherit the instance.
_INHERITED: dict[str, SubscriberApi] = {}


def _worker_job(child: int) -> dict[str, Any]:
    api = _INHERITED["api"]
    return in_threads(lambda sid: api.get(sid).subscriber_id, child)


def test_multiprocessing_fork_workers_get_their_own_connections(echo: EchoProcess, api_key: str) -> None:
    api = _INHERITED["api"] = SubscriberApi(echo.url, api_key, requests_timeout=ATTEMPT_TIMEOUT, max_retries=0)
    warm_up(lambda sid: api.get(sid).subscriber_id)
    context = multiprocessing.get_context("fork")
    pool = context.Pool(CHILDREN)
    try:
        results = pool.map_async(_worker_job, range(CHILDREN), chunksize=1).get(timeout=TIMEOUT)
    finally:
        pool.terminate()
        pool.join()
        _INHERITED.clear()

    assert_every_answer_is_the_childs_own(results)
    assert api.get("parent-after").subscriber_id == "parent-after"


def test_a_child_and_a_reopened_pool_create_no_ssl_context(
    echo: EchoProcess, api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With OpenSSL 3, creating an SSL context can hang in a child forked while a thread was exiting;
    # every pool of the process shares the one made before the fork.
    api = SubscriberApi(echo.url, api_key, requests_timeout=ATTEMPT_TIMEOUT, max_retries=0)
    warm_up(lambda sid: api.get(sid).subscriber_id)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an SSL context was created")

    monkeypatch.setattr(ssl, "create_default_context", refuse)
    monkeypatch.setattr(ssl.SSLContext, "__new__", refuse)

    results = in_forked_children(lambda child: in_threads(lambda sid: api.get(sid).subscriber_id, child), 2)
    assert [r["outcomes"] for r in results] == [["ok"] * CALLS] * 2
    api.close()
    assert api.get("parent-after-close").subscriber_id == "parent-after-close"
    assert aio.SubscriberApi(echo.url, api_key)._core is not None  # a new async core reuses it too
