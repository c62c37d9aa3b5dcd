"""The legacy SDK's public surface (17 API classes, 92 methods, 60 DTOs, 26 enums) as committed facts.

tests/compat/legacy_surface.json is written by scripts/extract_legacy_surface.py from the pinned dev
dependency `novu==1.14.0`; tests/compat/test_legacy_surface.py checks it equals a fresh extraction.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SURFACE_PATH = ROOT / "tests" / "compat" / "legacy_surface.json"


@cache
def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SURFACE_PATH.read_text(encoding="utf-8"))
    return data
