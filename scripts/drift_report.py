"""The drift report (Markdown) of merging an upstream document onto the committed facts.

It lists operations added, retained (no longer documented upstream, still in the spec), changed
(parameters, request and response schemas, upstream operationId or tag) and schemas added, no
longer documented, renamed and changed; for every changed or retained operation, the facade
methods that call it (scripts/facade_usage.py); and overlay entries that now patch retained facts.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from scripts import upstream_facts
from scripts.facade_usage import FACADE_API, facade_usage

Json = Any
HTTP = upstream_facts.HTTP_METHODS


_MARKUP = re.compile(r"[\\\[\]*_<]")


def markdown_text(line: str) -> str:
    """`line` with Markdown's markup characters escaped outside its code spans: a repair quotes
    upstream values (patterns such as `[a-z]+`) that would otherwise read as links or emphasis."""
    parts = line.split("`")
    return "`".join(part if i % 2 else _MARKUP.sub(r"\\\g<0>", part) for i, part in enumerate(parts))


def generated_name(tag: str, name: str) -> str:
    """`tag_module.operation_module` of the raw client, as openapi-python-client names them."""
    return f"{snake_case(tag)}.{snake_case(name)}"


def spec_operations(spec: Json) -> dict[str, Json]:
    return {
        upstream_facts.operation_key(method, path): op
        for path, item in ((spec or {}).get("paths") or {}).items()
        for method, op in item.items()
        if method in HTTP
    }


def api_version(key: str) -> str:
    found = re.match(r"^/(v\d+)/", upstream_facts.split_key(key)[1])
    return found.group(1) if found else "unversioned"


def _ref_name(schema: Json) -> str:
    if not isinstance(schema, dict):
        return "none"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[1]
    if schema.get("type") == "array":
        return f"[{_ref_name(schema.get('items'))}]"
    if "allOf" in schema or "oneOf" in schema or "anyOf" in schema:
        kind = next(k for k in ("allOf", "oneOf", "anyOf") if k in schema)
        return f"{kind}({', '.join(_ref_name(s) for s in schema[kind])})"
    return str(schema.get("type", "inline"))


def _body(op: Json) -> str:
    content = (op.get("requestBody") or {}).get("content") or {}
    return ", ".join(f"{media}: {_ref_name(v.get('schema'))}" for media, v in sorted(content.items())) or "none"


def _responses(op: Json) -> dict[str, str]:
    out = {}
    for code, response in (op.get("responses") or {}).items():
        content = response.get("content") or {}
        out[str(code)] = ", ".join(_ref_name(v.get("schema")) for _, v in sorted(content.items())) or "no body"
    return out


def _params(op: Json) -> dict[str, Json]:
    return {f"{p.get('name')} ({p.get('in')})": p for p in op.get("parameters", []) if isinstance(p, dict)}


def operation_changes(before: Json, after: Json) -> list[str]:
    """What differs between two prose-free facts of one operation, in words."""
    out: list[str] = []
    old_params, new_params = _params(before), _params(after)
    for label, keys in (
        ("parameter added", new_params.keys() - old_params.keys()),
        ("parameter removed", old_params.keys() - new_params.keys()),
    ):
        out += [f"{label} `{key}`" for key in sorted(keys)]
    out += [
        f"parameter changed `{key}`"
        for key in sorted(old_params.keys() & new_params.keys())
        if old_params[key] != new_params[key]
    ]
    if before.get("requestBody") != after.get("requestBody"):
        out.append(f"request body {_body(before)} → {_body(after)}")
    old_resp, new_resp = _responses(before), _responses(after)
    added = [f"{c} ({new_resp[c]})" for c in sorted(new_resp.keys() - old_resp.keys())]
    removed = [f"{c} ({old_resp[c]})" for c in sorted(old_resp.keys() - new_resp.keys())]
    out += [f"responses added: {', '.join(added)}"] if added else []
    out += [f"responses removed: {', '.join(removed)}"] if removed else []
    details = []
    for code in sorted(old_resp.keys() & new_resp.keys()):
        if old_resp[code] != new_resp[code]:
            out.append(f"response {code}: {old_resp[code]} → {new_resp[code]}")
        elif before["responses"][code] != after["responses"][code]:
            details.append(code)
    out += [f"responses {', '.join(details)}: same body, headers or details changed"] if details else []
    if before.get("operationId") != after.get("operationId"):
        out.append(f"upstream operationId `{before.get('operationId')}` → `{after.get('operationId')}`")
    if (before.get("tags") or [None])[0] != (after.get("tags") or [None])[0]:
        out.append(f"upstream tag `{(before.get('tags') or [None])[0]}` → `{(after.get('tags') or [None])[0]}`")
    rest = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)} - {
        "parameters",
        "requestBody",
        "responses",
        "operationId",
        "tags",
    }
    out += [f"`{key}` changed" for key in sorted(rest)]
    return out


def schema_changes(before: Json, after: Json) -> list[str]:
    out: list[str] = []
    old_props, new_props = before.get("properties") or {}, after.get("properties") or {}
    added = sorted(new_props.keys() - old_props.keys())
    removed = sorted(old_props.keys() - new_props.keys())
    changed = sorted(k for k in old_props.keys() & new_props.keys() if old_props[k] != new_props[k])
    out += [f"properties added: {', '.join(f'`{p}`' for p in added)}"] if added else []
    out += [f"properties removed: {', '.join(f'`{p}`' for p in removed)}"] if removed else []
    out += [f"properties changed: {', '.join(f'`{p}`' for p in changed)}"] if changed else []
    if set(before.get("required") or []) != set(after.get("required") or []):
        out.append("required properties changed")
    if before.get("enum") != after.get("enum"):
        out.append("enum values changed")
    rest = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)} - {
        "properties",
        "required",
        "enum",
    }
    out += [f"`{key}` changed" for key in sorted(rest)]
    return out


def renames(gone: dict[str, Json], added: dict[str, Json]) -> list[tuple[str, str]]:
    """Pairs (old, new) of schemas that look the same: equal facts, or property / enum sets that
    overlap by at least 75 % and match no other candidate better."""
    scored = []
    for old, old_schema in gone.items():
        for new, new_schema in added.items():
            if old_schema == new_schema:
                scored.append((1.0, old, new))
                continue
            a, b = upstream_facts.shape(old_schema), upstream_facts.shape(new_schema)
            if a and b:
                score = len(a & b) / len(a | b)
                if score >= 0.75:
                    scored.append((score, old, new))
    pairs, used_old, used_new = [], set(), set()
    for _, old, new in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if old not in used_old and new not in used_new:
            pairs.append((old, new))
            used_old.add(old)
            used_new.add(new)
    return sorted(pairs)


class _Names:
    """Generated names as the derived spec has them (the overlay may rename), else as the facts do."""

    def __init__(self, spec: Json, facts: Json, usage: dict[str, list[str]]) -> None:
        self.ops = spec_operations(spec)
        self.facts = facts["operations"]
        self.usage = usage

    def of(self, key: str) -> str:
        op = self.ops.get(key)
        if op is not None:
            return generated_name(op["tags"][0], op["operationId"])
        return generated_name(self.facts[key]["tag"], self.facts[key]["name"])

    def users(self, key: str) -> str:
        return ", ".join(f"`{u}`" for u in self.usage.get(self.of(key), [])) or "—"


def _schemas(facts: Json) -> dict[str, Json]:
    return {key.split("/", 1)[1]: entry for key, entry in facts["components"].items() if key.startswith("schemas/")}


def coverage_table(spec: Json, facts: Json, facade_dir: Path = FACADE_API) -> str:
    """Markdown table: the spec's operations by API version and by where their facts come from
    (the newest upstream document, an earlier one, the overlay alone), and how many the facade calls."""
    usage = facade_usage(facade_dir)
    newest = upstream_facts.latest(facts)
    columns = ("documented", "retained", "overlay", "total", "facade")
    rows: dict[str, Counter[str]] = {}
    for key, op in spec_operations(spec).items():
        entry = facts["operations"].get(key)
        origin = "overlay" if entry is None else ("documented" if entry["documented_by"] == newest else "retained")
        for row in (api_version(key), "all"):
            counts = rows.setdefault(row, Counter())
            counts[origin] += 1
            counts["total"] += 1
            counts["facade"] += generated_name(op["tags"][0], op["operationId"]) in usage
    lines = [
        f"| API version | documented by {newest} | retained from earlier documents | overlay only | total | "
        "called by the facade |",
        "|---|---|---|---|---|---|",
    ]
    for row in sorted(rows, key=lambda r: (r == "all", r)):
        cells = [str(rows[row][c]) for c in columns]
        if row == "all":
            cells = [f"**{c}**" for c in cells]
        lines.append(f"| {'**all**' if row == 'all' else row} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


COVERAGE_BEGIN = "<!-- coverage: written by scripts/derive_spec.py -->"
COVERAGE_END = "<!-- end of coverage -->"


def with_coverage(readme: str, table: str) -> str:
    """`readme` with the text between the coverage markers replaced by `table`."""
    start, end = readme.find(COVERAGE_BEGIN), readme.find(COVERAGE_END)
    if start < 0 or end < start:
        raise ValueError(f"README.md: no coverage markers ({COVERAGE_BEGIN} ... {COVERAGE_END})")
    return readme[: start + len(COVERAGE_BEGIN)] + "\n" + table + readme[end:]


def summary_line(old_spec: Json, new_spec: Json) -> str:
    before, after = spec_operations(old_spec), spec_operations(new_spec)
    return (
        f"derive_spec: openapi/novu.yaml has {len(after)} operations ({len(before)} before): "
        f"{len(after.keys() - before.keys())} added, {len(before.keys() - after.keys())} removed"
    )


def render(
    old_facts: Json,
    new_facts: Json,
    old_spec: Json,
    new_spec: Json,
    overlay: Json,
    *,
    facade_dir: Path = FACADE_API,
    merged: bool = True,
    repairs: list[str] | None = None,
) -> str:
    usage = facade_usage(facade_dir)
    names = _Names(new_spec, new_facts, usage)
    newest = upstream_facts.latest(new_facts)
    doc = new_facts["documents"][-1] if new_facts["documents"] else None
    unchanged_doc = merged and old_facts["documents"] == new_facts["documents"]
    old_ops, new_ops = old_facts["operations"], new_facts["operations"]

    added = sorted(new_ops.keys() - old_ops.keys())
    retained = upstream_facts.retained(new_facts, "operations")
    newly_retained = [
        k for k in retained if k in old_ops and old_ops[k]["documented_by"] == upstream_facts.latest(old_facts)
    ]
    changed = {
        key: operation_changes(old_ops[key]["facts"], new_ops[key]["facts"])
        for key in sorted(old_ops.keys() & new_ops.keys())
        if old_ops[key]["facts"] != new_ops[key]["facts"]
    }

    old_schemas, new_schemas = _schemas(old_facts), _schemas(new_facts)
    schemas_added = {k: new_schemas[k]["facts"] for k in sorted(new_schemas.keys() - old_schemas.keys())}
    # A schema name upstream reused for another shape: retained operations keep the earlier one.
    schemas_retained = sorted(k for k, e in new_schemas.items() if e["documented_by"] != newest)
    schemas_gone = {
        k: new_schemas[k]["facts"]
        for k in schemas_retained
        if k in old_schemas and old_schemas[k]["documented_by"] == upstream_facts.latest(old_facts)
    }
    kept = {k: new_schemas[k]["kept_from"] for k in schemas_added if "kept_from" in new_schemas[k]}
    schemas_added = {k: v for k, v in schemas_added.items() if k not in kept}
    renamed = renames(schemas_gone, schemas_added)
    aliased = sorted(
        (name, old)
        for name, entry in new_schemas.items()
        for old in entry.get("aliases", [])
        if old not in old_schemas.get(name, {}).get("aliases", [])
    )
    schemas_changed = {
        k: schema_changes(old_schemas[k]["facts"], new_schemas[k]["facts"])
        for k in sorted(old_schemas.keys() & new_schemas.keys())
        if old_schemas[k]["facts"] != new_schemas[k]["facts"]
    }

    spec_before, spec_after = spec_operations(old_spec), spec_operations(new_spec)
    by_version_before = Counter(api_version(k) for k in spec_before)
    by_version_after = Counter(api_version(k) for k in spec_after)
    versions = sorted(by_version_before.keys() | by_version_after.keys())
    facade_ops = set(usage)
    used_after = sum(1 for op in spec_after.values() if generated_name(op["tags"][0], op["operationId"]) in facade_ops)

    lines: list[str] = []
    if doc and merged:
        lines.append(f"# Drift report: {doc['name']}")
        lines.append("")
        lines.append(f"Merged `{doc['name']}` ({doc['date']}, sha256 `{doc['sha256']}`, source `{doc['source']}`)")
        earlier = [d["name"] for d in new_facts["documents"][:-1]]
        lines.append(f"onto the facts of {', '.join(f'`{n}`' for n in earlier) or 'no earlier document'}.")
        if unchanged_doc:
            lines.append("")
            lines.append("This document was merged already: nothing changed.")
    else:
        lines.append("# Drift report")
    lines.append("")
    lines.append("## Summary")
    lines.append("")
    if doc and merged:
        lines.append(f"- Upstream documents {doc['operations']} operations and {doc['schemas']} schemas.")
    lines.append(
        f"- Operations: {len(added)} added, {len(newly_retained)} no longer documented (retained), "
        f"{len(changed)} changed; {len(retained)} retained in all."
    )
    lines.append(
        f"- Schemas: {len(schemas_added)} added, {len(schemas_gone)} no longer documented (retained), "
        f"{len(renamed)} of them likely renamed ({len(aliased)} with the shape unchanged, kept as aliases), "
        f"{len(schemas_changed)} changed ({len(kept)} redefined); "
        f"{len(schemas_retained)} retained in all."
    )
    lines.append(
        f"- Derived spec (openapi/novu.yaml): {len(spec_before)} → {len(spec_after)} operations "
        f"({', '.join(f'{v}: {by_version_before[v]} → {by_version_after[v]}' for v in versions)}); "
        f"the facade uses {used_after} of them."
    )
    repairs = repairs or []
    lines.append(f"- Upstream defects repaired by rule (scripts/spec_repairs.py): {len(repairs)} (see below).")
    touched_retained = _overlay_on_retained(overlay, new_facts)
    if touched_retained:
        lines.append(f"- Overlay entries on retained facts: {len(touched_retained)} (see below).")

    lines += ["", "Coverage after the merge:", "", coverage_table(new_spec, new_facts, facade_dir).rstrip()]

    lines += ["", "## Operations added", ""]
    if added:
        lines += ["| operation | generated as |", "|---|---|"]
        for key in added:
            lines.append(f"| `{key}` | `{names.of(key)}` |")
    else:
        lines.append("None.")

    lines += ["", "## Operations retained but no longer documented", ""]
    if retained:
        lines += ["| operation | last documented by | generated as | facade methods |", "|---|---|---|---|"]
        for key in retained:
            lines.append(f"| `{key}` | {new_ops[key]['documented_by']} | `{names.of(key)}` | {names.users(key)} |")
    else:
        lines.append("None.")

    lines += ["", "## Operations changed", ""]
    if changed:
        for key, what in changed.items():
            lines.append(f"- `{key}` (`{names.of(key)}`; facade: {names.users(key)})")
            lines += [f"  - {item}" for item in what]
    else:
        lines.append("None.")

    lines += ["", "## Schemas", ""]
    lines.append("Added: " + (", ".join(f"`{k}`" for k in schemas_added) or "none") + ".")
    lines.append("")
    lines.append("No longer documented (retained): " + (", ".join(f"`{k}`" for k in schemas_gone) or "none") + ".")
    lines.append("")
    lines.append(
        "Likely renamed (same facts, or at least 75 % of the property names; the old name is retained): "
        + (", ".join(f"`{a}` → `{b}`" for a, b in renamed) or "none")
        + "."
    )
    lines.append("")
    lines.append(
        "Renamed with the shape unchanged (the old model name stays importable from `novu_client.models`, "
        "as an alias of the new one): " + (", ".join(f"`{a}` → `{b}`" for b, a in aliased) or "none") + "."
    )
    lines.append("")
    lines.append(
        "Redefined (the name now means another shape; retained operations keep the earlier definition): "
        + (", ".join(f"`{b}` (kept as `{a}`)" for a, b in sorted(kept.items())) or "none")
        + "."
    )
    lines.append("")
    if schemas_changed:
        lines.append("Changed:")
        lines.append("")
        for name, what in schemas_changed.items():
            lines.append(f"- `{name}`: {'; '.join(what)}")
    else:
        lines.append("Changed: none.")

    lines += ["", "## Upstream defects repaired", ""]
    lines += [f"- {markdown_text(item)}" for item in repairs] or ["None."]

    if touched_retained:
        lines += ["", "## Overlay entries on retained facts", ""]
        lines.append("These overlay entries patch operations or schemas upstream no longer documents; check each")
        lines.append("still belongs there (a renamed schema may need the same fix under its new name).")
        lines.append("")
        lines += [f"- {item}" for item in touched_retained]
    return "\n".join(lines) + "\n"


def _overlay_on_retained(overlay: Json, facts: Json) -> list[str]:
    merge = overlay.get("merge", {}) or {}
    retained_ops = set(upstream_facts.retained(facts, "operations"))
    retained_schemas = {
        key.split("/", 1)[1] for key in upstream_facts.retained(facts, "components") if key.startswith("schemas/")
    }
    out = []
    for path, item in sorted((merge.get("paths") or {}).items()):
        for method in sorted(item or {}):
            key = upstream_facts.operation_key(method, path)
            if key in retained_ops:
                out.append(f"`merge.paths` patches `{key}`")
    for name in sorted((merge.get("components") or {}).get("schemas") or {}):
        if name in retained_schemas:
            out.append(f"`merge.components.schemas` patches `{name}`")
    for name in sorted((overlay.get("rules") or {}).get("optional_properties") or {}):
        if name in retained_schemas:
            out.append(f"`rules.optional_properties` names `{name}`")
    return out
