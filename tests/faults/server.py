"""A scripted, fault-injecting HTTP server on 127.0.0.1 for retry and error-handling tests.

Each test queues one behaviour per expected request (`FaultServer.script(...)`); every request that
arrives is recorded (method, path, query, headers, body) before its behaviour runs. A request that
finds the queue empty is answered 599 and counted in `unscripted`, so a test that sends more than
it scripted fails loudly instead of hanging.

Behaviours: `reply` (status, headers, JSON or raw body), `html`, `malformed_json`, `delayed`
(sleep, bounded by MAX_DELAY, then a reply), `RESET` (read the request, then close the socket with
a TCP reset and no response) and `dynamic` (build the reply, or a reset, from the recorded request).
`refused_port()` gives a port on which nothing listens, for connection-refused tests.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

MAX_DELAY = 1.0  # seconds; a scripted delay longer than this is a test bug
UNSCRIPTED_STATUS = 599


@dataclass(frozen=True)
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("idempotency-key")


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass(frozen=True)
class Reset:
    """Close the connection with a TCP RST after reading the request: no response at all."""


@dataclass(frozen=True)
class Dynamic:
    build: Callable[[Recorded], Reply | Reset]


Behaviour = Reply | Reset | Dynamic
RESET = Reset()


def reply(status: int = 200, json_body: Any = None, headers: dict[str, str] | None = None) -> Reply:
    body = b"" if json_body is None else json.dumps(json_body).encode()
    content_type = {"Content-Type": "application/json; charset=utf-8"} if json_body is not None else {}
    return Reply(status, body, {**content_type, **(headers or {})})


def html(status: int, text: str = "<html><body><h1>502 Bad Gateway</h1></body></html>") -> Reply:
    return Reply(status, text.encode(), {"Content-Type": "text/html"})


def malformed_json(status: int = 200) -> Reply:
    return Reply(status, b'{"data": {"acknowledged": tru', {"Content-Type": "application/json"})


def delayed(seconds: float, then: Reply) -> Reply:
    if not 0 <= seconds <= MAX_DELAY:
        raise ValueError(f"delay {seconds}s is outside [0, {MAX_DELAY}]")
    return Reply(then.status, then.body, then.headers, seconds)


def dynamic(build: Callable[[Recorded], Reply | Reset]) -> Dynamic:
    return Dynamic(build)


def novu_error(status: int, message: str | list[str], path: str, error: str | None = None) -> dict[str, Any]:
    """Novu's error body."""
    body: dict[str, Any] = {
        "statusCode": status,
        "timestamp": "2026-01-01T00:00:00.000Z",
        "path": path,
        "message": message,
    }
    if error:
        body["error"] = error
    return body


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServer

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        recorded = Recorded(
            method=self.command,
            path=parts.path,
            query=dict(parse_qsl(parts.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        behaviour = self.server.record(recorded)
        if isinstance(behaviour, Dynamic):
            behaviour = behaviour.build(recorded)
        self.close_connection = True
        if isinstance(behaviour, Reset):
            # SO_LINGER 0: close() sends RST instead of FIN; the client gets no status line.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        if behaviour.delay:
            self.server.stopping.wait(behaviour.delay)
        try:
            self.send_response(behaviour.status)
            for name, value in behaviour.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(behaviour.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(behaviour.body)
        except OSError:
            pass  # the client gave up (timeout) before the reply

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self._lock = threading.Lock()
        self._script: deque[Behaviour] = deque()
        self.requests: list[Recorded] = []
        self.unscripted = 0
        self.stopping = threading.Event()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._script.extend(behaviours)

    def record(self, recorded: Recorded) -> Behaviour:
        with self._lock:
            self.requests.append(recorded)
            if self._script:
                return self._script.popleft()
            self.unscripted += 1
        return reply(UNSCRIPTED_STATUS, {"message": "no scripted behaviour left"})

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._script)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # resets and client timeouts are the point of this server

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=2)


def refused_port() -> socket.socket:
    """A socket bound to 127.0.0.1 that never listens: connecting to its port is refused.

    Keep the socket open while the port is used, so no other process can take it.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock
