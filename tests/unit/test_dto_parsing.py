"""DTO parsing: the per-shape constructors give exactly what the general key loop gives."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

import novu_facade.dto as dto_package
from novu_facade.dto import base
from novu_facade.dto.base import CamelCaseDto, parse_all, snake_case_to_camel_case

DTO_CLASSES = sorted(
    (cls for name in dto_package.__all__ if isinstance(cls := getattr(dto_package, name), type)),
    key=lambda cls: cls.__name__,
)


def _sample(cls: type[CamelCaseDto[Any]]) -> dict[str, Any]:
    """Every field of `cls` under its camelCase key, with a plain value."""
    return {snake_case_to_camel_case(f.name): f"v-{f.name}" for f in dataclasses.fields(cls)}


def _variants(cls: type[CamelCaseDto[Any]]) -> list[dict[str, Any]]:
    full = _sample(cls)
    keys = list(full)
    return [
        full,
        dict(reversed(full.items())),  # other order
        {**full, "unknownKey": 1, "__v": 0},  # keys matching no field
        {k: full[k] for k in keys[: len(keys) // 2]},  # a prefix of the fields
        {k: full[k] for k in keys[1::2]},  # not a prefix: keyword construction
        {k: full[k] for k in keys[-1:]},  # a single field
        {},
        {"onlyUnknown": True},
        # two keys naming one field: the general loop lets the last win
        {**full, snake_case_to_camel_case(dataclasses.fields(cls)[0].name, upper_camel_case=True): "dup"},
    ]


def _outcome(parse: Callable[[], Any]) -> Any:
    try:
        return ("ok", repr(parse()))
    except Exception as exc:  # both paths must fail the same way, e.g. a missing required field
        return ("error", type(exc))


def _general_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base._ParsePlan, "constructor", lambda self, keys: None)
    base._PLANS.clear()


@pytest.mark.parametrize("cls", DTO_CLASSES, ids=lambda cls: cls.__name__)
def test_shape_constructors_match_the_general_loop(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    base._PLANS.clear()
    fast = [_outcome(lambda data=data: cls.from_camel_case(data)) for data in _variants(cls)]
    again = [_outcome(lambda data=data: cls.from_camel_case(data)) for data in _variants(cls)]  # cached shapes
    _general_loop(monkeypatch)
    general = [_outcome(lambda data=data: cls.from_camel_case(data)) for data in _variants(cls)]
    assert fast == general
    assert again == general
    assert any(kind == "ok" for kind, _ in general)


def test_parse_all_equals_parsing_one_by_one_across_changing_shapes() -> None:
    cls = DTO_CLASSES[0]
    items = [variant for variant in _variants(cls) * 3 if _outcome(lambda v=variant: cls.from_camel_case(v))[0] == "ok"]
    assert len(items) >= 3
    assert parse_all(cls, items) == [cls.from_camel_case(item) for item in items]


def test_parse_all_keeps_last_wins_when_two_keys_name_one_field_in_either_order() -> None:
    cls = next(c for c in DTO_CLASSES if len(dataclasses.fields(c)) >= 2 and dataclasses.fields(c)[0].name.isalpha())
    first = dataclasses.fields(cls)[0].name
    item = {**_sample(cls), snake_case_to_camel_case(first, upper_camel_case=True): "dup"}
    items = [item, dict(reversed(item.items()))]  # same keys, other order: the other key wins
    parsed = parse_all(cls, items)
    assert [getattr(dto, first) for dto in parsed] == ["dup", f"v-{first}"]
    assert parsed == [cls.from_camel_case(i) for i in items]


def test_shapes_are_bounded_per_class() -> None:
    @dataclasses.dataclass
    class Many(CamelCaseDto["Many"]):
        a: int = 0

    for n in range(base._SHAPE_LIMIT + 50):
        assert Many.from_camel_case({"a": n, f"extra{n}": 1}).a == n
    assert len(base._PLANS[Many].shapes) == base._SHAPE_LIMIT


@dataclasses.dataclass
class _Three(CamelCaseDto["_Three"]):
    first_name: str
    last_name: str = ""
    nick_name: str = ""


@pytest.mark.parametrize(
    "items",
    [
        # as many keys as the first item, one of them another field's
        [{"firstName": "a", "lastName": "b"}, {"firstName": "c", "nickName": "d"}],
        # the first item's extra key names no field: another item has a field there instead
        [{"firstName": "a", "unknown": 1}, {"firstName": "c", "nickName": "d"}],
        [{"firstName": "a", "lastName": "b", "unknown": 1}, {"firstName": "c", "lastName": "d", "nickName": "e"}],
        # keyword construction (not a prefix of the fields), then a missing key
        [{"firstName": "a", "nickName": "b"}, {"firstName": "c", "lastName": "d"}],
        # one field
        [{"firstName": "a"}, {"lastName": "b"}] * 2,
        # the first item's keys and one more
        [{"firstName": "a"}, {"firstName": "c", "lastName": "d"}],
        [{"firstName": "a", "lastName": "b"}, {"firstName": "c", "lastName": "d", "nickName": "e"}],
        # same keys in another order
        [{"firstName": "a", "lastName": "b"}, {"lastName": "d", "firstName": "c"}],
        [{}, {}],
    ],
)
def test_parse_all_equals_parsing_one_by_one_when_items_of_one_size_differ(items: list[dict[str, Any]]) -> None:
    base._PLANS.clear()
    expected = [_outcome(lambda item=item: _Three.from_camel_case(item)) for item in items]
    if all(kind == "ok" for kind, _ in expected):
        assert parse_all(_Three, items) == [_Three.from_camel_case(item) for item in items]
        assert parse_all(_Three, iter(items)) == parse_all(_Three, items)  # cached shapes, any iterable
    else:
        assert _outcome(lambda: parse_all(_Three, items)) == next(o for o in expected if o[0] == "error")


def test_parse_all_reads_mappings_that_are_not_plain_dicts_as_the_loop_does() -> None:
    from collections import UserDict, defaultdict

    answer = defaultdict(str, {"firstName": "c", "nickName": "d"})  # would invent a missing key
    items: list[Any] = [{"firstName": "a", "lastName": "b"}, answer, UserDict({"lastName": "e", "firstName": "f"})]
    assert parse_all(_Three, items) == [_Three("a", "b"), _Three("c", nick_name="d"), _Three("f", "e")]
    assert dict(answer) == {"firstName": "c", "nickName": "d"}


def test_parse_all_raises_what_a_constructor_raises() -> None:
    @dataclasses.dataclass
    class Strict(CamelCaseDto["Strict"]):
        a: str
        b: str

        def __post_init__(self) -> None:
            if self.a == "bad":
                raise KeyError("from the constructor")

    items = [{"a": "x", "b": "y"}, {"a": "bad", "b": "z"}]
    with pytest.raises(KeyError, match="from the constructor"):
        parse_all(Strict, items)
    assert parse_all(Strict, items[:1]) == [Strict("x", "y")]
