"""Derive the project's OpenAPI document, openapi/novu.yaml, from files in the repository alone.

    python -m scripts.derive_spec                 derive openapi/novu.yaml from the committed facts
    python -m scripts.derive_spec --from SOURCE   first merge an upstream document (file or URL) into
                                                  openapi/upstream.yaml; print the drift report
    python -m scripts.derive_spec --check         exit 1 if openapi/novu.yaml is not a fresh derivation

(scripts/regen.sh runs it, then the generator.)

Inputs: openapi/upstream.yaml (the prose-free facts of every upstream document merged, see
scripts/upstream_facts.py) and openapi/overlay.yaml (our additions and fixes). The steps, in order:

1. the facts as one OpenAPI document, each operation under its stable generated name;
2. the overlay's `remove:` entries take retained operations or components out (an entry naming
   nothing is an error naming its overlay line, so a rule cannot outlive what it removes);
3. the overlay's `merge:`, a JSON merge patch in which `null` deletes a key, except that
   `parameters` lists merge by (name, in) so the overlay names only the parameters it changes;
4. normalise the wire facts every operation shares: integer paging parameters, the `{"data": ...}`
   envelope on 2xx JSON responses, the shared error body, ApiKey auth;
5. repair upstream defects by rule (scripts/spec_repairs.py), and mark the variants discriminators
   select (`x-novu-discriminator`, which the generator's union template reads);
6. write the result sorted, so that an upstream change shows up as a small diff.

With --from, the drift report (scripts/drift_report.py) says what the document changed.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
from http import HTTPStatus
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import snake_case

from scripts import drift_report, naming, spec_repairs, upstream_facts
from scripts.upstream_facts import (
    ALIASES,
    HTTP_METHODS,
    NAME_MAPS,
    PROSE_KEYS,
    SDK_ALIASES,
    SDK_METHOD,
    SDK_NAMESPACE,
    strip_prose,
)

__all__ = ["NAME_MAPS", "PROSE_KEYS", "strip_prose"]

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"

Json = Any


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


def resolve(spec: Json, schema: Json) -> Json:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def has_data_property(spec: Json, schema: Json, own_data: frozenset[str] = frozenset()) -> bool:
    """True when the schema already is an envelope: a top-level `data` property, at any allOf level,
    unless `data` is a field of the record itself (the schemas named in `own_data`)."""
    if isinstance(schema, dict) and str(schema.get("$ref", "")).rsplit("/", 1)[-1] in own_data:
        return False
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return False
    if "data" in schema.get("properties", {}):
        return True
    return any(has_data_property(spec, part, own_data) for part in schema.get("allOf", []))


def inline_envelope(schema: Json) -> Json | None:
    """The `data` schema of an inline object whose only property is `data`, else None."""
    if not isinstance(schema, dict) or "$ref" in schema or set(schema.get("properties") or {}) != {"data"}:
        return None
    if set(schema) - {"type", "properties", "required"} or schema.get("type", "object") != "object":
        return None
    return schema["properties"]["data"]


def apply_aliases(spec: Json) -> None:
    """A schema renamed upstream with its shape unchanged replaces its retained old self: references
    to the old name move to the new one, which keeps the old name as an alias (`x-novu-aliases`).
    Where the two differ in the derived spec (the overlay patched one of them), both stay."""
    schemas = spec["components"]["schemas"]
    renamed: dict[str, str] = {}
    for new, schema in sorted(schemas.items()):
        for old in schema.get(ALIASES, []):
            if old in schemas and old not in renamed:
                renamed[old] = new
    same = {
        old: new
        for old, new in renamed.items()
        if _without_aliases(upstream_facts.rename_refs(schemas[old], renamed)) == _without_aliases(schemas[new])
    }
    for name, schema in schemas.items():
        if ALIASES in schema:
            kept = [
                old for old in schema[ALIASES] if same.get(old) == name or (old not in schemas and old not in renamed)
            ]
            if kept:
                schema[ALIASES] = kept
            else:
                del schema[ALIASES]
    for old in same:
        del schemas[old]
    if same:
        spec.update(upstream_facts.rename_refs(spec, same))


def _without_aliases(schema: Json) -> Json:
    return {k: v for k, v in schema.items() if k != ALIASES} if isinstance(schema, dict) else schema


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
    inner = resolve(spec, schema.get("items", schema))
    suffix = name.removeprefix(str((schema.get("items") or schema)["$ref"]).rsplit("/", 1)[1])
    aliases = [
        f"{old}{suffix}" for old in inner.get(ALIASES, []) if f"{old}{suffix}" not in spec["components"]["schemas"]
    ]
    if aliases:
        wrapper[ALIASES] = aliases
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
    own_data = frozenset(rules.get("data_is_a_field", []))
    unknown = sorted(own_data - spec["components"]["schemas"].keys())
    if unknown:
        raise DerivationError(f"rules.data_is_a_field: no schema {unknown}")
    if rules["security_scheme"] not in spec.get("components", {}).get("securitySchemes", {}):
        raise DerivationError(f"rules.security_scheme: no security scheme {rules['security_scheme']!r}")
    spec["security"] = [{rules["security_scheme"]: []}]
    for name, response in (spec["components"].get("responses") or {}).items():
        # Shared responses need one too; upstream's went with the prose. Ours is the response's name.
        if isinstance(response, dict):
            response["description"] = name
    for path, method, op in operations(spec):
        if "operationId" in op:
            op["operationId"] = upstream_facts.short_operation_id(op["operationId"])
        op["security"] = [{rules["security_scheme"]: []}]
        for param in op.get("parameters", []):
            schema = param.get("schema", {})
            if param.get("in") == "query" and param.get("name") in paging and schema.get("type") == "number":
                schema["type"] = "integer"
        for code, response in list(op.get("responses", {}).items()):
            # A shared response is copied in, so that the rules below apply to it as to the others.
            response = op["responses"][code] = shared_response(spec, response, f"{method.upper()} {path} {code}")
            # OpenAPI requires a description on every response; ours is the status phrase.
            response["description"] = status_phrase(code)
            media = response.get("content", {}).get("application/json")
            if media is None or "schema" not in media:
                continue
            if code.startswith(("4", "5")):
                media["schema"] = copy.deepcopy(error_ref)
            elif code.startswith("2") and (method.upper(), path) not in unwrapped:
                inner = inline_envelope(media["schema"])
                if inner is not None:
                    # Upstream spelled the envelope out. The API never wraps a body that has `data`
                    # already (page and cursor lists); any other gets the same named envelope as
                    # ours, so the model's name does not depend on how upstream writes it.
                    media["schema"] = (
                        inner if has_data_property(spec, inner, own_data) else wrap_in_envelope(spec, inner)
                    )
                elif not has_data_property(spec, media["schema"], own_data):
                    media["schema"] = wrap_in_envelope(spec, media["schema"])


def shared_response(spec: Json, response: Json, where: str) -> Json:
    """A copy of the shared response (`components.responses`) `response` refers to, else `response`."""
    ref = response.get("$ref") if isinstance(response, dict) else None
    if not isinstance(ref, str) or not ref.startswith("#/components/responses/"):
        return response
    shared = (spec["components"].get("responses") or {}).get(ref.rsplit("/", 1)[1])
    if not isinstance(shared, dict):
        raise DerivationError(f"{where}: no shared response {ref}")
    return copy.deepcopy(shared)


def status_phrase(code: str) -> str:
    """`200` -> `OK`; a code without a phrase (`2XX`, `299`, `default`) is its own description."""
    try:
        return HTTPStatus(int(code)).phrase
    except ValueError:
        return code


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


def overlay_line(overlay_text: str | None, keys: list[str]) -> int | None:
    """1-based line of the overlay node at `keys` (a path of mapping keys and list indices)."""
    if not overlay_text:
        return None
    node = yaml.compose(overlay_text)
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and key.isdigit() and int(key) < len(node.value):
            node = node.value[int(key)]
        else:
            node = None
        if node is None:
            return None
    return int(node.start_mark.line) + 1


def _where(overlay_text: str | None, section: str, pointer: str) -> str:
    keys = [section] + [k for k in pointer.split("/") if k]
    line = overlay_line(overlay_text, keys)
    return f"openapi/overlay.yaml line {line}" if line else f"spec {pointer}"


def remove_entries(spec: Json, remove: Json, overlay_text: str | None) -> None:
    """Apply the overlay's `remove:` (operations as `METHOD /path`, components as `kind/Name`)."""
    problems = []
    for index, key in enumerate((remove or {}).get("operations", [])):
        method, path = upstream_facts.split_key(key) if " " in key else ("", key)
        item = spec["paths"].get(path, {})
        if method not in item:
            line = overlay_line(overlay_text, ["remove", "operations", str(index)])
            problems.append(f"overlay line {line}: remove {key!r}: no such operation")
            continue
        del item[method]
        if not any(m in HTTP_METHODS for m in item):
            del spec["paths"][path]
    for index, key in enumerate((remove or {}).get("components", [])):
        kind, _, name = key.partition("/")
        if name not in spec["components"].get(kind, {}):
            line = overlay_line(overlay_text, ["remove", "components", str(index)])
            problems.append(f"overlay line {line}: remove {key!r}: no such component")
            continue
        del spec["components"][kind][name]
    if problems:
        raise DerivationError("stale overlay `remove:` entries:\n  " + "\n  ".join(problems))


def sdk_names(spec: Json) -> None:
    """Every operation gets its modern-client name: the one the facts keep, the overlay's, or for an
    operation the upstream facts lack (an overlay route) the fallback rule of scripts/naming.py."""
    taken: dict[str, set[str]] = {}
    pending = []
    for path, _method, op in operations(spec):
        if SDK_METHOD in op:
            upstream_facts.reserve_sdk_name(_dotted(op), taken)
            for alias in op.get(SDK_ALIASES, []):
                taken.setdefault(op.get(SDK_NAMESPACE, ""), set()).add(alias)
        else:
            pending.append((path, op))
    for path, op in pending:
        tag = (op.get("tags") or ["default"])[0]
        dotted = naming.sdk_name(path, tag, op.get("operationId", ""), {}, taken)  # an overlay route's own name
        op[SDK_NAMESPACE], op[SDK_METHOD] = naming.split_sdk_name(dotted)


def apply_names(spec: Json, names: Json, overlay_text: str | None = None) -> None:
    """The overlay's `names:` ("METHOD /path": "namespace.method"). An operation renamed within its
    namespace keeps its earlier method as an alias, so that code using it goes on working (a move to
    another namespace keeps none). An entry for no operation is an error naming its overlay line."""
    problems = []
    for key, dotted in (names or {}).items():
        method, _, path = str(key).partition(" ")
        op = spec.get("paths", {}).get(path, {}).get(method.lower())
        if not isinstance(op, dict):
            problems.append(f"overlay line {overlay_line(overlay_text, ['names', key])}: {key}: no such operation")
            continue
        namespace, new = naming.split_sdk_name(str(dotted))
        earlier = op.get(SDK_METHOD)
        if earlier is not None and earlier != new and op.get(SDK_NAMESPACE, "") == namespace:
            op[SDK_ALIASES] = sorted({*op.get(SDK_ALIASES, []), earlier} - {new})
        op[SDK_NAMESPACE], op[SDK_METHOD] = namespace, new
    if problems:
        raise DerivationError("stale overlay `names:` entries:\n  " + "\n  ".join(problems))


def _dotted(op: Json) -> str:
    return ".".join(part for part in (op.get(SDK_NAMESPACE, ""), op[SDK_METHOD]) if part)


def unique_names(spec: Json) -> None:
    """No two operations share a raw-client module or a modern-client method, and no modern method
    shares its name with a namespace beside it."""
    seen: dict[tuple[str, str], str] = {}
    clashes = []
    namespaces = set()
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        tag = (op.get("tags") or ["default"])[0]
        dotted = _dotted(op)
        parts = dotted.split(".")
        namespaces |= {(".".join(parts[:i]), parts[i], where) for i in range(len(parts) - 1)}
        aliases = [".".join(k for k in (op.get(SDK_NAMESPACE, ""), alias) if k) for alias in op.get(SDK_ALIASES, [])]
        keys = [("raw", (snake_case(tag), snake_case(op.get("operationId", "")))), ("sdk", (dotted, ""))]
        for kind, key in [*keys, *(("sdk", (alias, "")) for alias in aliases)]:
            name = ".".join(k for k in key if k)
            if (kind, name) in seen:
                clashes.append(f"{where} and {seen[kind, name]} are both {kind} `{name}`")
            seen[kind, name] = where
    for parent, child, where in sorted(namespaces):
        name = f"{parent}.{child}" if parent else child
        if ("sdk", name) in seen:
            clashes.append(f"`{name}` is a method ({seen['sdk', name]}) and a namespace ({where})")
    if clashes:
        raise DerivationError("operations with the same generated name:\n  " + "\n  ".join(sorted(set(clashes))))


def orphan_examples(spec: Json) -> list[tuple[str, list[str]]]:
    """Responses that have examples but no schema: an overlay example whose response upstream
    no longer documents (e.g. a 200 that became a 201)."""
    found = []
    for path, method, op in operations(spec):
        for code, response in (op.get("responses") or {}).items():
            for media, content in ((response or {}).get("content") or {}).items():
                if (
                    isinstance(content, dict)
                    and "schema" not in content
                    and ("examples" in content or "example" in content)
                ):
                    keys = ["paths", path, method, "responses", str(code)]
                    found.append((f"{method.upper()} {path} {code} {media}", keys))
    return found


DISCRIMINATOR = "x-novu-discriminator"
SCHEMA_REF = "#/components/schemas/"


def mark_discriminated_variants(spec: Json) -> None:
    """Each variant a discriminator names carries `x-novu-discriminator: {property: [values]}`: the
    values of the property that select it (its mapping keys, else its schema name). The generator
    ignores discriminators; the project's union template reads these instead."""
    schemas = spec["components"]["schemas"]
    for _where, node in spec_repairs.schema_nodes(spec):
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
            continue
        parts = [p for p in (node.get("oneOf") or []) + (node.get("anyOf") or []) if isinstance(p, dict)]
        variants = [str(p["$ref"]).removeprefix(SCHEMA_REF) for p in parts if str(p.get("$ref")).startswith(SCHEMA_REF)]
        values: dict[str, list[str]] = {name: [] for name in variants if isinstance(schemas.get(name), dict)}
        for value, target in sorted((discriminator.get("mapping") or {}).items()):
            name = str(target).removeprefix(SCHEMA_REF)
            if name in values:
                values[name].append(str(value))
        for name, selecting in values.items():
            marks = schemas[name].setdefault(DISCRIMINATOR, {})
            prop = discriminator["propertyName"]
            marks[prop] = sorted(set(marks.get(prop, [])) | set(selecting or [name]))


def derive(facts: Json, overlay: Json, overlay_text: str | None = None, repairs: list[str] | None = None) -> Json:
    """The derived spec; the repairs made by rule (scripts/spec_repairs.py) are appended to `repairs`."""
    spec = upstream_facts.to_openapi(facts)
    spec.setdefault("paths", {})
    spec.setdefault("components", {}).setdefault("schemas", {})
    remove_entries(spec, overlay.get("remove"), overlay_text)
    spec = merge(spec, overlay.get("merge", {}))
    apply_names(spec, overlay.get("names"), overlay_text)
    apply_aliases(spec)
    missing = dangling_refs(spec, spec.get("components", {}).get("schemas", {}))
    if missing:
        located = []
        for entry in missing:
            name, pointer = entry.split(" (at ", 1)
            located.append(f"{name} (referenced at {_where(overlay_text, 'merge', pointer.rstrip(')'))})")
        raise DerivationError(
            "references to schemas that neither the upstream facts nor the overlay define; "
            "update openapi/overlay.yaml:\n  " + "\n  ".join(located)
        )
    orphans = orphan_examples(spec)
    if orphans:
        located = []
        for where, keys in orphans:
            line = overlay_line(overlay_text, ["merge", *keys])
            located.append(f"{where} (openapi/overlay.yaml line {line})" if line else where)
        raise DerivationError(
            "examples for responses the operation does not document (upstream changed its status "
            "codes?); update openapi/overlay.yaml:\n  " + "\n  ".join(located)
        )
    normalise(spec, overlay["rules"])
    sdk_names(spec)
    done = spec_repairs.apply(spec)
    if repairs is not None:
        repairs += done
    mark_discriminated_variants(spec)
    unique_names(spec)
    return spec


def overlay_operation_ids(overlay: Json) -> frozenset[str]:
    """The operation names the overlay gives (its own routes, or renamed upstream ones)."""
    return frozenset(
        op["operationId"]
        for item in ((overlay.get("merge") or {}).get("paths") or {}).values()
        for op in (item or {}).values()
        if isinstance(op, dict) and op.get("operationId")
    )


def fingerprint(node: Json) -> str:
    return hashlib.sha256(json.dumps(node, sort_keys=True).encode()).hexdigest()


def dump(spec: Json) -> str:
    return yaml.safe_dump(spec, sort_keys=True, allow_unicode=True, width=120, default_flow_style=False)


def source_text(facts: Json) -> str:
    lines = ["# Upstream documents merged into openapi/upstream.yaml, oldest first: name, date, sha256, source."]
    for doc in facts["documents"]:
        lines.append(f"{doc['name']}  {doc['date']}  sha256:{doc['sha256']}  {doc['source']}")
    return "\n".join(lines) + "\n"


def document_name(source: str) -> str:
    if re.match(r"^https?://", source):
        return source.rstrip("/").rsplit("/", 1)[-1] or source
    return Path(source).name


def document_source(source: str) -> str:
    # A URL is kept as it is; of a local file only its name (no machine path is recorded).
    return source if re.match(r"^https?://", source) else Path(source).name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--from", dest="source", help="upstream OpenAPI document to merge first: file or URL")
    parser.add_argument("--date", help="publication date of --from (default: from its name, else today)")
    parser.add_argument("--name", help="name to record for --from (default: its file name)")
    parser.add_argument("--facts", type=Path, default=OPENAPI / "upstream.yaml")
    parser.add_argument("--overlay", type=Path, default=OPENAPI / "overlay.yaml")
    parser.add_argument("--out", type=Path, default=OPENAPI / "novu.yaml")
    parser.add_argument("--facade", type=Path, default=ROOT / "novu_facade" / "api", help="facade API modules")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md", help="its coverage table is rewritten")
    parser.add_argument("--report", type=Path, help="write the drift report (Markdown) to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh derivation")
    args = parser.parse_args(argv)

    overlay_text = args.overlay.read_text(encoding="utf-8")
    overlay = yaml.safe_load(overlay_text)
    old_facts = upstream_facts.load(args.facts)
    facts, label = old_facts, "openapi/upstream.yaml"
    repairs: list[str] = []
    try:
        if args.source:
            raw = upstream_facts.raw_source(args.source)
            doc = upstream_facts.load_source(args.source)
            name = args.name or document_name(args.source)
            facts = upstream_facts.merge_document(
                old_facts,
                doc,
                name=name,
                sha256=upstream_facts.sha256_of(raw),
                date=upstream_facts.document_date(name, args.date),
                source=document_source(args.source),
                reserved=overlay_operation_ids(overlay),
            )
            label = args.source
        spec = derive(facts, overlay, overlay_text, repairs)
    except (DerivationError, ValueError, OSError) as exc:
        print(f"derive_spec: {label}: {exc}", file=sys.stderr)
        return 2
    text = dump(spec)
    readme_text = args.readme.read_text(encoding="utf-8") if args.readme.exists() else None
    try:
        readme = None
        if readme_text is not None:
            readme = drift_report.with_coverage(readme_text, drift_report.coverage_table(spec, facts, args.facade))
    except ValueError as exc:
        print(f"derive_spec: {exc}", file=sys.stderr)
        return 2
    if args.check:
        stale = [args.out.name] if not args.out.exists() or args.out.read_text(encoding="utf-8") != text else []
        stale += ["the coverage table of README.md"] if readme != readme_text else []
        if stale:
            print(f"derive_spec: stale: {' and '.join(stale)}; run scripts/regen.sh", file=sys.stderr)
            return 1
        return 0
    old_spec = yaml.safe_load(args.out.read_text(encoding="utf-8")) if args.out.exists() else None
    report = drift_report.render(
        old_facts, facts, old_spec, spec, overlay, facade_dir=args.facade, merged=bool(args.source), repairs=repairs
    )
    if args.source:
        args.facts.write_text(upstream_facts.dump(facts), encoding="utf-8")
        (args.facts.parent / "SOURCE").write_text(source_text(facts), encoding="utf-8")
    args.out.write_text(text, encoding="utf-8")
    if readme is not None and readme != readme_text:
        args.readme.write_text(readme, encoding="utf-8")
    if args.report:
        args.report.write_text(report, encoding="utf-8")
    print(report if args.source else drift_report.summary_line(old_spec, spec))
    return 0


if __name__ == "__main__":
    sys.exit(main())
