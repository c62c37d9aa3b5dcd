"""The facade's DTO and enum packages expose the legacy SDK's surface, fact for fact.

The checklist is the committed surface of the legacy ``novu`` 1.14.0 package (tests/compat/legacy_surface.json,
extracted from the pinned dev dependency); the legacy package itself
(installed in the dev environment) is consulted for what the manifest does not record (base classes,
member order, class-level settings, re-exported names).
"""

import dataclasses
import enum
import importlib
import subprocess
import sys
import typing
from typing import Any

import pytest

from tests.legacy_surface import manifest

MANIFEST = manifest()
DTOS: dict[str, Any] = MANIFEST["dtos"]
ENUMS: dict[str, Any] = MANIFEST["enums"]


def _facade_module(legacy_module: str) -> Any:
    assert legacy_module.startswith("novu.")
    return importlib.import_module("novu_facade." + legacy_module[len("novu.") :])


def _type_string(tp: Any) -> str:
    """Render a field type the way the manifest does (``typing.`` prefix dropped, classes fully qualified)."""
    if isinstance(tp, type) and typing.get_origin(tp) is None:
        return tp.__name__ if tp.__module__ == "builtins" else f"{tp.__module__}.{tp.__qualname__}"
    return str(tp).replace("typing.", "")


def _normalise(text: str) -> str:
    return text.replace("novu_facade.", "novu.")


def test_manifest_is_present_and_complete() -> None:
    assert len(MANIFEST["dtos"]) == 60
    assert len(MANIFEST["enums"]) == 26


def test_type_renderer_matches_manifest_on_legacy() -> None:
    """Guards the renderer used below: applied to the legacy classes it must reproduce the manifest."""
    for name, spec in DTOS.items():
        cls = getattr(importlib.import_module(spec["module"]), name)
        assert [(f.name, _type_string(f.type)) for f in dataclasses.fields(cls)] == [
            (f["name"], f["type"]) for f in spec["fields"]
        ], name


@pytest.mark.parametrize("name", sorted(DTOS))
def test_dto_fields_match_manifest(name: str) -> None:
    spec = DTOS[name]
    module = _facade_module(spec["module"])
    cls = getattr(module, name, None)
    assert cls is not None, f"{name} missing from {module.__name__}"
    assert dataclasses.is_dataclass(cls)
    assert cls.__module__ == module.__name__
    fields = dataclasses.fields(cls)
    assert [f.name for f in fields] == [f["name"] for f in spec["fields"]]
    assert [_normalise(_type_string(f.type)) for f in fields] == [f["type"] for f in spec["fields"]]
    for field, expected in zip(fields, spec["fields"], strict=True):
        assert field.default_factory is dataclasses.MISSING, field.name
        if "default" in expected:
            assert field.default is not dataclasses.MISSING, field.name
            assert repr(field.default) == expected["default"], field.name
        else:
            assert field.default is dataclasses.MISSING, field.name


@pytest.mark.parametrize("name", sorted(DTOS))
def test_dto_class_settings_and_bases_match_legacy(name: str) -> None:
    spec = DTOS[name]
    legacy = getattr(importlib.import_module(spec["module"]), name)
    facade = getattr(_facade_module(spec["module"]), name)
    assert facade.camel_case_fields == legacy.camel_case_fields
    assert facade.snake_case_to_camel_case_ignored == legacy.snake_case_to_camel_case_ignored
    assert [c.__name__ for c in facade.__mro__] == [c.__name__ for c in legacy.__mro__]
    for attr in ("from_camel_case", "to_camel_case"):
        assert callable(getattr(facade, attr))
    # fields(...) of both carry the same dataclass flags
    for flag in ("init", "repr", "eq", "order", "unsafe_hash", "frozen"):
        assert getattr(facade.__dataclass_params__, flag) == getattr(legacy.__dataclass_params__, flag), flag


@pytest.mark.parametrize("name", sorted(DTOS))
def test_nested_dto_descriptors_match_legacy(name: str) -> None:
    """Fields holding nested DTOs use the same kind of descriptor, for the same item class."""
    import novu.dto.base as legacy_base

    import novu_facade.dto.base as facade_base

    spec = DTOS[name]
    legacy = getattr(importlib.import_module(spec["module"]), name)
    facade = getattr(_facade_module(spec["module"]), name)
    kinds: dict[type, type] = {
        legacy_base.DtoDescriptor: facade_base.DtoDescriptor,
        legacy_base.DtoIterableDescriptor: facade_base.DtoIterableDescriptor,
    }
    for field in dataclasses.fields(legacy):
        legacy_attr = vars(legacy).get(field.name)
        facade_attr = vars(facade).get(field.name)
        expected_kind = kinds.get(type(legacy_attr))
        if expected_kind is not None:
            assert isinstance(facade_attr, (facade_base.DtoDescriptor, facade_base.DtoIterableDescriptor))
            assert type(facade_attr) is expected_kind, field.name
            assert facade_attr.item_cls.__name__ == legacy_attr._item_cls.__name__
            if isinstance(legacy_attr, legacy_base.DtoIterableDescriptor):
                assert getattr(facade_attr, "default_factory", None) is legacy_attr.default_factory
        else:
            assert not isinstance(facade_attr, tuple(kinds.values())), field.name


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enum_members_match_manifest(name: str) -> None:
    spec = ENUMS[name]
    module = _facade_module(spec["module"])
    cls = getattr(module, name, None)
    assert cls is not None, f"{name} missing from {module.__name__}"
    assert cls.__module__ == module.__name__
    assert {m.name: m.value for m in cls} == spec["members"]
    assert dict(cls.__members__.items()).keys() == spec["members"].keys()  # no aliases either


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enum_bases_and_order_match_legacy(name: str) -> None:
    spec = ENUMS[name]
    legacy = getattr(importlib.import_module(spec["module"]), name)
    facade = getattr(_facade_module(spec["module"]), name)
    assert issubclass(facade, enum.StrEnum) and issubclass(facade, str)
    assert [b.__name__ for b in facade.__mro__] == [b.__name__ for b in legacy.__mro__]
    assert [m.name for m in facade] == [m.name for m in legacy]
    for member in facade:
        legacy_member = legacy[member.name]
        assert member == legacy_member.value
        assert str(member) == str(legacy_member)
        assert f"{member}" == f"{legacy_member}"
        assert facade(legacy_member.value) is member


def test_package_reexports_match_legacy() -> None:
    import novu.dto
    import novu.enums

    import novu_facade.dto
    import novu_facade.enums

    assert novu_facade.dto.__all__ == novu.dto.__all__
    assert novu_facade.enums.__all__ == novu.enums.__all__
    for pkg in (novu_facade.dto, novu_facade.enums):
        for exported in pkg.__all__:
            assert hasattr(pkg, exported), exported


def test_base_module_public_helpers() -> None:
    import novu_facade.dto.base as base

    for helper in (
        "CamelCaseDto",
        "DtoDescriptor",
        "DtoIterableDescriptor",
        "camel_case_to_snake_case",
        "snake_case_to_camel_case",
    ):
        assert hasattr(base, helper), helper
    assert typing.get_origin(base.CamelCaseDto[Any]) is base.CamelCaseDto  # generic, like the legacy base


def test_polyfill_and_provider_alias() -> None:
    import novu.enums.provider as legacy_provider

    import novu_facade.enums.polyfill as polyfill
    import novu_facade.enums.provider as provider

    assert polyfill.StrEnum is enum.StrEnum
    assert typing.get_origin(provider.ProviderIdEnum) is typing.Union
    assert [a.__name__ for a in typing.get_args(provider.ProviderIdEnum)] == [
        a.__name__ for a in typing.get_args(legacy_provider.ProviderIdEnum)
    ]


def test_importing_dto_and_enums_pulls_in_nothing_heavy() -> None:
    code = (
        "import sys, novu_facade; before = set(sys.modules); "
        "import novu_facade.dto, novu_facade.enums; "
        "new = set(sys.modules) - before; "
        "heavy = {m for m in new if m.split('.')[0] in {'httpx', 'requests', 'pkg_resources', 'attrs', 'novu'}}; "
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
