"""Benchmarks of novu_facade against raw httpx with keep-alive, both against one loopback server.

    make bench            (or: .venv/bin/python scripts/bench.py [--quick] [--latency MS] [--modern])

`--modern` measures only the modern client (`Novu`, `AsyncNovu`), beside raw httpx and, when it
imports here or from the interpreter NOVU_PY_PYTHON names, Novu's own novu-py.

Prints medians and the ratio facade / raw httpx for every figure, with its target. Not a test:
numbers depend on the machine; ratios measured in the same run are what to compare. The figures
"at a distance" run against a second server that answers every request MS milliseconds later
(default 20), many at once, as a server across a network would; their ideal is set by the latency.
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


def start_server(latency_ms: float = 0.0) -> tuple[subprocess.Popen[str], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [PY, str(ROOT / "scripts" / "bench_server.py"), str(port), "--latency", str(latency_ms)],
        stdout=subprocess.PIPE,
        text=True,
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


def paired(facade: Callable[[], Any], raw: Callable[[], Any], runs: int, warm: bool = True) -> tuple[float, float]:
    """Median seconds of `facade` and of `raw`, run alternately so that drift in the machine's speed
    affects both sides alike."""
    if warm:
        facade(), raw()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((facade, times[0]), (raw, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def median_seconds(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
    parser.add_argument("--latency", type=float, default=20.0, metavar="MS", help="delay of the distant server")
    parser.add_argument("--modern", action="store_true", help="only the figures of the modern client (Novu)")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    calls = 500 if args.quick else 2000

    byte_compile()
    proc, url = start_server()
    rows: list[tuple[str, float, float, str, float, str]] = []

    def add(
        name: str,
        seconds: tuple[float, float],
        scale: float,
        unit: str,
        target: float,
        note: str = "",
        labels: tuple[str, str] = ("facade", "raw"),
    ) -> None:
        facade, raw = seconds[0] * scale, seconds[1] * scale
        rows.append((name, facade, raw, unit, target, note))
        ratio = facade / raw
        print(
            f"  {name:<44} {labels[0]} {facade:10.2f} {unit:<4} {labels[1]} {raw:10.2f} {unit:<4} ratio {ratio:5.2f}x "
            f"target <= {target}x {'ok' if ratio <= target else 'MISS'} {note}",
            flush=True,
        )

    if args.modern:
        return modern_only(url, proc, runs, calls, 5 if args.quick else 15, args, add, rows)
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
        # Both sides start from the caller's 1,000 InputEventDto: raw httpx turns them into the
        # same request bodies (the least a caller of httpx has to do), sends them and reads the JSON.
        inputs = [InputEventDto("welcome", [f"user-{i:05d}"], {"n": i}) for i in range(1000)]

        def raw_bulk() -> None:
            for start in range(0, 1000, 100):
                chunk = [
                    {"name": e.name, "to": e.recipients, "payload": e.payload} for e in inputs[start : start + 100]
                ]
                raw.post("/v1/events/trigger/bulk", json={"events": chunk}).json()

        bulk = paired(lambda: events.trigger_bulk(inputs), raw_bulk, runs)
        add("EventApi.trigger_bulk, 1,000 events", bulk, 1e3, "ms", 1.3)
        prebuilt = [{"name": e.name, "to": e.recipients, "payload": e.payload} for e in inputs]

        def raw_bulk_prebuilt() -> None:
            for start in range(0, 1000, 100):
                raw.post("/v1/events/trigger/bulk", json={"events": prebuilt[start : start + 100]}).json()

        ahead = paired(lambda: events.trigger_bulk(inputs), raw_bulk_prebuilt, runs)
        label = "  (raw with its bodies built beforehand)"
        print(f"  {label:<44} {ahead[1] * 1e3:.2f} ms: {ahead[0] / ahead[1]:.2f}x (no target)")

        # 7. async, 2,000 triggers with 50 in flight
        async_figure(url, runs, add)

        # 8. the modern client, beside raw httpx and novu-py
        modern_figures(url, runs, calls, n_imports, add)
    finally:
        proc.terminate()
        proc.wait()

    # 8. at a distance: every answer args.latency ms after its request
    return at_a_distance(args, add, rows, distance_figures, modern_distance_figure)


def at_a_distance(
    args: argparse.Namespace,
    add: Callable[..., None],
    rows: list[tuple[str, float, float, str, float, str]],
    *figures: Callable[[str, float, int, Callable[..., None]], None],
) -> int:
    """The figures against a server `args.latency` ms away, then the summary of every row."""
    far, far_url = start_server(args.latency)
    try:
        for figure in figures:
            figure(far_url, args.latency, 1 if args.quick else 3, add)
    finally:
        far.terminate()
        far.wait()
    misses = [r[0] for r in rows if r[1] / r[2] > r[4]]
    print(f"{len(rows) - len(misses)}/{len(rows)} figures within target" + (f"; missed: {misses}" if misses else ""))
    return 0


# --------------------------------------------------------------------------------------------
# The modern client (novu_facade.Novu) and Novu's own novu-py
# --------------------------------------------------------------------------------------------

TRIGGER_ROUTE = ("POST", "/v1/events/trigger")
RETRIEVE_ROUTE = ("GET", "/v2/subscribers/{subscriberId}")
# novu-py is never a dependency: it is measured when importable here, or from the interpreter that
# NOVU_PY_PYTHON names (e.g. a scratch virtual environment with `pip install novu-py`).
NOVU_PY_SCRIPT = """
import sys, time, statistics, asyncio
from novu_py import Novu
url, calls, runs, what = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
novu = Novu(secret_key="bench-api-key", server_url=url)
body = {"workflow_id": "welcome", "to": ["user-00001"], "payload": {"message": "hi"}}
def trigger():
    for _ in range(calls):
        novu.trigger(trigger_event_request_dto=body)
def retrieve():
    for _ in range(calls):
        novu.subscribers.retrieve(subscriber_id="user-00001")
async def many():
    gate = asyncio.Semaphore(100)
    client = Novu(secret_key="bench-api-key", server_url=url)  # its async client is bound to one loop
    async def one():
        async with gate:
            await client.trigger_async(trigger_event_request_dto=body)
    await asyncio.gather(*(one() for _ in range(calls)))
def timed(fn):
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter(); fn(); times.append(time.perf_counter() - start)
    return statistics.median(times)
if what == "async":
    print(timed(lambda: asyncio.run(many())))
else:
    print(timed(trigger if what == "trigger" else retrieve) / calls)
"""


def modern_only(
    url: str,
    proc: subprocess.Popen[str],
    runs: int,
    calls: int,
    n_imports: int,
    args: argparse.Namespace,
    add: Callable[..., None],
    rows: list[tuple[str, float, float, str, float, str]],
) -> int:
    """`--modern`: the modern client's figures alone, near and at a distance."""
    try:
        modern_figures(url, runs, calls, n_imports, add)
    finally:
        proc.terminate()
        proc.wait()
    return at_a_distance(args, add, rows, modern_distance_figure)


def reference(name: str, seconds: float, raw: float, scale: float, unit: str, raw_label: str) -> None:
    """A figure of novu-py beside the same run's raw httpx: no target, for comparison only."""
    print(
        f"  {name:<44} novu-py {seconds * scale:10.2f} {unit:<4} {raw_label} {raw * scale:10.2f} {unit:<4} "
        f"ratio {seconds / raw:5.2f}x (for comparison)",
        flush=True,
    )


def novu_py_python() -> str | None:
    """An interpreter that imports novu_py, or None."""
    candidates = [os.environ.get("NOVU_PY_PYTHON"), PY]
    for python in filter(None, candidates):
        done = subprocess.run([python, "-c", "import novu_py"], capture_output=True, check=False)
        if done.returncode == 0:
            return python
    return None


def novu_py_version(python: str) -> str:
    code = "from importlib.metadata import version; print(version('novu-py'))"
    return subprocess.check_output([python, "-c", code], text=True).strip()


def novu_py_seconds(python: str, url: str, calls: int, runs: int, what: str) -> float | None:
    """Seconds of novu-py's figure `what`, or None (with its error printed) when novu-py failed."""
    done = subprocess.run(
        [python, "-c", NOVU_PY_SCRIPT, url, str(calls), str(runs), what], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        print(f"  novu-py: {what} failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
        return None
    return float(done.stdout.split()[-1])


def novu_py_import(python: str, runs: int) -> float:
    code = (
        "import time\n_t=time.perf_counter()\nfrom novu_py import Novu\nNovu(secret_key='k')\n"
        "print(time.perf_counter()-_t)"
    )
    times = [float(subprocess.check_output([python, "-c", code], text=True).split()[-1]) for _ in range(runs)]
    return statistics.median(times)


def modern_method(client: Any, route: tuple[str, str]) -> Any:
    """The modern client's method for an HTTP route, whatever the spec names it."""
    from novu_facade._modern._index import OPERATIONS

    namespace, method = next((o[0], o[1]) for o in OPERATIONS.values() if (o[2], o[3]) == route)
    target = client
    for part in filter(None, namespace.split(".")):
        target = getattr(target, part)
    return getattr(target, method)


def modern_name(route: tuple[str, str]) -> str:
    """`novu.<namespace>.<method>` of a route."""
    from novu_facade._modern._index import OPERATIONS

    namespace, method = next((o[0], o[1]) for o in OPERATIONS.values() if (o[2], o[3]) == route)
    return ".".join(["novu", *filter(None, namespace.split(".")), method])


def modern_trigger(client: Any) -> Callable[[], Any]:
    import inspect

    trigger = modern_method(client, TRIGGER_ROUTE)
    workflow = "workflow_id" if "workflow_id" in inspect.signature(trigger).parameters else "name"
    arguments = {workflow: "welcome", "to": ["user-00001"], "payload": {"message": "hi"}}
    return lambda: trigger(**arguments)


def modern_figures(url: str, runs: int, calls: int, n_imports: int, add: Callable[..., None]) -> None:
    from novu_facade import Novu

    print("the modern client (novu_facade.Novu), beside raw httpx and, when installed, novu-py:")
    python = novu_py_python()
    print(f"  novu-py: {novu_py_version(python) + ' (' + python + ')' if python else 'not installed'}")
    imported = paired_fresh(f"import novu_facade\nnovu_facade.Novu('{KEY}')", "import httpx", n_imports)
    add("import novu_facade; Novu()", imported, 1e3, "ms", 1.3, "(loads the core, httpx included)")
    if python:
        seconds = novu_py_import(python, n_imports)
        reference("novu-py: from novu_py import Novu; Novu()", seconds, imported[1], 1e3, "ms", "import httpx")

    novu = Novu(KEY, url)
    raw = httpx.Client(base_url=url, headers={"Authorization": f"ApiKey {KEY}"})
    trigger = modern_trigger(novu)
    retrieve = modern_method(novu, RETRIEVE_ROUTE)
    body = {"name": "welcome", "to": ["user-00001"], "payload": {"message": "hi"}}

    def raw_trigger() -> None:
        for _ in range(calls):
            raw.post("/v1/events/trigger", json=body).json()

    def facade_trigger() -> None:
        for _ in range(calls):
            trigger()

    def raw_retrieve() -> None:
        for _ in range(calls):
            raw.get("/v2/subscribers/user-00001").json()

    def facade_retrieve() -> None:
        for _ in range(calls):
            retrieve("user-00001")

    triggered = paired(facade_trigger, raw_trigger, runs)
    add(f"{modern_name(TRIGGER_ROUTE)}, sequential", triggered, 1e6 / calls, "us", 1.3)
    retrieved = paired(facade_retrieve, raw_retrieve, runs)
    add(modern_name(RETRIEVE_ROUTE), retrieved, 1e6 / calls, "us", 1.3)
    if python:
        for what, raw_seconds in (("trigger", triggered[1]), ("retrieve", retrieved[1])):
            per_call = novu_py_seconds(python, url, calls, runs, what)
            if per_call is not None:
                reference(f"novu-py: {what}", per_call, raw_seconds / calls, 1e6, "us", "raw")
    raw.close()


def modern_distance_figure(url: str, latency_ms: float, runs: int, add: Callable[..., None]) -> None:
    """2,000 triggers at a distance, 100 in flight: AsyncNovu over aiohttp against raw httpx over aiohttp."""
    n, in_flight = 2000, 100
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError:
        print("  AsyncNovu at a distance: the aiohttp extra is not installed (pip install '.[aiohttp]')")
        return
    from novu_facade import AsyncNovu

    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)
    headers = {"Authorization": f"ApiKey {KEY}"}

    async def raw_async() -> None:
        transport = AiohttpTransport(limits=limits)
        async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, transport=transport) as client:
            gate = asyncio.Semaphore(in_flight)

            async def one() -> None:
                async with gate:
                    (await client.post("/v1/events/trigger", json=BODY)).json()

            await asyncio.gather(*(one() for _ in range(n)))

    async def modern_async() -> None:
        trigger = modern_trigger(AsyncNovu(KEY, url))
        gate = asyncio.Semaphore(in_flight)

        async def one() -> None:
            async with gate:
                await trigger()

        await asyncio.gather(*(one() for _ in range(n)))

    previous = os.environ.get("NOVU_ASYNC_TRANSPORT")
    os.environ["NOVU_ASYNC_TRANSPORT"] = "aiohttp"
    try:
        # Warmed (the first run imports the namespace and its models), and more runs than the figures
        # above: each takes about a second, and one run's noise would decide a 1.2x target.
        seconds = paired(lambda: asyncio.run(modern_async()), lambda: asyncio.run(raw_async()), max(runs, 5))
    finally:
        if previous is None:
            os.environ.pop("NOVU_ASYNC_TRANSPORT", None)
        else:
            os.environ["NOVU_ASYNC_TRANSPORT"] = previous
    add(
        f"AsyncNovu 2,000 triggers, {in_flight} in flight",
        seconds,
        1e3,
        "ms",
        1.2,
        f"(answers {latency_ms:g} ms late)",
        ("AsyncNovu[aiohttp]", "raw httpx+aiohttp"),
    )
    python = novu_py_python()
    if python:
        novu_py = novu_py_seconds(python, url, n, runs, "async")
        if novu_py is not None:
            reference("novu-py: trigger_async, 100 in flight", novu_py, seconds[1], 1e3, "ms", "raw httpx+aiohttp")


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


def server_cpu(url: str) -> tuple[float, int]:
    """The server's CPU seconds and requests answered so far, asked on a connection of its own."""
    body = httpx.get(f"{url}/_bench/cpu").json()
    return float(body["cpu"]), int(body["requests"])


def distance_figures(url: str, latency_ms: float, runs: int, add: Callable[..., None]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from novu_facade import aio
    from novu_facade.api import EventApi
    from novu_facade.dto.event import InputEventDto

    print(f"at a distance: every answer {latency_ms:g} ms after its request; {runs} run(s) each")
    headers = {"Authorization": f"ApiKey {KEY}"}

    def cpu_note(before: tuple[float, int]) -> str:
        cpu, answered = server_cpu(url)
        per_request = (cpu - before[0]) / max(answered - before[1], 1)
        return f"(server CPU {per_request * 1e6:.0f} us/request)"

    # 8a. trigger_bulk of 10,000 events = 100 chunks, 8 in flight, against 8 threads of raw httpx
    inputs = [InputEventDto("welcome", [f"user-{i:05d}"], {"n": i}) for i in range(10_000)]
    bodies = [{"name": e.name, "to": e.recipients, "payload": e.payload} for e in inputs]
    chunks = [bodies[start : start + 100] for start in range(0, len(bodies), 100)]
    events = EventApi(url, KEY)
    raw = httpx.Client(base_url=url, headers=headers)

    def raw_threads() -> None:
        def one(chunk: list[dict[str, Any]]) -> Any:
            return raw.post("/v1/events/trigger/bulk", json={"events": chunk}).json()

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(one, chunks))

    before = server_cpu(url)
    eight = paired(lambda: events.trigger_bulk(inputs, max_in_flight=8), raw_threads, runs)
    add(
        "trigger_bulk 10,000 events, max_in_flight=8",
        eight,
        1e3,
        "ms",
        1.3,
        cpu_note(before),
        ("facade", "raw 8 threads"),
    )
    one_at_a_time = median_seconds(lambda: events.trigger_bulk(inputs), runs)
    add(
        "trigger_bulk: max_in_flight=8 / =1",
        (eight[0], one_at_a_time),
        1e3,
        "ms",
        0.2,
        labels=("=8    ", "=1"),
    )
    raw.close()

    # 8b. async, 2,000 triggers, 100 in flight: the facade with the aiohttp extra against raw httpx
    n, in_flight = 2000, 100
    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)

    async def raw_async(transport: httpx.AsyncBaseTransport | None) -> None:
        async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, transport=transport) as client:
            gate = asyncio.Semaphore(in_flight)

            async def one() -> None:
                async with gate:
                    (await client.post("/v1/events/trigger", json=BODY)).json()

            await asyncio.gather(*(one() for _ in range(n)))

    async def raw_async_keepalive_20() -> None:
        async with httpx.AsyncClient(base_url=url, headers=headers) as client:
            gate = asyncio.Semaphore(in_flight)

            async def one() -> None:
                async with gate:
                    (await client.post("/v1/events/trigger", json=BODY)).json()

            await asyncio.gather(*(one() for _ in range(n)))

    async def facade_async() -> None:
        api = aio.EventApi(url, KEY)
        gate = asyncio.Semaphore(in_flight)

        async def one() -> None:
            async with gate:
                await api.trigger("welcome", ["user-00001"], {"message": "hi"})

        await asyncio.gather(*(one() for _ in range(n)))

    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError:
        print("  async at a distance: the aiohttp extra is not installed (pip install '.[aiohttp]')")
        return

    previous = os.environ.get("NOVU_ASYNC_TRANSPORT")
    os.environ["NOVU_ASYNC_TRANSPORT"] = "aiohttp"  # read when the AsyncCore of (url, KEY) is made
    try:
        before = server_cpu(url)
        facade_vs_default = paired(
            lambda: asyncio.run(facade_async()), lambda: asyncio.run(raw_async(None)), runs, warm=False
        )
        add(
            "async 2,000 triggers, 100 in flight",
            facade_vs_default,
            1e3,
            "ms",
            0.2,
            cpu_note(before),
            ("facade[aiohttp]", "raw httpx"),
        )
        before = server_cpu(url)
        facade_vs_aiohttp = paired(
            lambda: asyncio.run(facade_async()),
            lambda: asyncio.run(raw_async(AiohttpTransport(limits=limits))),
            runs,
            warm=False,
        )
        add(
            "async 2,000 triggers, 100 in flight",
            facade_vs_aiohttp,
            1e3,
            "ms",
            1.2,
            cpu_note(before),
            ("facade[aiohttp]", "raw httpx+aiohttp"),
        )
    finally:
        if previous is None:
            os.environ.pop("NOVU_ASYNC_TRANSPORT", None)
        else:
            os.environ["NOVU_ASYNC_TRANSPORT"] = previous
    ideal = n / in_flight * latency_ms
    keep_20 = median_seconds(lambda: asyncio.run(raw_async_keepalive_20()), 1)
    print(
        f"  (ideal for the async figures: {n:,} / {in_flight} x {latency_ms:g} ms = {ideal:,.0f} ms; raw httpx with "
        f"its default of 20 kept-alive connections: {keep_20 * 1e3:,.0f} ms, a new connection for most "
        "requests, free on loopback, a TLS handshake each across a network)"
    )


if __name__ == "__main__":
    sys.exit(main())
