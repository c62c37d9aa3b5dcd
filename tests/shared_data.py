"""Locate the reference data kept beside the project (never committed into it): the legacy SDK's
surface manifest and Novu's upstream OpenAPI documents. `NOVU_SHARED_DIR` overrides the default
`../shared` next to the repository."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    path = Path(os.environ.get("NOVU_SHARED_DIR", ROOT.parent / "shared"))
    if not path.is_dir():
        raise AssertionError(f"reference data not found at {path}; set NOVU_SHARED_DIR")
    return path


@cache
def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((shared_dir() / "legacy-sdk-manifest.json").read_text())
    return data


def upstream_documents() -> list[Path]:
    return sorted((shared_dir() / "upstream").glob("*.json"))
