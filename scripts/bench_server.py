"""A loopback HTTP/1.1 server for benchmarks: canned Novu answers, keep-alive, nothing else.

    python scripts/bench_server.py PORT [--latency MS]

Runs until killed. Parses only what it needs (request line, Content-Length) so that it is not
the bottleneck; `scripts/bench.py` measures its own throughput and prints it. With `--latency`,
every answer is sent MS milliseconds after its request arrived, as from a server that far away:
the wait is a timer, so any number of requests wait at once. `GET /_bench/cpu` answers at once
with the server's CPU seconds so far and the number of requests it answered.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import time
from urllib.parse import parse_qs, urlsplit

TOTAL_SUBSCRIBERS = 10_000


def _subscriber(n: int) -> dict[str, object]:
    return {
        "_id": f"{n:024x}",
        "_organizationId": "65f25c4db54cda58fbbf3a01",
        "_environmentId": "65f25c4db54cda58fbbf3a02",
        "subscriberId": f"user-{n:05d}",
        "firstName": "Ada",
        "lastName": "Lovelace",
        "email": f"user{n}@example.com",
        "phone": None,
        "avatar": None,
        "locale": "en",
        "channels": [],
        "data": {"plan": "pro"},
        "isOnline": False,
        "deleted": False,
        "createdAt": "2024-03-14T09:26:53.589Z",
        "updatedAt": "2024-03-14T09:26:53.589Z",
        "__v": 0,
    }


def _response(body: object, status: str = "200 OK") -> bytes:
    payload = json.dumps(body).encode()
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    return head.encode() + payload


TRIGGER = _response(
    {"data": {"acknowledged": True, "status": "processed", "transactionId": "b7a3c9e1-5f40-4c7e-9d1a-2f8e6c0b4a11"}},
    "201 Created",
)
BULK_100 = _response(
    {"data": [{"acknowledged": True, "status": "processed", "transactionId": f"tx-{i}"} for i in range(100)]},
    "201 Created",
)
SUBSCRIBER = _response({"data": _subscriber(1)})
_pages: dict[tuple[int, int], bytes] = {}


def _page(page: int, limit: int) -> bytes:
    cached = _pages.get((page, limit))
    if cached is None:
        start = page * limit
        items = [_subscriber(n) for n in range(start, min(start + limit, TOTAL_SUBSCRIBERS))]
        body = {
            "page": page,
            "pageSize": limit,
            "totalCount": TOTAL_SUBSCRIBERS,
            "hasMore": start + limit < TOTAL_SUBSCRIBERS,
            "data": items,
        }
        cached = _pages[(page, limit)] = _response(body)
    return cached


class Stats:
    answered = 0


def cpu() -> bytes:
    """The server's own cost so far, read by scripts/bench.py around each figure."""
    return _response({"cpu": time.process_time(), "requests": Stats.answered})


def answer(method: bytes, target: bytes) -> bytes:
    path = target.split(b"?", 1)[0]
    Stats.answered += 1
    if method == b"POST" and path == b"/v1/events/trigger":
        return TRIGGER
    if method == b"POST" and path == b"/v1/events/trigger/bulk":
        return BULK_100
    if method == b"GET" and path == b"/v1/subscribers":
        query = parse_qs(urlsplit(target.decode()).query)
        return _page(int(query.get("page", ["0"])[0]), int(query.get("limit", ["10"])[0]))
    if method == b"GET" and path.startswith((b"/v1/subscribers/", b"/v2/subscribers/")):
        return SUBSCRIBER
    return _response({"statusCode": 404, "message": "not found"}, "404 Not Found")


class Http(asyncio.Protocol):
    latency = 0.0  # seconds each answer waits

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""
        # Answers waiting for their time, in request order (HTTP/1.1 answers a connection in order).
        self.due: collections.deque[tuple[float, bytes]] = collections.deque()
        self.loop = asyncio.get_running_loop()
        self.timer: asyncio.TimerHandle | None = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self.timer is not None:
            self.timer.cancel()

    def reply(self, data: bytes) -> None:
        if not self.latency:
            self.transport.write(data)
            return
        self.due.append((self.loop.time() + self.latency, data))
        if self.timer is None:
            self.timer = self.loop.call_at(self.due[0][0], self.flush)

    def flush(self) -> None:
        self.timer = None
        now = self.loop.time()
        while self.due and self.due[0][0] <= now:
            self.transport.write(self.due.popleft()[1])
        if self.due:
            self.timer = self.loop.call_at(self.due[0][0], self.flush)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if len(self.buffer) < end + 4 + length:
                return
            method, target, _ = head.split(b"\r\n", 1)[0].split(b" ", 2)
            self.buffer = self.buffer[end + 4 + length :]
            if target == b"/_bench/cpu" and not self.due:
                self.transport.write(cpu())
            else:
                self.reply(answer(method, target))


async def main(port: int, latency_ms: float) -> None:
    Http.latency = latency_ms / 1000
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Http, "127.0.0.1", port, backlog=512)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--latency", type=float, default=0.0, metavar="MS", help="delay of every answer")
    args = parser.parse_args()
    if args.latency < 0:
        parser.error("--latency must be 0 or more")
    asyncio.run(main(args.port, args.latency))
