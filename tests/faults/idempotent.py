"""Novu's bulk endpoints with its idempotency records, behind a network that fails, for the fault server.

`IdempotentNovu` answers `POST /v1/events/trigger/bulk` and `POST /v1/subscribers/bulk` as Novu
does with an `Idempotency-Key`: the first request under a key is processed and its answer stored,
error answers too; a later request under the key gets the stored answer again with
`Idempotency-Replay: true` (422 when its body differs; 409 with `Retry-After: 1` while the first is
still in progress). It counts how many times each item (event `transactionId`, subscriber
`subscriberId`) was processed, which is what a bulk recovery must keep at one.

Faults are scripted per chunk (named by its first item) and per arrival of that chunk, counted
over the whole test, so they are the same whatever order concurrent chunks arrive in:

- `OUTAGE`: a 503 from in front of the app; nothing processed, nothing stored;
- `LOST`: processed and stored, then the connection is reset: the client never sees the answer;
- `FAILS`: the app fails: a 500 is stored and answered, nothing processed;
- `REJECTS`: a 400 is stored and answered, nothing processed.

Use it as the fault server's behaviour for every request: `novu.serve(server)`.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tests.faults.server import RESET, FaultServer, Recorded, Reply, Reset, dynamic, novu_error, reply

EVENTS_BULK = "/v1/events/trigger/bulk"
SUBSCRIBERS_BULK = "/v1/subscribers/bulk"
OUTAGE, LOST, FAILS, REJECTS = "outage", "lost", "fails", "rejects"
_ITEMS = {EVENTS_BULK: ("events", "transactionId"), SUBSCRIBERS_BULK: ("subscribers", "subscriberId")}


@dataclass(frozen=True)
class Stored:
    body: bytes
    status: int
    answer: Any


class IdempotentNovu:
    def __init__(self, faults: dict[str, list[str]] | None = None) -> None:
        self.faults = {first: list(kinds) for first, kinds in (faults or {}).items()}
        self.lock = threading.Condition()
        self.records: dict[str, Stored] = {}
        self.in_progress: set[str] = set()
        self.processed: Counter[str] = Counter()
        self.arrivals: Counter[str] = Counter()
        self.replays = 0
        self.mismatches = 0
        self.keys: list[str | None] = []  # of every request, in arrival order

    def serve(self, server: FaultServer, requests: int = 2000) -> None:
        """Answer the next `requests` requests (a test asserts `server.unscripted == 0`)."""
        behaviour = dynamic(self)
        server.script(*[behaviour] * requests)

    # The behaviour ------------------------------------------------------------------------------
    def __call__(self, request: Recorded) -> Reply | Reset:
        field, id_field = _ITEMS[request.path]
        items = request.json()[field]
        first = items[0][id_field] if items else ""
        key = request.idempotency_key
        with self.lock:
            self.keys.append(key)
            self.arrivals[first] += 1
            scripted = self.faults.get(first, [])
            fault = scripted[self.arrivals[first] - 1] if self.arrivals[first] <= len(scripted) else None
            if fault == OUTAGE:
                return reply(503, novu_error(503, "Service Unavailable", request.path))
            if key is not None:
                stored = self.records.get(key)
                if stored is not None:
                    if stored.body != request.body:
                        self.mismatches += 1
                        message = "Request with the same idempotency key but different body"
                        return reply(422, novu_error(422, message, request.path))
                    self.replays += 1
                    return reply(stored.status, stored.answer, {"Idempotency-Replay": "true"})
                if key in self.in_progress:
                    return reply(409, novu_error(409, "Request in progress", request.path), {"Retry-After": "1"})
                self.in_progress.add(key)
        try:
            if fault == FAILS:
                status, answer = 500, novu_error(500, "Internal server error", request.path)
            elif fault == REJECTS:
                status, answer = 400, novu_error(400, "rejected", request.path)
            else:
                status, answer = 201, self._process(request.path, items, id_field)
        finally:
            with self.lock:
                if key is not None:
                    self.records[key] = Stored(request.body, status, answer)
                    self.in_progress.discard(key)
                self.lock.notify_all()
        return RESET if fault == LOST else reply(status, answer)

    def _process(self, path: str, items: list[dict[str, Any]], id_field: str) -> Any:
        with self.lock:
            self.processed.update(item[id_field] for item in items)
        if path == EVENTS_BULK:
            return {
                "data": [
                    {"acknowledged": True, "status": "processed", "transactionId": item["transactionId"]}
                    for item in items
                ]
            }
        return {
            "data": {"created": [{"subscriberId": item["subscriberId"]} for item in items], "updated": [], "failed": []}
        }

    # What the server did -------------------------------------------------------------------------
    def tally(self, ids: Iterable[str]) -> dict[str, int]:
        """How many of `ids` were processed once, twice (or more), never."""
        with self.lock:
            counts = [self.processed[i] for i in ids]
        return {
            "once": sum(1 for c in counts if c == 1),
            "twice": sum(1 for c in counts if c >= 2),
            "never": sum(1 for c in counts if c == 0),
        }

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Until no request is being processed (e.g. those of a client that died)."""
        with self.lock:
            assert self.lock.wait_for(lambda: not self.in_progress, timeout), "requests still in progress"
