"""aiohttp is loaded only when the async transport is chosen to be aiohttp."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.legacy_surface import ROOT

_CALLS = (
    "import httpx, asyncio\n"
    "from novu_facade.api import EventApi\n"
    "from novu_facade import aio\n"
    "api = aio.EventApi('http://127.0.0.1:9', 'k')\n"
    "EventApi('http://127.0.0.1:9', 'k')\n"
)


def _aiohttp_modules(code: str, env: dict[str, str]) -> list[str]:
    probe = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(m for m in sys.modules if 'aiohttp' in m)))"
    out = subprocess.check_output([sys.executable, "-c", probe], cwd=ROOT, text=True, env=env)
    found: list[str] = json.loads(out.splitlines()[-1])
    return found


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NOVU_ASYNC_TRANSPORT"}
    return {**env, **extra}


def test_the_default_transport_loads_no_aiohttp() -> None:
    assert _aiohttp_modules(_CALLS, _env()) == []


def test_choosing_aiohttp_loads_it_for_the_async_clients_only() -> None:
    pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is a dev dependency")
    sync_only = "from novu_facade.api import EventApi\nEventApi('http://127.0.0.1:9', 'k')\n"
    assert _aiohttp_modules(sync_only, _env(NOVU_ASYNC_TRANSPORT="aiohttp")) == []
    assert "aiohttp" in _aiohttp_modules(_CALLS, _env(NOVU_ASYNC_TRANSPORT="aiohttp"))
