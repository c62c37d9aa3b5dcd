"""The document the local mock serves: openapi/novu.yaml, plus what Prism needs to read it as written.

Prism (5.14) keeps only the last of the parts of a multipart body that share a name
(stoplightio/prism#2654), so an array property of a multipart body (`files: [binary]`, sent as one
part per item) is never an array to it and every such request fails validation, unless the media
type's `encoding` gives the property a style. The copy gives each array property of a multipart body
without one `{style: form, explode: true}`: one part per item, which is how OpenAPI sends a
multipart array anyway (it ignores `style` outside application/x-www-form-urlencoded), so the copy
documents the same API. Prism then reads a single part as a one-item array (two parts still arrive
as one: requests built by tests/contract/auto.py send one file).

    python -m scripts.mock_spec OUT      write the copy to OUT (JSON, which Prism reads like YAML)
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "novu.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ARRAY_ENCODING = {"style": "form", "explode": True}

Json = Any


def _deref(spec: Json, node: Json) -> Json:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def mock_document(spec: Json) -> Json:
    """A copy of `spec` with an encoding for every multipart array property that has none."""
    out = copy.deepcopy(spec)
    for item in out.get("paths", {}).values():
        for method, op in item.items():
            if method not in METHODS or not isinstance(op, dict):
                continue
            media = ((_deref(out, op.get("requestBody")) or {}).get("content") or {}).get("multipart/form-data")
            if not isinstance(media, dict):
                continue
            schema = _deref(out, media.get("schema")) or {}
            for name, prop in sorted((schema.get("properties") or {}).items()):
                if (_deref(out, prop) or {}).get("type") == "array":
                    media.setdefault("encoding", {}).setdefault(name, dict(ARRAY_ENCODING))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    Path(argv[0]).write_text(json.dumps(mock_document(spec), ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
