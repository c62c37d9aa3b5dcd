"""Quickstart: create a subscriber and trigger a workflow for it, with the legacy SDK's API.

Code written for the legacy `novu` package runs unchanged after renaming the import to
`novu_facade`. Runs against NOVU_API_URL (default https://api.novu.co) with NOVU_API_KEY;
`make demo` points it at a local mock of Novu, so no account is needed.
"""

import os
import sys

from novu_facade.api import EventApi, SubscriberApi
from novu_facade.config import NovuConfig
from novu_facade.dto.subscriber import SubscriberDto


def main() -> int:
    api_key = os.environ.get("NOVU_API_KEY")
    if not api_key:
        print("Set NOVU_API_KEY (or run `make demo` to use the local mock).", file=sys.stderr)
        return 2
    NovuConfig.configure(os.environ.get("NOVU_API_URL", "https://api.novu.co"), api_key)

    subscriber = SubscriberApi().create(
        SubscriberDto(subscriber_id="quickstart-subscriber", email="ada@example.com", first_name="Ada")
    )
    print(f"subscriber: {subscriber.subscriber_id}")

    event = EventApi().trigger(
        name="welcome",
        recipients=["quickstart-subscriber"],
        payload={"message": "Hello from the quickstart"},
    )
    print(f"transaction id: {event.transaction_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
