"""Importing the facade loads only what a call needs (structural checks, not timings)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.legacy_surface import ROOT


def _modules_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.check_output([sys.executable, "-c", probe], cwd=ROOT, text=True)
    loaded: list[str] = json.loads(out.splitlines()[-1])
    return loaded


def test_importing_the_api_package_loads_no_resource_and_no_generated_code() -> None:
    loaded = _modules_after("import novu_facade.api")
    assert not [m for m in loaded if m.startswith("novu_client")]
    assert not [m for m in loaded if m.startswith("novu_facade.api.") or m.startswith("novu_facade.dto.")]
    assert "pkg_resources" not in loaded and "requests" not in loaded


def test_one_call_loads_its_operation_module_only() -> None:
    """The facade needs an operation's request builder, not its response models or the client class."""
    code = (
        "import httpx\n"
        "from novu_facade.api import TopicApi\n"
        "def answer(request):\n"
        "    return httpx.Response(200, json={'data': {'_id': 'a', 'key': 'k', 'name': 'n'}})\n"
        "api = TopicApi('https://api.novu.test', 'k', session=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "assert api.get('k').key == 'k'\n"
    )
    loaded = _modules_after(code)
    models = [m for m in loaded if m.startswith("novu_client.models.")]
    operations = [m for m in loaded if m.startswith("novu_client.api.") and m.count(".") == 3]
    assert operations == ["novu_client.api.topics.get_topic"]
    assert models == [], models
    assert "novu_client.client" not in loaded and "attr" not in loaded
    dtos = [m for m in loaded if m.startswith("novu_facade.dto.") and m != "novu_facade.dto.base"]
    assert dtos == ["novu_facade.dto.topic"], dtos


def test_importing_the_package_loads_nothing_else() -> None:
    loaded = _modules_after("import novu_facade")
    assert [m for m in loaded if m.startswith("novu_facade")] == ["novu_facade", "novu_facade._lazy"], loaded
    assert "httpx" not in loaded and not [m for m in loaded if m.startswith("novu_client")]


def test_a_modern_client_loads_no_namespace_and_no_model_until_used() -> None:
    loaded = _modules_after("from novu_facade import Novu\nNovu('k', 'https://api.novu.test')")
    assert not [m for m in loaded if m.startswith("novu_facade._modern.")], loaded
    assert not [m for m in loaded if m.startswith("novu_client.models") or m.startswith("novu_client.api")]
    assert "novu_facade.aio" not in loaded and "novu_facade.api" not in loaded
    assert "asyncio" not in loaded  # a sync client never loads it and "novu_client.client" not in loaded


def test_a_namespace_loads_its_module_only_and_a_call_its_operation_only() -> None:
    code = (
        "import httpx\n"
        "from novu_facade import Novu\n"
        "from tests.docs.spec_mock import SpecMock\n"
        "session = httpx.Client(transport=httpx.MockTransport(SpecMock()))\n"
        "novu = Novu('k', 'https://api.novu.test', session=session)\n"
        "assert novu.topics.get_topic('k').key\n"
    )
    loaded = _modules_after(code)
    assert [m for m in loaded if m.startswith("novu_facade._modern.")] == ["novu_facade._modern.topics"]
    operations = [m for m in loaded if m.startswith("novu_client.api.") and m.count(".") == 3]
    assert operations == ["novu_client.api.topics.get_topic"]
    assert "novu_client.client" not in loaded


def test_an_async_modern_client_loads_the_async_namespaces_only() -> None:
    loaded = _modules_after("from novu_facade import AsyncNovu\nAsyncNovu('k', 'https://api.novu.test').subscribers")
    modern = [m for m in loaded if m.startswith("novu_facade._modern")]
    assert modern == [
        "novu_facade._modern",
        "novu_facade._modern._aio",
        "novu_facade._modern._aio.subscribers",
        "novu_facade._modern.subscribers",
    ], modern
