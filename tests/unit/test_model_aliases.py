"""Models renamed upstream with their shape unchanged stay importable under their old names."""

from __future__ import annotations

import importlib

import pytest
import yaml

from tests.legacy_surface import ROOT

SPEC = yaml.load((ROOT / "openapi" / "novu.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
ALIASES = sorted(
    (old, name) for name, schema in SPEC["components"]["schemas"].items() for old in schema.get("x-novu-aliases", [])
)


def test_the_spec_has_aliases_to_check() -> None:
    assert ALIASES, "openapi/novu.yaml names no alias (x-novu-aliases)"


@pytest.mark.parametrize(("old", "new"), ALIASES, ids=[f"{o}->{n}" for o, n in ALIASES])
def test_the_old_name_is_the_new_model(old: str, new: str) -> None:
    models = importlib.import_module("novu_client.models")
    assert getattr(models, old) is getattr(models, new)
    assert old in models.__all__ and old in dir(models)
    namespace: dict[str, object] = {}
    exec(f"from novu_client.models import {old}", namespace)  # the import statement application code writes
    assert namespace[old] is getattr(models, new)
