"""The committed legacy-surface facts are what the pinned legacy SDK really exposes."""

from __future__ import annotations

import json

from scripts import extract_legacy_surface
from tests.legacy_surface import SURFACE_PATH, manifest


def test_committed_surface_equals_a_fresh_extraction_from_the_installed_sdk() -> None:
    fresh = extract_legacy_surface.dump(extract_legacy_surface.extract())
    assert SURFACE_PATH.read_text(encoding="utf-8") == fresh, (
        "tests/compat/legacy_surface.json is stale: run python -m scripts.extract_legacy_surface"
    )


def test_surface_counts() -> None:
    surface = manifest()
    assert (surface["package"], surface["version"]) == ("novu", "1.14.0")
    assert len(surface["apis"]) == 17
    assert sum(len(api["methods"]) for api in surface["apis"].values()) == 92
    assert len(surface["dtos"]) == 60
    assert len(surface["enums"]) == 26


def test_extraction_records_missing_return_annotations_as_null() -> None:
    # EventApi.broadcast declares no return annotation; "None" would claim it returns None.
    surface = json.loads(extract_legacy_surface.dump(extract_legacy_surface.extract()))
    assert surface["apis"]["EventApi"]["methods"]["broadcast"]["returns"] is None
    assert surface["apis"]["EventApi"]["methods"]["delete"]["returns"] == "None"
