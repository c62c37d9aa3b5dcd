"""Names of operations: the raw client's module names and the modern client's `namespace.method`.

Both are fixed the first time an operation is seen (scripts/upstream_facts.py stores them in
openapi/upstream.yaml) and never change on a later document unless the overlay says so.

Upstream naming facts: Novu's documents give most operations a *group* (`Subscribers.Preferences`;
`""` for the client root) and a *method* (`bulkUpdate`): the names Novu's own SDKs expose
(`novu.subscribers.preferences.bulk_update`). They are kept per operation as `naming: {group, method}`.

Rules for a new raw-client name (the module `novu_client.api.<tag>.<name>`):
- the operationId without its controller prefix (`EnvironmentsControllerV1_deleteEnvironment`,
  `LayoutsController__delete`), leading underscores, or a trailing `Endpoint`;
- a bare word (`create`, `delete`, `list`) gets its subject: the last segment of the group, else
  the tag, singular (`create_layout`) or, after a listing verb, plural (`list_layouts`);
- a name taken already gets the API version (`createLayoutV2`), then a number.

Rules for a modern name: namespace = the group in snake case (absent: the first tag), method =
the upstream method in snake case; absent, the operation's own name without the words its
namespace already says (`listChannelConnections` in `channel_connections` is `list`, as Novu's SDKs
call it), or when that is taken, the raw-client name; a Python keyword gets a trailing underscore; a
name taken in its namespace, or equal to a child namespace, gets the API version.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

Json = Any

# Where upstream keeps its naming facts (vendor extensions of the operation object).
NAMING_EXTENSIONS = {"x-speakeasy-group": "group", "x-speakeasy-name-override": "method"}

_CONTROLLER_PREFIX = re.compile(r"^.*?Controller(?:V\d+)?_+")
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9]|\b|_|$)|[A-Z]?[a-z0-9]+|[A-Z]+")
_LISTING = {"list", "search", "find", "query"}


def words(name: str) -> list[str]:
    """`bulkUpdate` -> ["bulk", "update"]; `Channel Connections` -> ["channel", "connections"]."""
    return [w.lower() for w in _WORD.findall(name)]


def snake(name: str) -> str:
    return "_".join(words(name))


def camel(parts: list[str]) -> str:
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:]) if parts else ""


def naming_facts(op: Json) -> dict[str, str]:
    """The upstream naming facts of a (not yet prose-stripped) operation object."""
    return {key: str(op[ext]) for ext, key in NAMING_EXTENSIONS.items() if isinstance(op.get(ext), str)}


def clean_operation_id(op_id: str, tag: str = "") -> str:
    """`EnvironmentsControllerV1_deleteEnvironment` -> `deleteEnvironment`; `LayoutsController__delete`
    -> `delete`; `TranslationController_getMasterJsonEndpoint` -> `getMasterJson`. A trailing
    `Endpoint` stays where the resource itself is called so (tag `Channel Endpoints`)."""
    name = _CONTROLLER_PREFIX.sub("", op_id).strip("_")
    if any(_singular(w) == "endpoint" for w in words(tag)):
        return name
    stripped = re.sub(r"_?Endpoint$", "", name)
    return stripped if words(stripped) else name


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _plural(word: str) -> str:
    return word if word.endswith("s") else f"{word}s"


def subject(tag: str, group: str | None) -> list[str]:
    """What an operation acts on: the last segment of its group, else its tag, as words."""
    segments = [s for s in (group or "").split(".") if s]
    return words(segments[-1] if segments else tag)


def raw_name(method: str, path: str, op: Json, naming: dict[str, str], taken: set[str]) -> str:
    """The raw-client name of an operation seen for the first time (camelCase, like upstream's ids)."""
    tag = (op.get("tags") or ["default"])[0]
    base = clean_operation_id(op.get("operationId") or "", tag)
    parts = words(base) or words(naming.get("method", "")) or words(method)
    noun = subject(tag, naming.get("group"))
    if len(parts) == 1 and noun:
        last = _plural(noun[-1]) if parts[0] in _LISTING else _singular(noun[-1])
        parts += [w for w in [*noun[:-1], last] if w not in parts]
    return _unique(camel(parts), path, taken)


def _unique(base: str, path: str, taken: set[str], sep: str = "") -> str:
    if base not in taken:
        return base
    version = re.match(r"^/v(\d+)/", path)
    candidate = f"{base}{sep}{'v' if sep else 'V'}{version.group(1)}" if version else base
    number = 2
    while candidate in taken:
        candidate, number = f"{base}{sep}{number}", number + 1
    return candidate


def identifier(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) or keyword.issoftkeyword(name) else name


def sdk_name(
    path: str, tag: str, name: str, naming: dict[str, str], taken: dict[str, set[str]], operation_id: str = ""
) -> str:
    """The modern client's dotted name (`subscribers.preferences.bulk_update`; `trigger` at the root)
    for an operation without one, from its raw-client `name` and upstream `operation_id`; `taken`
    maps each namespace to its names (methods and children) and is updated."""
    group = naming.get("group")
    namespace = [snake(s) for s in group.split(".") if snake(s)] if group is not None else [snake(tag)]
    namespace = [identifier(s) for s in namespace]
    ns = ".".join(namespace)
    names = taken.setdefault(ns, set())
    if naming.get("method"):
        method = identifier(snake(naming["method"]))
    else:
        own = words(clean_operation_id(operation_id, tag)) if operation_id else words(name)
        candidates = [identifier("_".join(short)) for short in (without_namespace(own, namespace), own) if short]
        candidates.append(identifier(snake(name)))
        method = next((c for c in candidates if c not in names), candidates[0])
    method = _unique(method, path, names, sep="_")
    # A namespace and a method of its parent may not share a name.
    for depth in range(len(namespace)):
        parent, child = ".".join(namespace[:depth]), namespace[depth]
        taken.setdefault(parent, set()).add(child)
    taken[ns].add(method)
    return f"{ns}.{method}" if ns else method


def without_namespace(parts: list[str], namespace: list[str]) -> list[str]:
    """The words of an operation's name its namespace does not already say, singular or plural:
    `list channel connections` in `channel_connections` -> `list`; None left -> the words as they were."""
    said = {_singular(w) for segment in namespace for w in words(segment.replace("_", " "))}
    rest = [w for w in parts if _singular(w) not in said]
    return rest if rest else parts


def split_sdk_name(dotted: str) -> tuple[str, str]:
    """`subscribers.preferences.update` -> ("subscribers.preferences", "update"); `trigger` -> ("", "trigger")."""
    namespace, _, method = dotted.rpartition(".")
    return namespace, method
