"""Quickstart: the client a newcomer should see, in one run.

Creates a subscriber, triggers a workflow with an idempotency key, triggers 250 events (sent as
3 requests), streams a paged list, catches a typed error, and calls one operation the legacy SDK
never had through the modern client, `Novu`. Code written for the legacy `novu` package runs
unchanged after renaming the import to `novu_facade`.

Runs against NOVU_API_URL (default https://api.novu.co) with NOVU_API_KEY. `make demo` points it at
a local mock of Novu (Prism serving openapi/novu.yaml), so no account is needed; the mock answers
with the spec's canned examples, so counts in its answers do not follow what was sent. Against a
real environment it does create a subscriber and trigger the `welcome` workflow 251 times for it.
"""

from __future__ import annotations

import itertools
import json
import os
import sys

import httpx

from novu_facade import Novu
from novu_facade.api import EventApi, SubscriberApi, TenantApi
from novu_facade.config import NovuConfig
from novu_facade.dto.event import InputEventDto
from novu_facade.dto.subscriber import SubscriberDto
from novu_facade.errors import NovuAPIError

SUBSCRIBER_ID = "quickstart-subscriber"


def show(step: str, detail: str) -> None:
    print(f"{step:<22} {detail}")


def main() -> int:
    api_key = os.environ.get("NOVU_API_KEY")
    if not api_key:
        print("Set NOVU_API_KEY (or run `make demo` to use the local mock).", file=sys.stderr)
        return 2
    url = os.environ.get("NOVU_API_URL", "https://api.novu.co")
    NovuConfig.configure(url, api_key)
    print(f"Novu API at {url}\n")

    # 1. A subscriber: the legacy SDK's classes and DTOs, unchanged.
    subscriber = SubscriberApi().create(
        SubscriberDto(subscriber_id=SUBSCRIBER_ID, email="ada@example.com", first_name="Ada")
    )
    show("subscriber created", f"{subscriber.subscriber_id} ({subscriber.email})")

    # 2. A trigger with your own idempotency key: a retried request is never delivered twice.
    events = EventApi()
    event = events.trigger(
        name="welcome",
        recipients=[SUBSCRIBER_ID],
        payload={"message": "Hello from the quickstart"},
        idempotency_key="quickstart-welcome-1",
    )
    sent = events.last_response.request.headers["Idempotency-Key"] if events.last_response else "?"
    show("trigger", f"transaction {event.transaction_id}, status {event.status}, Idempotency-Key {sent}")

    # 3. A bulk of 250 events: sent in chunks of 100 (the server's limit), results in input order.
    #    The session's event hook only lists the requests; the facade applies its retry policy to it.
    chunks: list[int] = []

    def count_events(request: httpx.Request) -> None:
        chunks.append(len(json.loads(request.content)["events"]))

    with httpx.Client(event_hooks={"request": [count_events]}) as session:
        bulk = EventApi(session=session).trigger_bulk(
            [InputEventDto(name="welcome", recipients=SUBSCRIBER_ID, payload={"n": n}) for n in range(250)]
        )
    show("trigger_bulk", f"250 events in {len(chunks)} requests of {', '.join(map(str, chunks))}; {len(bulk)} results")

    # 4. A paged list: stream() fetches page after page while you iterate (at most 20 items here).
    pages: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda request: pages.append(request.url.query.decode())]}) as session:
        names = [s.subscriber_id for s in itertools.islice(SubscriberApi(session=session).stream(page_size=2), 20)]
    show("stream(page_size=2)", f"{len(names)} subscribers {names} from {len(pages)} page request(s): {pages}")

    # 5. A typed error: each error status has its class, with the status, the server's messages and the path.
    try:
        TenantApi().list(limit=1000)  # the API allows at most 100 per page
        show("typed error", "none: the server accepted limit=1000")
    except NovuAPIError as exc:
        show(type(exc).__name__, f"status {exc.status_code} on {exc.path}: {exc.messages[-1] if exc.messages else exc}")

    # 6. The modern client: every operation of the spec, e.g. Novu's v2 subscriber search, which the
    #    legacy SDK never had; configured like the facade and sent through the same retry policy.
    #    A list is an iterator over all its items, page after page; first_page() has the cursors.
    with Novu() as novu:
        found = novu.subscribers.search(email="liskov.7@example.com", limit=10)
        first = found.first_page()
        ids = [subscriber.subscriber_id for subscriber in itertools.islice(found, 20)]
    show("Novu", f"novu.subscribers.search (GET /v2/subscribers): {ids}, next page cursor {first.next_}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
