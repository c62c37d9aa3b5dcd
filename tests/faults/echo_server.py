"""A keep-alive HTTP server on 127.0.0.1 that echoes each request's id, for concurrency and fork tests.

Unlike the fault server it keeps connections open (HTTP/1.1 keep-alive), so a client's pool really
reuses sockets, which is what a fork or a thread can break. Every answer names the request it
answers, so an answer that reached the wrong caller is detected:

- `GET /v1/subscribers/<id>` -> `{"data": {"_id": <id>, "subscriberId": <id>, ...}}`; an id starting
  with `slow-` is answered after SLOW_DELAY seconds (for cancellation tests);
- `POST /v1/events/trigger` -> `{"data": {"acknowledged": true, "status": "processed",
  "transactionId": <the body's transactionId>}}`; the request's `Idempotency-Key` is recorded.

Each answer carries `RateLimit-Limit`, `-Remaining` and `-Reset` headers: the limit is
RATE_LIMIT, the remaining count goes down by one per request.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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
    server: EchoServer

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        remaining = self.server.count()
        self.send_header("RateLimit-Limit", str(RATE_LIMIT))
        self.send_header("RateLimit-Remaining", str(max(0, RATE_LIMIT - remaining)))
        self.send_header("RateLimit-Reset", "7")
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        if not self.path.startswith(SUBSCRIBERS):
            self._answer(404, {"message": f"no route {self.path}"})
            return
        subscriber_id = self.path[len(SUBSCRIBERS) :]
        if subscriber_id.startswith("slow-"):
            self.server.stopping.wait(SLOW_DELAY)
        self._answer(200, {"data": {**_SUBSCRIBER_FIELDS, "_id": subscriber_id, "subscriberId": subscriber_id}})

    def do_POST(self) -> None:
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

    def count(self) -> int:
        with self._lock:
            self.requests += 1
            return self.requests

    def record_key(self, key: str | None) -> None:
        with self._lock:
            self.idempotency_keys.append(key)

    def start(self) -> EchoServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=2)
