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
