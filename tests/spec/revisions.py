"""Synthetic upstream revisions: the next document Novu might publish, built from the committed facts.

`next_document()` is what the newest merged document documents, as upstream would publish it (its own
operationIds and tags, with prose and vendor keys); each revision applies one kind of change to it.

    python -m tests.spec.revisions OUT.json     write a revision with every kind of change at once
"""

from __future__ import annotations

import copy
import functools
import json
import sys
from pathlib import Path
from typing import Any

from scripts import upstream_facts
from tests.legacy_surface import ROOT

FACTS_PATH = ROOT / "openapi" / "upstream.yaml"
PROSE = "Synthetic prose of a revision, which no derived file may contain."


@functools.cache
def _facts() -> Any:
    """The committed facts, loaded once (callers must not modify them)."""
    return upstream_facts.load(FACTS_PATH)


def _documented(section: str) -> list[str]:
    facts = _facts()
    return sorted(k for k, e in facts[section].items() if e["documented_by"] == upstream_facts.latest(facts))


def _first(preferred: list[str], candidates: list[str]) -> str:
    """The first preferred key still documented upstream, else the first candidate: the revisions
    stay valid after one of them has itself been merged."""
    return next((k for k in preferred if k in candidates), candidates[0])


# A suffix no earlier revision has used, so that names added here are new to the facts.
SUFFIX = str(len(_facts()["documents"]))
REMOVED_ROUTE = _first(["GET /v1/topics"], [k for k in _documented("operations") if k.startswith("GET /v1/")])
RENAMED_FROM = _first(
    ["schemas/SubscriberPayloadDto", "schemas/TopicPayloadDto"],  # the overlay refers to these
    [k for k in _documented("components") if k.startswith("schemas/")],
).split("/", 1)[1]
RENAMED = (RENAMED_FROM, f"{RENAMED_FROM.removesuffix('Dto')}Renamed{SUFFIX}Dto")
ADDED_ROUTE = f"GET /v2/widgets{SUFFIX}"
# An existing tag: every tag of the raw client has a contract cassette, which a new one would lack.
ADDED_TAG = "Subscribers"
ADDED_SCHEMAS = (f"Widget{SUFFIX}Dto", f"Widget{SUFFIX}KindEnum")
PARAMETER = (
    _first(["GET /v1/messages"], [k for k in _documented("operations") if k != REMOVED_ROUTE]),
    f"revisionFilter{SUFFIX}",
)


def next_document() -> dict[str, Any]:
    facts = _facts()
    newest = upstream_facts.latest(facts)
    doc: dict[str, Any] = {
        **copy.deepcopy(facts["document"]),
        "info": {"title": "Novu API", "version": "9", "description": PROSE},
        "x-vendor": {"note": PROSE},
        "paths": {},
        "components": {},
    }
    for key, entry in sorted(facts["operations"].items()):
        if entry["documented_by"] == newest:
            method, path = upstream_facts.split_key(key)
            op = copy.deepcopy(entry["facts"])
            op["summary"] = f"{PROSE} ({key})"
            doc["paths"].setdefault(path, {})[method] = op
    for key, entry in sorted(facts["components"].items()):
        if entry["documented_by"] == newest and "kept_from" not in entry:
            kind, name = key.split("/", 1)
            doc["components"].setdefault(kind, {})[name] = copy.deepcopy(entry["facts"])
    return doc


def remove_route(doc: dict[str, Any]) -> dict[str, Any]:
    method, path = upstream_facts.split_key(REMOVED_ROUTE)
    del doc["paths"][path][method]
    return doc


def _rename_refs(node: Any, old: str, new: str) -> Any:
    if isinstance(node, dict):
        out = {k: _rename_refs(v, old, new) for k, v in node.items()}
        if node.get("$ref") == f"#/components/schemas/{old}":
            out["$ref"] = f"#/components/schemas/{new}"
        return out
    if isinstance(node, list):
        return [_rename_refs(v, old, new) for v in node]
    return node


def rename_schema(doc: dict[str, Any]) -> dict[str, Any]:
    old, new = RENAMED
    schemas = doc["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    return dict(_rename_refs(doc, old, new))


def add_operation(doc: dict[str, Any]) -> dict[str, Any]:
    method, path = upstream_facts.split_key(ADDED_ROUTE)
    widget, kind = ADDED_SCHEMAS
    doc["paths"][path] = {
        method: {
            "operationId": f"WidgetsController_listWidgets{SUFFIX}",
            "summary": PROSE,
            "tags": [ADDED_TAG],
            "parameters": [{"name": "kind", "in": "query", "schema": {"$ref": f"#/components/schemas/{kind}"}}],
            "responses": {
                "200": {
                    "description": PROSE,
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"$ref": f"#/components/schemas/{widget}"}}
                        }
                    },
                }
            },
        }
    }
    doc["components"]["schemas"][widget] = {
        "type": "object",
        "description": PROSE,
        "required": ["id", "kind"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"$ref": f"#/components/schemas/{kind}"},
            "createdAt": {"type": "string", "format": "date-time", "example": PROSE},
        },
    }
    doc["components"]["schemas"][kind] = {"type": "string", "enum": ["gauge", "dial"], "description": PROSE}
    return doc


def add_parameter(doc: dict[str, Any]) -> dict[str, Any]:
    key, name = PARAMETER
    method, path = upstream_facts.split_key(key)
    doc["paths"][path][method].setdefault("parameters", []).append(
        {"name": name, "in": "query", "required": False, "description": PROSE, "schema": {"type": "string"}}
    )
    return doc


def rewrite_prose(node: Any) -> Any:
    """Every sentence upstream wrote, rewritten; nothing else touched."""
    if isinstance(node, dict):
        out = {k: rewrite_prose(v) for k, v in node.items()}
        for key in ("summary", "description"):
            if isinstance(node.get(key), str):
                out[key] = node[key] + " (reworded)"
        return out
    if isinstance(node, list):
        return [rewrite_prose(v) for v in node]
    return node


REVISIONS = {
    "route removed": remove_route,
    "schema renamed": rename_schema,
    "operation added": add_operation,
    "parameter added": add_parameter,
    "prose rewritten": rewrite_prose,
}


def every_change() -> dict[str, Any]:
    doc = next_document()
    for revise in REVISIONS.values():
        doc = revise(doc)
    return doc


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(every_change(), indent=1), encoding="utf-8")
