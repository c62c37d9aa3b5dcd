"""A keep-alive HTTP server on 127.0.0.1 that echoes each request's id, for concurrency and fork tests.

Unlike the fault server it keeps connections open (HTTP/1.1 keep-alive), so a client's pool really
reuses sockets, which is what a fork or a thread can break. Every answer names the request it
answers, so an answer that reached the wrong caller is detected:

- `GET /v1/subscribers/<id>` -> `{"data": {"_id": <id>, "subscriberId": <id>, ...}}`; an id starting
  with `slow-` is answered after SLOW_DELAY seconds (for cancellation tests);
- `POST /v1/events/trigger` -> `{"data": {"acknowledged": true, "status": "processed",
  "transactionId": <the body's transactionId>}}`; the request's `Idempotency-Key` is recorded.

Each answer carries `RateLimit-Limit`, `-Remaining` and `-Reset` headers: the limit is
RATE_LIMIT, the remaining count goes down by one per request. `GET /_stats` (not counted) gives
the number of requests received so far and the idempotency keys of the POSTs.

It runs in a process of its own (`EchoProcess`, `python -m tests.faults.echo_server`), so that its
threads neither compete with the client for the GIL nor exist in the test process when it forks.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

SLOW_DELAY = 1.0
RATE_LIMIT = 1_000_000
SUBSCRIBERS = "/v1/subscribers/"
TRIGGER = "/v1/events/trigger"
# The fields the generated client requires of a subscriber.
_SUBSCRIBER_FIELDS = {
    "_environmentId": "env",
    "_organizationId": "org",
    "createdAt": "2026-01-01T00:00:00.000Z",
    "updatedAt": "2026-01-01T00:00:00.000Z",
    "deleted": False,
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no delayed-ACK stall between them
    server: EchoServer

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("RateLimit-Limit", str(RATE_LIMIT))
        self.send_header("RateLimit-Remaining", str(max(0, RATE_LIMIT - self.server.requests)))
        self.send_header("RateLimit-Reset", "7")
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        if self.path == "/_stats":
            self._answer(200, self.server.stats())
            return
        self.server.count()
        if not self.path.startswith(SUBSCRIBERS):
            self._answer(404, {"message": f"no route {self.path}"})
            return
        subscriber_id = self.path[len(SUBSCRIBERS) :]
        if subscriber_id.startswith("slow-"):
            self.server.stopping.wait(SLOW_DELAY)
        self._answer(200, {"data": {**_SUBSCRIBER_FIELDS, "_id": subscriber_id, "subscriberId": subscriber_id}})

    def do_POST(self) -> None:
        self.server.count()
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        if self.path != TRIGGER:
            self._answer(404, {"message": f"no route {self.path}"})
            return
        self.server.record_key(self.headers.get("Idempotency-Key"))
        data = {"acknowledged": True, "status": "processed", "transactionId": body.get("transactionId")}
        self._answer(201, {"data": data})

    def log_message(self, format: str, *args: Any) -> None:
        pass


class EchoServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 512  # many clients connect at once; the default backlog of 5 drops SYNs

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self._lock = threading.Lock()
        self.requests = 0
        self.idempotency_keys: list[str | None] = []
        self.stopping = threading.Event()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def count(self) -> None:
        with self._lock:
            self.requests += 1

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {"requests": self.requests, "idempotency_keys": list(self.idempotency_keys)}

    def record_key(self, key: str | None) -> None:
        with self._lock:
            self.idempotency_keys.append(key)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that drop connections (cancellation, forked children exiting) are expected

    def start(self) -> EchoServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=2)


class EchoProcess:
    """The echo server in a child process: `url`, `stats()`, `stop()`."""

    def __init__(self) -> None:
        root = Path(__file__).resolve().parents[2]
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.echo_server"], cwd=root, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self.stop()
            raise RuntimeError(f"the echo server did not start: {self.url!r}")

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(self.url + "/_stats", timeout=10) as answer:
            stats: dict[str, Any] = json.loads(answer.read())
        return stats

    @property
    def requests(self) -> int:
        return int(self.stats()["requests"])

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


if __name__ == "__main__":
    server = EchoServer()
    print(server.url, flush=True)
    server.serve_forever(poll_interval=0.05)
