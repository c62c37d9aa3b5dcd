"""A drop-in replacement for the legacy Novu Python SDK, built on a generated client.

`Novu` and `AsyncNovu` are the modern clients of every operation of the API; they load on first
access, so `import novu_facade` itself imports nothing else.
"""

from typing import TYPE_CHECKING

from novu_facade._lazy import lazy_exports

if TYPE_CHECKING:
    from novu_facade.aio_client import AsyncNovu
    from novu_facade.client import Novu

__all__ = ["AsyncNovu", "Novu"]

__getattr__, __dir__ = lazy_exports(__name__, {"Novu": "novu_facade.client", "AsyncNovu": "novu_facade.aio_client"})
