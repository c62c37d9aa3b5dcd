"""Base class, descriptors and key-case helpers shared by every facade DTO.

Parsing is on the hot path (API pages of thousands of items), so the per-class
work (field lookup, nested-DTO converters, key translation) is computed once per
class on first use and reused afterwards.
"""

import dataclasses
import functools
import operator
from collections.abc import Callable, Iterable, Mapping
from itertools import starmap
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Generic,
    Self,
    TypeVar,
)

__all__ = [
    "CamelCaseDto",
    "DtoDescriptor",
    "DtoIterableDescriptor",
    "JsonDict",
    "camel_case_to_snake_case",
    "snake_case_to_camel_case",
]

if TYPE_CHECKING:
    JsonDict = dict[str, Any]
else:
    # At runtime this is the plain builtin, so field annotations keep the exact
    # ``dict`` / ``Optional[dict]`` / ``List[dict]`` types of the legacy SDK.
    JsonDict = dict


def _capitalise_after_underscores(text: str) -> str:
    """Upper-case the first character and every character following an ``_``.

    The ``_`` in front of an upper-cased character is dropped; a leading ``_``
    counts as the "first character" and is therefore kept.
    """
    size = len(text)
    out: list[str] = []
    pos = 0
    if size and text[0] != "\n":
        out.append(text[0].upper())
        pos = 1
    while pos < size:
        char = text[pos]
        if char == "_" and pos + 1 < size and text[pos + 1] != "\n":
            out.append(text[pos + 1].upper())
            pos += 2
        else:
            out.append(char)
            pos += 1
    return "".join(out)


def snake_case_to_camel_case(string: str, upper_camel_case: bool = False) -> str:
    """Turn ``snake_case`` into ``camelCase`` (or ``CamelCase`` when asked).

    >>> snake_case_to_camel_case("first_name")
    'firstName'
    >>> snake_case_to_camel_case("first_name", upper_camel_case=True)
    'FirstName'
    """
    if upper_camel_case:
        return _capitalise_after_underscores(string)
    return string[0].lower() + _capitalise_after_underscores(string)[1:]


def _is_upper(char: str) -> bool:
    return "A" <= char <= "Z"


def _is_lower_or_digit(char: str) -> bool:
    return ("a" <= char <= "z") or char.isdecimal()


def camel_case_to_snake_case(word: str) -> str:
    """Turn ``camelCase`` / ``CamelCase`` (or ``kebab-case``) into ``snake_case``.

    >>> camel_case_to_snake_case("subscriberId")
    'subscriber_id'
    >>> camel_case_to_snake_case("HTTPResponse")
    'http_response'
    """
    size = len(word)
    out: list[str] = []
    for pos, char in enumerate(word):
        if pos and _is_upper(char):
            before = word[pos - 1]
            if _is_lower_or_digit(before) or (_is_upper(before) and pos + 1 < size and "a" <= word[pos + 1] <= "z"):
                out.append("_")
        out.append(char)
    return "".join(out).replace("-", "_").lower()


# Cached variants used internally: keys repeat across every item of a page.
_camel_key: Callable[[str], str] = functools.lru_cache(maxsize=4096)(snake_case_to_camel_case)
_snake_key: Callable[[str], str] = functools.lru_cache(maxsize=4096)(camel_case_to_snake_case)

_T = TypeVar("_T")
_D = TypeVar("_D", bound="CamelCaseDto[Any]")

# Per-class caps: beyond them, unseen keys and shapes still parse but are not memoised.
_KEY_MAP_LIMIT = 1024
_SHAPE_LIMIT = 64


class _ParsePlan:
    """What ``from_camel_case`` needs to know about one DTO class."""

    __slots__ = ("batches", "cls", "converters", "field_names", "init_order", "key_map", "shapes")

    def __init__(self, cls: type) -> None:
        fields = dataclasses.fields(cls)
        self.cls = cls
        self.field_names = frozenset(f.name for f in fields)
        # Fast constructors only for classes whose every field is an __init__ parameter.
        self.init_order = tuple(f.name for f in fields) if all(f.init for f in fields) else None
        # A field whose declared type itself offers ``from_camel_case`` (a DTO
        # class used directly as annotation) gets its raw value converted.
        self.converters: dict[str, Callable[[Any], Any]] = {}
        for f in fields:
            convert = getattr(f.type, "from_camel_case", None)
            if convert is not None:
                self.converters[f.name] = convert
        # input key -> field name, or "" for keys matching no field
        self.key_map: dict[str, str] = {}
        # key tuple of an input -> its constructor, or None when the general loop must handle it
        self.shapes: dict[tuple[str, ...], Callable[[Mapping[str, Any]], Any] | None] = {}
        # key tuple -> the constructor of a list of plain dicts with those keys (see parse_all), or
        # None when some key names no field
        self.batches: dict[tuple[str, ...], Callable[[list[Any]], list[Any] | None] | None] = {}

    def resolve(self, key: str) -> str:
        name = _snake_key(key)
        target = name if name in self.field_names else ""
        if len(self.key_map) < _KEY_MAP_LIMIT:
            self.key_map[key] = target
        return target

    def constructor(self, keys: tuple[str, ...]) -> Callable[[Mapping[str, Any]], Any] | None:
        """A constructor for inputs with exactly these keys in this order, or None (memoised).

        API answers repeat one shape item after item, so the key-to-field work is done once per
        shape and an item is then built by one C-level lookup of its values, whatever the order
        of its keys. Inputs where two keys name one field (the last wins, so order matters) or a
        key names a field with a converter keep the general loop.
        """
        if keys in self.shapes:
            return self.shapes[keys]
        if self.init_order is None:
            return None
        by_field: dict[str, str] = {}
        build: Callable[[Mapping[str, Any]], Any] | None = None
        for key in keys:
            name = self.key_map.get(key)
            if name is None:
                name = self.resolve(key)
            if name in by_field or name in self.converters:
                break
            if name:
                by_field[name] = key
        else:
            build, batch = _shape_constructors(self.cls, self.init_order, by_field)
            if len(by_field) < len(keys):
                batch = None  # a key naming no field: a dict of as many keys may have another one
            if len(self.batches) < _SHAPE_LIMIT:
                self.batches[keys] = batch
        if len(self.shapes) < _SHAPE_LIMIT:
            self.shapes[keys] = build
        return build

    def batch_constructor(self, keys: tuple[str, ...]) -> Callable[[list[Any]], list[Any] | None] | None:
        """The constructor of a list of plain dicts of `len(keys)` keys each, every key naming a field."""
        if keys not in self.batches:
            self.constructor(keys)  # memoises the list's constructor along with the item's
        return self.batches.get(keys)


def _plan(cls: type) -> _ParsePlan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _ParsePlan(cls)
    return plan


def _shape_constructors(
    cls: type, init_order: tuple[str, ...], by_field: dict[str, str]
) -> tuple[Callable[[Mapping[str, Any]], Any], Callable[[list[Any]], list[Any] | None]]:
    """The constructor of one input of a shape, and of a list of plain dicts that each have as many
    keys as the shape: the list's gives None when one of them lacks a key of the shape (KeyError)."""
    names = tuple(name for name in init_order if name in by_field)
    keys = tuple(by_field[name] for name in names)
    if len(names) < 2:
        return _with_list(lambda data: cls(**{name: data[key] for name, key in zip(names, keys, strict=True)}))
    getter = operator.itemgetter(*keys)
    if names == init_order[: len(names)]:
        # The present fields are a prefix of the constructor's: positional arguments; for a list,
        # no Python-level loop but the dataclass's own __init__.
        def batch(items: list[Any]) -> list[Any] | None:
            try:
                return list(starmap(cls, map(getter, items)))
            except KeyError:
                return None

        return (lambda data: cls(*getter(data))), batch
    return _with_list(lambda data: cls(**dict(zip(names, getter(data), strict=True))))


def _with_list(
    build: Callable[[Mapping[str, Any]], Any],
) -> tuple[Callable[[Mapping[str, Any]], Any], Callable[[list[Any]], list[Any] | None]]:
    def batch(items: list[Any]) -> list[Any] | None:
        try:
            return list(map(build, items))
        except KeyError:
            return None

    return build, batch


_PLANS: dict[type, _ParsePlan] = {}
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_ATOMIC = frozenset({str, int, float, bool, type(None)})


@dataclasses.dataclass
class _Box:
    value: Any


def _plain(value: Any) -> Any:
    """Same result as :func:`dataclasses.asdict` gives for ``value`` nested in a dataclass, faster.

    The common JSON shapes and facade DTOs are handled here; anything else (tuples, subclasses of
    dict/list, other objects) goes through the standard library itself, so the output never differs.
    """
    kind = type(value)
    if kind in _ATOMIC:
        return value
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    if kind is list:
        return [_plain(v) for v in value]
    if isinstance(value, CamelCaseDto):
        return _dto_plain(value)
    return dataclasses.asdict(_Box(value))["value"]


def _dto_plain(dto: "CamelCaseDto[Any]") -> dict[str, Any]:
    cls = type(dto)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return {name: _plain(getattr(dto, name)) for name in names}


@dataclasses.dataclass
class CamelCaseDto(Generic[_T]):
    """Dataclass base converting between Novu's camelCase JSON and snake_case fields."""

    snake_case_to_camel_case_ignored: ClassVar[list[str]] = []
    """Field names emitted unchanged (not camelized) by :meth:`to_camel_case`."""

    camel_case_fields: ClassVar[list[str] | None] = None
    """When non-empty, :meth:`to_camel_case` only emits these fields."""

    @classmethod
    def from_camel_case(cls, data: Mapping[str, Any]) -> Self:
        """Build an instance from a camelCase mapping; unknown keys are ignored."""
        plan = _plan(cls)
        build = plan.constructor(tuple(data.keys()))
        if build is not None:
            result: Self = build(data)
            return result
        key_map = plan.key_map
        converters = plan.converters
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            name = key_map.get(key)
            if name is None:
                name = plan.resolve(key)
            if not name:
                continue
            if converters:
                convert = converters.get(name)
                if convert is not None:
                    value = convert(value)
            kwargs[name] = value
        return cls(**kwargs)

    def to_camel_case(self) -> dict[str, Any]:
        """Return the fields as a camelCase dict; values are what :func:`dataclasses.asdict` gives."""
        values = _dto_plain(self)
        only = self.camel_case_fields
        ignored = self.snake_case_to_camel_case_ignored
        return {
            (name if name in ignored else _camel_key(name)): value
            for name, value in values.items()
            if not only or name in only
        }


def parse_all(cls: type[_D], items: Iterable[Mapping[str, Any]]) -> list[_D]:
    """``[cls.from_camel_case(item) for item in items]``, faster.

    When the items are plain dicts with as many keys as the first, and each key of the first names
    a field, one constructor builds them all, and a missing key (KeyError) means another shape:
    then (as for a KeyError that a constructor itself raised, which is raised again) the items are
    parsed one by one, with the shape lookup shared by runs of items that have the same keys.
    Comparing each item's keys is what this saves: it costs more than building the item.
    """
    plan = _plan(cls)
    items = items if type(items) is list else list(items)
    if not items:
        return []
    shape = tuple(items[0].keys())
    batch = plan.batch_constructor(shape)
    if batch is not None and set(map(type, items)) == {dict} and set(map(len, items)) == {len(shape)}:
        built = batch(items)
        if built is not None:
            return built
    results: list[_D] = []
    append = results.append
    last_keys: Any = None
    build: Callable[[Mapping[str, Any]], Any] | None = None
    for item in items:
        keys = item.keys()
        if keys != last_keys:  # a set comparison: a shape's constructor does not depend on key order
            build = plan.constructor(tuple(keys))
            last_keys = keys
        append(build(item) if build is not None else cls.from_camel_case(item))
    return results


class DtoDescriptor(Generic[_D]):
    """Dataclass field holding one nested DTO; a dict assigned to it is parsed into ``item_cls``.

    The value lives in the instance ``__dict__`` under ``_<field name>``; the
    dataclass default of such a field is ``None``.
    """

    def __init__(self, item_cls: type[_D]) -> None:
        self.item_cls = item_cls
        self.storage_name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.storage_name = "_" + name

    def __get__(self, obj: object | None, owner: type | None = None) -> _D | None:
        if obj is None:
            return None
        value: _D | None = obj.__dict__.get(self.storage_name)
        return value

    def __set__(self, obj: object, value: _D | dict[str, Any] | None) -> None:
        if isinstance(value, dict):
            value = self.item_cls.from_camel_case(value)
        obj.__dict__[self.storage_name] = value


class DtoIterableDescriptor(Generic[_D]):
    """Dataclass field holding a list of nested DTOs; dict items are parsed into ``item_cls``.

    Assigning ``None`` leaves the current value untouched (``None`` when never set).
    """

    def __init__(self, default_factory: Callable[[], Any], item_cls: type[_D]) -> None:
        self.default_factory = default_factory
        self.item_cls = item_cls
        self.storage_name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.storage_name = "_" + name

    def __get__(self, obj: object | None, owner: type | None = None) -> list[_D] | None:
        if obj is None:
            return None
        value: list[_D] | None = obj.__dict__.get(self.storage_name)
        return value

    def __set__(self, obj: object, value: Iterable[_D] | Iterable[dict[str, Any]] | None) -> None:
        if value is None:
            return
        parse = self.item_cls.from_camel_case
        obj.__dict__[self.storage_name] = [parse(item) if isinstance(item, dict) else item for item in value]
