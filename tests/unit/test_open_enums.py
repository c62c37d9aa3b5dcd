"""Generated enums: responses keep values the spec does not list yet; building a request stays strict.

Table-driven over every enum class of `novu_client.models`, and over every model field whose type
is an enum (or a list of one): the field is given a value no enum lists, the model goes through
`to_dict` and the generated `from_dict`, and the value must come back as it was sent.
"""

from __future__ import annotations

import copy
import enum
import pickle
import types
import typing
from typing import Any

import attrs
import novu_client.models
import pytest
from novu_client.types import OpenIntEnum, OpenStrEnum, Unset

from tests.unit.test_raw_client_errors import _hints, dummy

UNLISTED = "zz-added-by-novu-later"

ENUMS: list[type[enum.Enum]] = sorted(
    (
        value
        for name in novu_client.models.__all__
        if isinstance(value := getattr(novu_client.models, name), type) and issubclass(value, enum.Enum)
    ),
    key=lambda cls: cls.__name__,
)
MODELS: list[type] = [
    value
    for name in novu_client.models.__all__
    if isinstance(value := getattr(novu_client.models, name), type) and attrs.has(value)
]


def unlisted(cls: type[enum.Enum]) -> Any:
    return cls.from_wire(UNLISTED if issubclass(cls, str) else 987654)  # type: ignore[attr-defined]


def test_there_are_enums_to_check() -> None:
    assert len(ENUMS) >= 50, len(ENUMS)


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_every_enum_is_open(cls: type[enum.Enum]) -> None:
    assert issubclass(cls, (OpenStrEnum, OpenIntEnum)), cls.__mro__
    for member in cls:
        assert cls.from_wire(member.value) is member and member.is_known  # type: ignore[attr-defined]
    pseudo = unlisted(cls)
    raw = pseudo.value
    assert isinstance(pseudo, cls) and pseudo == raw and str(pseudo) == str(raw)
    assert not pseudo.is_known and pseudo.name is None
    assert pseudo not in list(cls) and pseudo not in cls
    assert "not in the spec" in repr(pseudo) and repr(raw) in repr(pseudo)
    for clone in (pickle.loads(pickle.dumps(pseudo)), copy.deepcopy(pseudo)):
        assert type(clone) is cls and clone == raw and not clone.is_known
    assert pickle.loads(pickle.dumps(next(iter(cls)))) is next(iter(cls))


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_calling_the_enum_stays_strict_and_names_the_allowed_values(cls: type[enum.Enum]) -> None:
    raw = UNLISTED if issubclass(cls, str) else 987654
    with pytest.raises(ValueError) as caught:
        cls(raw)
    message = str(caught.value)
    assert repr(raw) in message and cls.__name__ in message
    assert all(repr(member.value) in message for member in cls), message


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_a_value_of_the_wrong_type_is_still_refused(cls: type[enum.Enum]) -> None:
    for wrong in (["email"], {"id": "sendgrid"}, None, True, 1.5):
        with pytest.raises(ValueError, match="is not a"):
            cls.from_wire(wrong)  # type: ignore[attr-defined]


def _enum_of(annotation: Any) -> tuple[type[enum.Enum], bool] | None:
    """The enum `annotation` holds (directly, optionally, or as list items) and whether it is a list."""
    members = typing.get_args(annotation) if typing.get_origin(annotation) in (types.UnionType, typing.Union) else ()
    for candidate in [annotation, *members]:
        if candidate in (Unset, type(None)):
            continue
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate, False
        if typing.get_origin(candidate) is list:
            (item,) = typing.get_args(candidate)
            if isinstance(item, type) and issubclass(item, enum.Enum):
                return item, True
    return None


FIELDS: list[tuple[type, str, type[enum.Enum], bool]] = []
# Multipart request bodies (files) are only ever sent: their wire form is parts, not JSON to parse.
for _model in (m for m in MODELS if not hasattr(m, "to_multipart")):
    _model_hints = _hints(_model)
    for _field in attrs.fields(_model):
        if _field.init and (_found := _enum_of(_model_hints[_field.name])):
            FIELDS.append((_model, _field.name, *_found))


def test_there_are_enum_fields_to_check() -> None:
    assert len(FIELDS) >= 60, len(FIELDS)
    assert any(is_list for *_, is_list in FIELDS)


@pytest.mark.parametrize(
    ("model", "field", "cls", "is_list"), FIELDS, ids=[f"{m.__name__}.{f}" for m, f, _, _ in FIELDS]
)
def test_a_model_parses_a_value_its_enum_does_not_list(model: type, field: str, cls: type, is_list: bool) -> None:
    record = dummy(model)
    pseudo = unlisted(cls)
    setattr(record, field, [pseudo] if is_list else pseudo)
    wire = record.to_dict()
    raw = pseudo.value
    assert raw in (wire_values := list(_values(wire))), wire_values

    parsed = model.from_dict(wire)  # type: ignore[attr-defined]
    value = getattr(parsed, field)
    got = value[0] if is_list else value
    assert type(got) is cls and got == raw and not got.is_known, f"{model.__name__}.{field}: {got!r}"
    assert parsed.to_dict() == wire  # sent back unchanged


def _values(node: Any) -> typing.Iterator[Any]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _values(value)
    elif isinstance(node, list):
        for value in node:
            yield from _values(value)
    else:
        yield node
