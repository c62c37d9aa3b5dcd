"""Benchmarks of novu_facade against raw httpx with keep-alive, both against one loopback server.

    make bench            (or: .venv/bin/python scripts/bench.py [--quick])

Prints medians and the ratio facade / raw httpx for every figure, with its target. Not a test:
numbers depend on the machine; ratios measured in the same run are what to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
KEY = "bench-api-key"
BODY = {"name": "welcome", "to": ["user-00001"], "payload": {"message": "hi"}}


def start_server() -> tuple[subprocess.Popen[str], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [PY, str(ROOT / "scripts" / "bench_server.py"), str(port)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc, f"http://127.0.0.1:{port}"


def server_capacity(url: str, n: int = 5000) -> float:
    """Requests/s the server answers to one pipelining raw-socket client: the ceiling of any client."""
    host, port = url.removeprefix("http://").split(":")
    request = (
        b"POST /v1/events/trigger HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    )
    with socket.create_connection((host, int(port))) as sock:
        start = time.perf_counter()
        sock.sendall(request * n)
        expected, seen, buf = n, 0, b""
        while seen < expected:
            buf += sock.recv(1 << 20)
            seen = buf.count(b"HTTP/1.1 201")
        return n / (time.perf_counter() - start)


def byte_compile() -> None:
    """Write bytecode for the project's modules, as `pip install` does for an installed package.

    httpx comes from site-packages with its bytecode; without this, a source checkout run with
    PYTHONDONTWRITEBYTECODE would compile the facade in every fresh interpreter and the import
    figures would measure the compiler.
    """
    for package in ("novu_facade", "generated/novu_client"):
        compileall.compile_dir(ROOT / package, quiet=1)


def paired(facade: Callable[[], Any], raw: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Median seconds of `facade` and of `raw`, run alternately so that drift in the machine's speed
    affects both sides alike."""
    facade(), raw()  # warm-up
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((facade, times[0]), (raw, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def fresh_interpreter(code: str) -> float:
    """Seconds `code` takes inside a fresh interpreter (its startup excluded)."""
    wrapped = f"import time\n_t=time.perf_counter()\n{code}\nprint(time.perf_counter()-_t)"
    return float(subprocess.check_output([PY, "-c", wrapped], text=True, env=_env()).split()[-1])


def paired_fresh(facade: str, raw: str, runs: int) -> tuple[float, float]:
    """Median seconds of two snippets, each in fresh interpreters, alternately."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(fresh_interpreter(facade))
        times[1].append(fresh_interpreter(raw))
    return statistics.median(times[0]), statistics.median(times[1])


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NOVU_LOG", None)
    env["PYTHONPATH"] = str(ROOT)
    return env


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    calls = 500 if args.quick else 2000

    byte_compile()
    proc, url = start_server()
    rows: list[tuple[str, float, float, str, float, str]] = []

    def add(name: str, seconds: tuple[float, float], scale: float, unit: str, target: float, note: str = "") -> None:
        facade, raw = seconds[0] * scale, seconds[1] * scale
        rows.append((name, facade, raw, unit, target, note))
        ratio = facade / raw
        print(
            f"  {name:<44} facade {facade:10.2f} {unit:<4} raw {raw:10.2f} {unit:<4} ratio {ratio:5.2f}x "
            f"target <= {target}x {'ok' if ratio <= target else 'MISS'} {note}",
            flush=True,
        )

    try:
        capacity = server_capacity(url)
        print(
            f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, httpx {httpx.__version__}"
        )
        print(f"loopback server: {capacity:,.0f} req/s to a pipelining client")
        print("bytecode of novu_facade and generated/ written first, as pip install does")

        # 1. import in a fresh interpreter
        n_imports = 5 if args.quick else 15
        add("import novu_facade.api", paired_fresh("import novu_facade.api", "import httpx", n_imports), 1e3, "ms", 1.3)
        add(
            "from novu_facade.api import EventApi",
            paired_fresh("from novu_facade.api import EventApi\nEventApi", "import httpx", n_imports),
            1e3,
            "ms",
            1.3,
            "(loads the core, httpx included)",
        )

        # 2. ready: import + client + 1 trigger + 1 get
        raw_ready = (
            f"import httpx\nc=httpx.Client(base_url='{url}',headers={{'Authorization':'ApiKey {KEY}'}})\n"
            f"c.post('/v1/events/trigger',json={BODY!r}).json()\nc.get('/v1/subscribers/user-1').json()"
        )
        facade_ready = (
            f"from novu_facade.api import EventApi, SubscriberApi\n"
            f"EventApi('{url}','{KEY}').trigger('welcome',['user-00001'],{{'message':'hi'}})\n"
            f"SubscriberApi('{url}','{KEY}').get('user-1')"
        )
        add(
            "ready: import + client + trigger + get",
            paired_fresh(facade_ready, raw_ready, n_imports),
            1e3,
            "ms",
            1.5,
        )

        from novu_facade.api import EventApi, SubscriberApi
        from novu_facade.dto.event import InputEventDto

        raw = httpx.Client(base_url=url, headers={"Authorization": f"ApiKey {KEY}"})
        events, subscribers = EventApi(url, KEY), SubscriberApi(url, KEY)

        # 3. trigger, sequential, keep-alive
        def raw_trigger() -> None:
            for _ in range(calls):
                raw.post("/v1/events/trigger", json=BODY).json()

        def facade_trigger() -> None:
            for _ in range(calls):
                events.trigger("welcome", ["user-00001"], {"message": "hi"})

        add(
            "EventApi.trigger, sequential",
            paired(facade_trigger, raw_trigger, runs),
            1e6 / calls,
            "us",
            1.25,
        )

        # 4. get
        def raw_get() -> None:
            for _ in range(calls):
                raw.get("/v1/subscribers/user-00001").json()

        def facade_get() -> None:
            for _ in range(calls):
                subscribers.get("user-00001")

        add(
            "SubscriberApi.get",
            paired(facade_get, raw_get, runs),
            1e6 / calls,
            "us",
            1.3,
        )

        # 5. stream over 10,000 subscribers, page size 10
        def raw_stream() -> int:
            count, page, more = 0, 0, True
            while more:
                body = raw.get("/v1/subscribers", params={"page": page, "limit": 10}).json()
                count += len(body["data"])
                more, page = body["hasMore"], page + 1
            return count

        def facade_stream() -> int:
            return sum(1 for _ in subscribers.stream())

        assert raw_stream() == facade_stream() == 10_000
        stream_runs = max(3, runs // 2)
        add(
            "SubscriberApi.stream(), 10,000 items",
            paired(facade_stream, raw_stream, stream_runs),
            1e3,
            "ms",
            1.5,
        )
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        facade_stream()
        growth = (tracemalloc.get_traced_memory()[1] - before) / 2**20
        tracemalloc.stop()
        print(
            f"  {'stream() peak memory growth':<44} {growth:.2f} MiB (target < 5 MiB) {'ok' if growth < 5 else 'MISS'}"
        )

        # 6. trigger_bulk of 1,000 events = 10 requests
        inputs = [InputEventDto("welcome", [f"user-{i:05d}"], {"n": i}) for i in range(1000)]
        bulk_bodies = [{"name": e.name, "to": e.recipients, "payload": e.payload} for e in inputs]

        def raw_bulk() -> None:
            for start in range(0, 1000, 100):
                raw.post("/v1/events/trigger/bulk", json={"events": bulk_bodies[start : start + 100]}).json()

        add(
            "EventApi.trigger_bulk, 1,000 events",
            paired(lambda: events.trigger_bulk(inputs), raw_bulk, runs),
            1e3,
            "ms",
            1.3,
        )

        # 7. async, 2,000 triggers with 50 in flight
        async_figure(url, runs, add)
    finally:
        proc.terminate()
        proc.wait()
    misses = [r[0] for r in rows if r[1] / r[2] > r[4]]
    print(f"{len(rows) - len(misses)}/{len(rows)} figures within target" + (f"; missed: {misses}" if misses else ""))
    return 0


def async_figure(url: str, runs: int, add: Callable[..., None]) -> None:
    n, in_flight = 2000, 50
    try:
        from novu_facade import aio
    except ImportError:
        print("  async facade: novu_facade.aio not available")
        return

    async def raw_run() -> None:
        async with httpx.AsyncClient(
            base_url=url, headers={"Authorization": f"ApiKey {KEY}"}, limits=httpx.Limits(max_connections=in_flight)
        ) as client:
            gate = asyncio.Semaphore(in_flight)

            async def one() -> None:
                async with gate:
                    (await client.post("/v1/events/trigger", json=BODY)).json()

            await asyncio.gather(*(one() for _ in range(n)))

    async def facade_run() -> None:
        api = aio.EventApi(url, KEY)
        gate = asyncio.Semaphore(in_flight)

        async def one() -> None:
            async with gate:
                await api.trigger("welcome", ["user-00001"], {"message": "hi"})

        await asyncio.gather(*(one() for _ in range(n)))

    add(
        "async: 2,000 triggers, 50 in flight",
        paired(lambda: asyncio.run(facade_run()), lambda: asyncio.run(raw_run()), runs),
        1e3,
        "ms",
        1.2,
    )


if __name__ == "__main__":
    sys.exit(main())
