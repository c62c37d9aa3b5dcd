"""The async facade (novu_facade.aio) against the legacy SDK: every legacy call case, awaited.

Same requests on the wire and equal results as the legacy recording; methods that were generators
are async generators (nothing sent until iterated), streams are async iterators, the rest are
coroutine functions with the sync method's parameters. Plus what only the async side has: one
shared client per configuration and event loop, and bulk calls in chunks with BulkError.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
from typing import Any

import httpx
import pytest

from novu_facade import aio
from novu_facade.dto.event import InputEventDto
from novu_facade.errors import BulkError, ServerError
from tests.compat.cases import CASES, Case
from tests.compat.facade_recorder import (
    INTENTIONAL,
    AsyncCannedTransport,
    assert_same,
    legacy_recording,
    record_facade_async,
)
from tests.compat.legacy_recorder import API_KEY, BASE_URL
from tests.legacy_surface import ROOT, manifest

APIS: dict[str, Any] = manifest()["apis"]
STREAMS = [c for c in CASES if "stream" in c.tags]


@pytest.mark.parametrize("case", [c for c in CASES if c.id not in INTENTIONAL], ids=lambda c: c.id)
def test_same_requests_and_results(case: Case) -> None:
    legacy = legacy_recording(case)
    facade = record_facade_async(case)
    assert_same(facade, legacy)
    expected_type = {"generator": "async_generator", "PaginationIterator": "AsyncPaginationIterator"}
    if legacy.error is None or legacy.result_type != "NoneType":
        assert facade.result_type == expected_type.get(legacy.result_type, legacy.result_type)


@pytest.mark.parametrize("case", STREAMS, ids=lambda c: c.id)
def test_streams_iterate_without_await(case: Case) -> None:
    """`async for item in api.stream()`: the first page is fetched on first iteration, not at the call."""
    facade = record_facade_async(case, await_streams=False)
    assert facade.requests_at_return == 0
    assert_same(facade, legacy_recording(case), laziness=False)


def _aio_class(name: str) -> Any:
    return getattr(aio, name)


def _sync_class(name: str) -> Any:
    from novu_facade import api

    return getattr(api, name)


@pytest.mark.parametrize("name", sorted(APIS))
def test_same_classes_methods_and_signatures(name: str) -> None:
    cls, sync = _aio_class(name), _sync_class(name)
    assert cls.__name__ == name and issubclass(cls, aio.AsyncApi)
    assert cls is _aio_class(name), "one class per name"
    assert inspect.signature(cls.__init__).parameters.keys() == inspect.signature(sync.__init__).parameters.keys()
    public = {m for m, v in vars(cls).items() if callable(v) and not m.startswith("_")}
    assert public == set(APIS[name]["methods"])
    for method in APIS[name]["methods"]:
        fn, sync_fn = getattr(cls, method), getattr(sync, method)
        assert list(inspect.signature(fn).parameters.values()) == list(inspect.signature(sync_fn).parameters.values())
        assert fn.__doc__ == sync_fn.__doc__
        if inspect.isgeneratorfunction(sync_fn):
            assert inspect.isasyncgenfunction(fn), f"{name}.{method}"
        elif method == "stream":
            assert not inspect.iscoroutinefunction(fn), f"{name}.{method} returns an async iterator"
        else:
            assert inspect.iscoroutinefunction(fn), f"{name}.{method}"


def test_the_aio_module_lists_17_classes() -> None:
    assert sorted(set(aio.__all__) - {"AsyncApi", "AsyncPaginationIterator"}) == sorted(APIS)
    with pytest.raises(AttributeError):
        aio.NoSuchApi  # noqa: B018


def test_importing_aio_imports_no_generated_code() -> None:
    """Only the error hierarchy, which the facade shares with the generated client."""
    code = (
        "import sys\nfrom novu_facade.aio import TopicApi, SubscriberApi\nTopicApi('http://x', 'k')\n"
        "print([m for m in sys.modules if m.startswith('novu_client')])"
    )
    out = subprocess.check_output([sys.executable, "-c", code], cwd=ROOT, text=True)
    assert sorted(json.loads(out.replace("'", '"'))) == ["novu_client", "novu_client.errors"]


def test_one_client_per_configuration_and_event_loop() -> None:
    async def clients() -> tuple[Any, Any, Any]:
        a = aio.TopicApi(url="http://shared.example", api_key="k1")
        b = aio.FeedApi(url="http://shared.example", api_key="k1")
        other = aio.TopicApi(url="http://shared.example", api_key="k2")
        assert a._core is b._core and other._core is not a._core
        return a._core.loop_client(), b._core.loop_client(), other._core.loop_client()

    first = asyncio.run(clients())
    again = asyncio.run(clients())
    assert first[0] is first[1] and first[2] is not first[0]
    assert again[0] is again[1] and again[0] is not first[0], "a new event loop gets its own client"


@pytest.mark.parametrize("network", ["httpx", "aiohttp"])
def test_transport_is_the_retry_transport(network: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from novu_facade._retry import AsyncRetryTransport

    if network == "aiohttp":
        pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is a dev dependency")
    monkeypatch.setenv("NOVU_ASYNC_TRANSPORT", network)
    key = f"k-{network}"
    try:
        api = aio.EventApi(url="http://retry.example", api_key=key)
        assert isinstance(api._core.client._transport, AsyncRetryTransport)
    finally:
        aio._cores.pop(("http://retry.example", key), None)


def _events(n: int) -> list[InputEventDto]:
    return [InputEventDto("welcome", [f"user-{i}"], {"n": i}) for i in range(n)]


def test_bulk_calls_go_in_chunks_and_report_a_failed_chunk() -> None:
    echo = (
        201,
        {"data": [{"acknowledged": True, "status": "processed", "transactionId": f"t{i}"} for i in range(100)]},
    )
    transport = AsyncCannedTransport([echo, echo, (502, {"message": "bad gateway"})])

    async def trigger() -> None:
        async with httpx.AsyncClient(transport=transport) as session:
            api = aio.EventApi(url=BASE_URL, api_key=API_KEY, session=session, max_retries=0)
            await api.trigger_bulk(_events(250))

    with pytest.raises(BulkError) as caught:
        asyncio.run(trigger())
    exc = caught.value
    assert [len(json.loads(r.body or b"")["events"]) for r in transport.calls] == [100, 100, 50]
    keys = [r.all_headers.get("idempotency-key") for r in transport.calls]
    assert len(set(keys)) == 3 and exc.retry_key == keys[2]
    assert isinstance(exc.__cause__, ServerError)
    assert exc.accepted_count == 200 and len(exc.failed_items) == 50 and exc.not_sent == []


def test_concurrent_calls_on_one_instance() -> None:
    transport = AsyncCannedTransport([(200, {"data": {"_id": "t", "key": f"k{i}", "name": "n"}}) for i in range(20)])

    async def many() -> list[str]:
        async with httpx.AsyncClient(transport=transport) as session:
            api = aio.TopicApi(url=BASE_URL, api_key=API_KEY, session=session)
            topics = await asyncio.gather(*(api.get(f"k{i}") for i in range(20)))
        return sorted(t.key for t in topics)

    assert asyncio.run(many()) == sorted(f"k{i}" for i in range(20))
    assert len(transport.calls) == 20
