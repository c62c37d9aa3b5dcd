"""The facts the project keeps of Novu's upstream OpenAPI documents: openapi/upstream.yaml.

An upstream document is reduced to its structure (paths, operations, parameters, request and
response schemas, components, enums, formats, security, servers): every `description`, `summary`,
`title`, `example(s)`, `externalDocs` and `x-*` key goes, and so do `info` and the tag list.

Documents are merged in the order they were published. A newer document replaces the facts of
every operation (`METHOD /path`) and component (`schemas/Name`, ...) it documents; what it no longer
documents is *retained* unchanged, marked with the document that last documented it, because the
API keeps serving routes its documentation drops. Only an explicit overlay `remove:` entry (applied
by derive_spec.py) takes a retained fact out of the derived spec.

Each operation also gets a stable generated name (tag + short operationId), fixed when the
operation is first seen: upstream renaming an operationId or retagging it does not rename the raw
client's function, and a new operation whose short name is taken gets its API version appended
(`createSubscriber` of `/v2/subscribers` becomes `createSubscriberV2`).
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
import re
import urllib.request
from pathlib import Path
from typing import Any

import yaml

from scripts import naming

Json = Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PROSE_KEYS = {"description", "summary", "title", "example", "examples", "externalDocs"}
# Keys whose values are maps from user-chosen names to schemas: the names are data, not keywords.
NAME_MAPS = {
    "properties",
    "schemas",
    "responses",
    "parameters",
    "securitySchemes",
    "paths",
    "content",
    "headers",
    "requestBodies",
    "callbacks",
    "links",
    "encoding",
    "variables",
}
# The modern client's name of each operation in the derived spec (scripts/naming.py).
SDK_NAMESPACE, SDK_METHOD = "x-novu-namespace", "x-novu-method"
# Earlier methods of an operation the overlay renamed within its namespace, kept as aliases.
SDK_ALIASES = "x-novu-method-aliases"
# Earlier names of a schema, importable from novu_client.models as aliases of its model.
ALIASES = "x-novu-aliases"
# Top-level keys kept; `info` and `tags` are prose (the overlay gives the spec its own `info`).
KEPT_TOP_LEVEL = ("openapi", "servers", "security")

# libyaml's loader when PyYAML has it (the same data, many times faster on these large files).
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_fetched: dict[str, bytes] = {}


def raw_source(source: str) -> bytes:
    if source not in _fetched:
        if re.match(r"^https?://", source):
            request = urllib.request.Request(source, headers={"Accept": "application/json, application/yaml"})
            with urllib.request.urlopen(request, timeout=60) as resp:
                _fetched[source] = resp.read()
        else:
            _fetched[source] = Path(source).read_bytes()
    return _fetched[source]


def load_source(source: str) -> Json:
    text = raw_source(source).decode("utf-8")
    try:
        doc = json.loads(text)
    except ValueError:
        doc = yaml.load(text, Loader=FAST_LOADER)
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3.") or "paths" not in doc:
        raise ValueError(f"{source}: not an OpenAPI 3 document (no `openapi: 3.x` and `paths`)")
    return doc


def strip_prose(node: Json, in_name_map: bool = False) -> Json:
    """Drop upstream sentences and vendor extensions, keeping every structural fact."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if not in_name_map and (key in PROSE_KEYS or str(key).startswith("x-")):
                continue
            out[key] = strip_prose(value, in_name_map=(not in_name_map and key in NAME_MAPS))
        return out
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    return node


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def split_key(key: str) -> tuple[str, str]:
    method, path = key.split(" ", 1)
    return method.lower(), path


def document_operations(doc: Json) -> dict[str, Json]:
    """`METHOD /path` -> prose-free operation; path-level parameters folded into each operation."""
    out: dict[str, Json] = {}
    for path, item in (doc.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            op = strip_prose(op)
            if shared:
                own = {(p.get("name"), p.get("in")) for p in op.get("parameters", [])}
                inherited = [p for p in strip_prose(shared) if (p.get("name"), p.get("in")) not in own]
                op["parameters"] = inherited + op.get("parameters", [])
            out[operation_key(method, path)] = op
    return out


def document_naming(doc: Json) -> dict[str, dict[str, str]]:
    """`METHOD /path` -> upstream naming facts (scripts/naming.py), for operations that have any."""
    out = {}
    for path, item in (doc.get("paths") or {}).items():
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict) and naming.naming_facts(op):
                out[operation_key(method, path)] = naming.naming_facts(op)
    return out


def assign_sdk_names(operations: Json) -> None:
    """Give every operation without one its modern-client name (`sdk`), once: operations with upstream
    naming facts first, so that a name Novu's SDKs use is not taken by a fallback name."""
    taken: dict[str, set[str]] = {}
    for entry in operations.values():
        if "sdk" in entry:
            reserve_sdk_name(entry["sdk"], taken)
    pending = sorted(
        (key for key, entry in operations.items() if "sdk" not in entry),
        key=lambda key: ("naming" not in operations[key], key),
    )
    for key in pending:
        entry = operations[key]
        operation_id = str(entry.get("facts", {}).get("operationId") or "")
        entry["sdk"] = naming.sdk_name(
            split_key(key)[1], entry["tag"], entry["name"], entry.get("naming", {}), taken, operation_id
        )


def reserve_sdk_name(dotted: str, taken: dict[str, set[str]]) -> None:
    namespace, method = naming.split_sdk_name(dotted)
    parts = namespace.split(".") if namespace else []
    for depth in range(len(parts)):
        taken.setdefault(".".join(parts[:depth]), set()).add(parts[depth])
    taken.setdefault(namespace, set()).add(method)


def document_components(doc: Json) -> dict[str, Json]:
    """`kind/Name` (e.g. `schemas/SubscriberDto`) -> prose-free component."""
    out: dict[str, Json] = {}
    for kind, entries in (doc.get("components") or {}).items():
        if kind in PROSE_KEYS or str(kind).startswith("x-") or not isinstance(entries, dict):
            continue
        for name, value in entries.items():
            out[f"{kind}/{name}"] = strip_prose(value)
    return out


def short_operation_id(op_id: str) -> str:
    """`SubscribersController_listSubscribers` -> `listSubscribers`."""
    return op_id.split("Controller_", 1)[1] if "Controller_" in op_id else op_id


def empty_facts() -> Json:
    return {"documents": [], "document": {}, "operations": {}, "components": {}}


def document_date(name: str, given: str | None) -> str:
    if given:
        return given
    found = re.search(r"\d{4}-\d{2}-\d{2}", name)
    return found.group(0) if found else datetime.datetime.now(datetime.UTC).date().isoformat()


def merge_document(
    facts: Json | None,
    doc: Json,
    *,
    name: str,
    sha256: str,
    date: str,
    source: str,
    reserved: frozenset[str] = frozenset(),
) -> Json:
    """The facts after merging `doc` onto `facts` (not modified). Merging a document again (the same
    sha256) returns the facts unchanged. `reserved`: names a new operation may not take (the overlay's own)."""
    facts = copy.deepcopy(facts) if facts else empty_facts()
    if any(merged["sha256"] == sha256 for merged in facts["documents"]):
        return facts  # merged already (an older one again would pass for the newest)
    ops = document_operations(doc)
    components = document_components(doc)
    # Each document's name must be unique: it is what marks facts as documented by it (a live URL
    # gives the same file name every time).
    used = {d["name"] for d in facts["documents"]}
    for candidate in (name, f"{name}@{date}", f"{name}@{date}+{sha256[:12]}"):
        if candidate not in used:
            name = candidate
            break
    else:
        raise ValueError(f"a document named {name} with sha256 {sha256} was merged already")
    facts["documents"].append(
        {
            "name": name,
            "source": source,
            "date": date,
            "sha256": sha256,
            "operations": len(ops),
            "schemas": sum(1 for key in components if key.startswith("schemas/")),
        }
    )
    facts["document"] = {key: copy.deepcopy(doc[key]) for key in KEPT_TOP_LEVEL if key in doc}

    names = document_naming(doc)
    # Unique across tags, not only within one: the generator names inline models after the operation.
    taken = {entry["name"] for entry in facts["operations"].values()} | reserved
    for key in sorted(ops):
        op = ops[key]
        entry = facts["operations"].get(key)
        if entry is None:
            method, path = split_key(key)
            entry = {
                "name": naming.raw_name(method, path, op, names.get(key, {}), taken),
                "tag": (op.get("tags") or ["default"])[0],
            }
            taken.add(entry["name"])
        entry = {k: v for k, v in entry.items() if k != "naming"}
        if names.get(key):
            entry["naming"] = names[key]
        facts["operations"][key] = {**entry, "documented_by": name, "facts": op}
    assign_sdk_names(facts["operations"])
    keep_redefined_schemas(facts, components)
    renamed = same_shape_renames(facts, components)
    for key in sorted(components):
        aliases = sorted({*facts["components"].get(key, {}).get("aliases", []), *renamed.get(key, [])})
        facts["components"][key] = {"documented_by": name, "facts": components[key]}
        if aliases:
            facts["components"][key]["aliases"] = aliases
    return facts


def same_shape_renames(facts: Json, components: dict[str, Json]) -> dict[str, list[str]]:
    """`schemas/New` -> the names it replaces: schemas the previous document had, this one has not,
    with the same facts as a schema that is new in this one (references to other renamed schemas
    compared under their new names). The old names stay importable as aliases (derive_spec.py)."""
    if len(facts["documents"]) < 2:
        return {}
    previous = facts["documents"][-2]["name"]
    gone = {
        key.split("/", 1)[1]: entry
        for key, entry in facts["components"].items()
        if key.startswith("schemas/")
        and entry["documented_by"] == previous
        and key not in components
        and "kept_from" not in entry
    }
    added = {
        key.split("/", 1)[1]: value
        for key, value in components.items()
        if key.startswith("schemas/") and key not in facts["components"]
    }
    pairs: dict[str, str] = {}
    while True:
        found = {}
        for old, entry in gone.items():
            if old in pairs:
                continue
            same = [
                new
                for new, value in added.items()
                if new not in pairs.values() and rename_refs(entry["facts"], pairs) == value
            ]
            if len(same) == 1:  # an ambiguous match (several identical new schemas) is no rename
                found[old] = same[0]
        if not found:
            break
        pairs.update(found)
    out: dict[str, list[str]] = {}
    for old, new in sorted(pairs.items()):
        out.setdefault(f"schemas/{new}", []).extend([old, *gone[old].get("aliases", [])])
    return out


def refs(node: Json) -> set[str]:
    """Names of the schemas `node` refers to."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            found |= refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= refs(value)
    return found


def rename_refs(node: Json, renamed: dict[str, str]) -> Json:
    if isinstance(node, dict):
        out = {k: rename_refs(v, renamed) for k, v in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            target = ref.rsplit("/", 1)[1]
            if target in renamed:
                out["$ref"] = f"#/components/schemas/{renamed[target]}"
        return out
    if isinstance(node, list):
        return [rename_refs(v, renamed) for v in node]
    return node


def shape(schema: Json) -> frozenset[str]:
    """What identifies a schema's meaning: its property names, or its enum values."""
    if not isinstance(schema, dict):
        return frozenset()
    if "enum" in schema:
        return frozenset(f"enum:{v}" for v in schema["enum"])
    return frozenset((schema.get("properties") or {}).keys())


def is_redefinition(before: Json, after: Json) -> bool:
    """True when a document reuses a schema name for something else: the property (or enum) sets
    share less than half their names."""
    a, b = shape(before), shape(after)
    return bool(a and b) and len(a & b) / len(a | b) < 0.5


def keep_redefined_schemas(facts: Json, components: dict[str, Json]) -> None:
    """Retained operations keep the schemas they were documented with. Where the new document
    reuses the name of one they refer to for a different shape, the earlier definition stays as
    `<Name><YYYYMMDD of the document that defined it>` and the retained facts refer to it."""
    schemas = {k.split("/", 1)[1]: v for k, v in facts["components"].items() if k.startswith("schemas/")}
    new_schemas = {k.split("/", 1)[1]: v for k, v in components.items() if k.startswith("schemas/")}
    retained_ops = [
        key for key, entry in facts["operations"].items() if entry["documented_by"] != facts["documents"][-1]["name"]
    ]
    retained_schemas = [name for name in schemas if f"schemas/{name}" not in components]
    reachable: set[str] = set()
    todo = [name for key in retained_ops for name in refs(facts["operations"][key]["facts"])]
    while todo:
        name = todo.pop()
        if name not in reachable and name in schemas:
            reachable.add(name)
            todo += refs(schemas[name]["facts"])
    dates = {doc["name"]: doc["date"].replace("-", "") for doc in facts["documents"]}
    renamed = {
        name: f"{name}{dates[schemas[name]['documented_by']]}"
        for name in sorted(reachable)
        if name in new_schemas and is_redefinition(schemas[name]["facts"], new_schemas[name])
    }
    if not renamed:
        return
    for name, kept in renamed.items():
        entry = schemas[name]
        facts["components"][f"schemas/{kept}"] = {**entry, "kept_from": name}
        retained_schemas.append(kept)
    for key in retained_ops:
        entry = facts["operations"][key]
        entry["facts"] = rename_refs(entry["facts"], renamed)
    for name in retained_schemas:
        entry = facts["components"][f"schemas/{name}"]
        entry["facts"] = rename_refs(entry["facts"], renamed)


def latest(facts: Json) -> str | None:
    return facts["documents"][-1]["name"] if facts["documents"] else None


def retained(facts: Json, section: str) -> list[str]:
    """Keys of `operations` or `components` that the newest document no longer documents."""
    newest = latest(facts)
    return sorted(key for key, entry in facts[section].items() if entry["documented_by"] != newest)


def to_openapi(facts: Json) -> Json:
    """The facts as one prose-free OpenAPI document, with the stable names applied."""
    spec: Json = copy.deepcopy(facts["document"])
    paths: Json = {}
    for key in sorted(facts["operations"]):
        entry = facts["operations"][key]
        method, path = split_key(key)
        op = copy.deepcopy(entry["facts"])
        op["operationId"] = entry["name"]
        op["tags"] = [entry["tag"]]
        if "sdk" in entry:
            op[SDK_NAMESPACE], op[SDK_METHOD] = naming.split_sdk_name(entry["sdk"])
        paths.setdefault(path, {})[method] = op
    spec["paths"] = paths
    components: Json = {}
    for key in sorted(facts["components"]):
        kind, name = key.split("/", 1)
        components.setdefault(kind, {})[name] = copy.deepcopy(facts["components"][key]["facts"])
        if facts["components"][key].get("aliases"):
            components[kind][name][ALIASES] = list(facts["components"][key]["aliases"])
    spec["components"] = components
    return spec


HEADER = """\
# Facts kept of Novu's upstream OpenAPI documents, without their prose: written by
# `scripts/regen.sh --from <document>` (scripts/upstream_facts.py); do not edit by hand.
# documents: every document merged, oldest first. operations / components: the newest facts of
# each, with the document that last documented it (older than the newest document = retained);
# an operation's `name` and `tag` are its stable name in the generated client.
"""


def dump(facts: Json) -> str:
    body = yaml.safe_dump(facts, sort_keys=True, allow_unicode=True, width=120, default_flow_style=False)
    return HEADER + body


def load(path: Path) -> Json:
    if not path.exists():
        return empty_facts()
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_LOADER)
    return data if data else empty_facts()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
