"""Derive the project's OpenAPI document from Novu's upstream one plus openapi/overlay.yaml.

    python scripts/derive_spec.py SOURCE [--overlay openapi/overlay.yaml] [--out openapi/novu.yaml]

SOURCE is a file path or an http(s) URL of an upstream OpenAPI 3.0 document (JSON or YAML).
The steps, in order:

1. strip upstream prose and vendor data: every `description`, `summary`, `title`, `example(s)`,
   `externalDocs` and `x-*` key (property *names* such as a field called `description` are kept);
2. merge the overlay (`merge:`), a JSON merge patch in which `null` deletes a key, except that
   `parameters` lists merge by (name, in) so the overlay names only the parameters it changes;
3. normalise the wire facts every operation shares: short operationIds, integer paging
   parameters, the `{"data": ...}` envelope on 2xx JSON responses, the shared error body, ApiKey auth;
4. write the result sorted, so that an upstream change shows up as a small diff.

Prints a drift report (operations and schemas added, removed, changed) against the file it replaces.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
import urllib.request
from http import HTTPStatus
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
PROSE_KEYS = {"description", "summary", "title", "example", "examples", "externalDocs"}
# Keys whose values are maps from user-chosen names to schemas: the names are data, not keywords.
NAME_MAPS = {"properties", "schemas", "responses", "parameters", "securitySchemes", "paths", "content"}

Json = Any


_fetched: dict[str, bytes] = {}


def raw_source(source: str) -> bytes:
    if source not in _fetched:
        if re.match(r"^https?://", source):
            with urllib.request.urlopen(source, timeout=60) as resp:
                _fetched[source] = resp.read()
        else:
            _fetched[source] = Path(source).read_bytes()
    return _fetched[source]


def load_source(source: str) -> Json:
    return yaml.safe_load(raw_source(source).decode("utf-8"))


def strip_prose(node: Json, in_name_map: bool = False) -> Json:
    """Drop upstream sentences and vendor extensions, keeping every structural fact."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if not in_name_map and (key in PROSE_KEYS or key.startswith("x-")):
                continue
            out[key] = strip_prose(value, in_name_map=(not in_name_map and key in NAME_MAPS))
        return out
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    return node


def merge(base: Json, patch: Json) -> Json:
    """JSON merge patch (RFC 7386), with `parameters` lists merged by (name, in)."""
    if not isinstance(patch, dict) or not isinstance(base, dict):
        return copy.deepcopy(patch)
    out = dict(base)
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        elif key == "parameters" and isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = merge_parameters(out[key], value)
        else:
            out[key] = merge(out.get(key), value) if key in out else strip_nulls(value)
    return out


def strip_nulls(node: Json) -> Json:
    if isinstance(node, dict):
        return {k: strip_nulls(v) for k, v in node.items() if v is not None}
    return copy.deepcopy(node)


def merge_parameters(base: list[Json], patch: list[Json]) -> list[Json]:
    by_key = {(p.get("name"), p.get("in")): i for i, p in enumerate(base)}
    out = list(base)
    removed = set()
    for param in patch:
        key = (param.get("name"), param.get("in"))
        if param.get("$delete"):
            removed.add(key)
        elif key in by_key:
            out[by_key[key]] = merge(out[by_key[key]], param)
        else:
            by_key[key] = len(out)
            out.append(strip_nulls(param))
    return [p for p in out if (p.get("name"), p.get("in")) not in removed]


def operations(spec: Json) -> list[tuple[str, str, Json]]:
    return [
        (path, method, op)
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def short_operation_id(op_id: str) -> str:
    """`SubscribersController_listSubscribers` -> `listSubscribers`."""
    return op_id.split("Controller_", 1)[1] if "Controller_" in op_id else op_id


def resolve(spec: Json, schema: Json) -> Json:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def has_data_property(spec: Json, schema: Json) -> bool:
    """True when the schema already is an envelope: a top-level `data` property, at any allOf level."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return False
    if "data" in schema.get("properties", {}):
        return True
    return any(has_data_property(spec, part) for part in schema.get("allOf", []))


def envelope_name(schema: Json) -> str | None:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[1] + "Envelope"
    items = schema.get("items", {})
    if schema.get("type") == "array" and "$ref" in items:
        return str(items["$ref"]).rsplit("/", 1)[1] + "ListEnvelope"
    return None


def wrap_in_envelope(spec: Json, schema: Json) -> Json:
    wrapper = {"type": "object", "required": ["data"], "properties": {"data": schema}}
    name = envelope_name(schema)
    if name is None:
        return wrapper
    spec["components"]["schemas"].setdefault(name, wrapper)
    return {"$ref": f"#/components/schemas/{name}"}


class DerivationError(ValueError):
    """The upstream document and the overlay do not fit together (typically: upstream renamed or
    removed something the overlay refers to); the message names every such place."""


def make_optional(spec: Json, optional: dict[str, list[str]]) -> None:
    """Drop properties from their schema's `required` list; a name that is gone upstream is an error,
    so the rule cannot silently outlive the defect it fixes."""
    schemas = spec["components"]["schemas"]
    for name, props in optional.items():
        schema = schemas.get(name)
        missing = sorted(set(props) - set((schema or {}).get("properties", {})))
        if schema is None or missing:
            raise DerivationError(f"optional_properties: {name} has no {missing or 'schema'} upstream")
        required = [prop for prop in schema.get("required", []) if prop not in props]
        if required:
            schema["required"] = required
        else:
            schema.pop("required", None)
        for prop in props:
            schema["properties"][prop]["nullable"] = True


def normalise(spec: Json, rules: Json) -> None:
    make_optional(spec, rules.get("optional_properties", {}))
    paging = set(rules.get("integer_query_parameters", []))
    error_ref = {"$ref": f"#/components/schemas/{rules['error_schema']}"}
    unwrapped = {tuple(x.split(" ", 1)) for x in rules.get("not_enveloped", [])}
    for path, method, op in operations(spec):
        if "operationId" in op:
            op["operationId"] = short_operation_id(op["operationId"])
        op["security"] = [{rules["security_scheme"]: []}]
        for param in op.get("parameters", []):
            schema = param.get("schema", {})
            if param.get("in") == "query" and param.get("name") in paging and schema.get("type") == "number":
                schema["type"] = "integer"
        for code, response in op.get("responses", {}).items():
            # OpenAPI requires a description on every response; ours is the status phrase.
            response["description"] = HTTPStatus(int(code)).phrase if code.isdigit() else code
            media = response.get("content", {}).get("application/json")
            if media is None or "schema" not in media:
                continue
            if code.startswith(("4", "5")):
                media["schema"] = copy.deepcopy(error_ref)
            elif (
                code.startswith("2")
                and (method.upper(), path) not in unwrapped
                and not has_data_property(spec, media["schema"])
            ):
                media["schema"] = wrap_in_envelope(spec, media["schema"])


def dangling_refs(node: Json, schemas: Json, where: str = "") -> list[str]:
    """`<schema> (at <location>)` for every `#/components/schemas/...` reference with no schema."""
    found: list[str] = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in schemas:
                found.append(f"{name} (at {where or '/'})")
        for key, value in node.items():
            found += dangling_refs(value, schemas, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += dangling_refs(value, schemas, f"{where}/{index}")
    return found


def derive(upstream: Json, overlay: Json) -> Json:
    spec = strip_prose(upstream)
    spec.pop("tags", None)
    spec = merge(spec, overlay.get("merge", {}))
    missing = dangling_refs(spec, spec.get("components", {}).get("schemas", {}))
    if missing:
        raise DerivationError(
            "references to schemas that neither upstream nor the overlay define; update openapi/overlay.yaml:\n  "
            + "\n  ".join(missing)
        )
    normalise(spec, overlay["rules"])
    return spec


def fingerprint(node: Json) -> str:
    return hashlib.sha256(json.dumps(node, sort_keys=True).encode()).hexdigest()


def drift_report(old: Json, new: Json) -> str:
    """Markdown list of operations and schemas added, removed and changed."""

    def ops(spec: Json) -> dict[str, str]:
        return {f"{m.upper()} {p}": fingerprint(o) for p, m, o in operations(spec or {})}

    def schemas(spec: Json) -> dict[str, str]:
        return {k: fingerprint(v) for k, v in ((spec or {}).get("components", {}).get("schemas", {})).items()}

    lines = []
    for title, before, after in (("Operations", ops(old), ops(new)), ("Schemas", schemas(old), schemas(new))):
        added = sorted(after.keys() - before.keys())
        removed = sorted(before.keys() - after.keys())
        changed = sorted(k for k in after.keys() & before.keys() if after[k] != before[k])
        lines.append(f"### {title}: {len(added)} added, {len(removed)} removed, {len(changed)} changed")
        lines += [f"- added `{k}`" for k in added]
        lines += [f"- removed `{k}`" for k in removed]
        lines += [f"- changed `{k}`" for k in changed]
    return "\n".join(lines)


def dump(spec: Json) -> str:
    return yaml.safe_dump(spec, sort_keys=True, allow_unicode=True, width=120, default_flow_style=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("source", help="upstream OpenAPI document: file path or URL")
    parser.add_argument("--overlay", type=Path, default=ROOT / "openapi" / "overlay.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "openapi" / "novu.yaml")
    parser.add_argument("--report", type=Path, help="also write the drift report to this file")
    args = parser.parse_args(argv)

    overlay = yaml.safe_load(args.overlay.read_text(encoding="utf-8"))
    try:
        spec = derive(load_source(args.source), overlay)
    except DerivationError as exc:
        print(f"derive_spec: {args.source}: {exc}", file=sys.stderr)
        return 2
    old = yaml.safe_load(args.out.read_text(encoding="utf-8")) if args.out.exists() else None
    report = drift_report(old, spec)
    args.out.write_text(dump(spec), encoding="utf-8")
    # Which upstream document the spec was derived from, so tests can re-derive and compare.
    digest = hashlib.sha256(raw_source(args.source)).hexdigest()
    (args.out.parent / "SOURCE").write_text(f"{Path(args.source).name}\nsha256: {digest}\n", encoding="utf-8")
    if args.report:
        args.report.write_text(report + "\n", encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
