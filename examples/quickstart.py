"""Quickstart: create a subscriber and trigger a workflow for it.

Runs against NOVU_API_URL (default https://api.novu.co) with NOVU_API_KEY. `make demo` points it
at a local mock of Novu, so no account is needed.
"""

import os
import sys

from novu_client import AuthenticatedClient
from novu_client.api.events import trigger
from novu_client.api.subscribers import create_subscriber
from novu_client.models import CreateSubscriberRequestDto, TriggerEventRequestDto, TriggerEventRequestDtoPayload


def main() -> int:
    api_key = os.environ.get("NOVU_API_KEY")
    if not api_key:
        print("Set NOVU_API_KEY (or run `make demo` to use the local mock).", file=sys.stderr)
        return 2
    url = os.environ.get("NOVU_API_URL", "https://api.novu.co")
    with AuthenticatedClient(base_url=url, token=api_key, prefix="ApiKey", raise_on_unexpected_status=True) as client:
        created = create_subscriber.sync(
            client=client,
            body=CreateSubscriberRequestDto(subscriber_id="quickstart-subscriber", email="ada@example.com"),
        )
        print(f"subscriber: {created.data.subscriber_id}")  # type: ignore[union-attr]
        payload = TriggerEventRequestDtoPayload.from_dict({"message": "Hello from the quickstart"})
        event = trigger.sync(
            client=client,
            body=TriggerEventRequestDto(name="welcome", to=["quickstart-subscriber"], payload=payload),
        )
        print(f"transaction id: {event.data.transaction_id}")  # type: ignore[union-attr]
    return 0


if __name__ == "__main__":
    sys.exit(main())
