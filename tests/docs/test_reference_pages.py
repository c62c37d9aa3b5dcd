"""The reference pages name every resource class, async class, DTO and enum module, and every error."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from novu_facade import aio, api, dto, enums, errors

DOCS = Path(__file__).resolve().parents[2] / "docs"


def page(name: str) -> str:
    return (DOCS / "reference" / name).read_text()


def modules(package: object) -> list[str]:
    folder = Path(package.__file__).parent  # type: ignore[attr-defined]
    return sorted(path.stem for path in folder.glob("*.py") if path.stem != "__init__")


@pytest.mark.parametrize("name", api.__all__)
def test_resource_and_async_class_are_on_their_pages(name: str) -> None:
    assert f"::: {getattr(api, name).__module__}.{name}\n" in page("api.md")
    assert f"::: novu_facade._aio_types.{name}\n" in page("aio.md")
    assert name in aio.__all__


@pytest.mark.parametrize("module", modules(dto))
def test_dto_module_is_on_the_page(module: str) -> None:
    assert f"novu_facade.dto.{module}" in page("dto.md")


@pytest.mark.parametrize("module", modules(enums))
def test_enum_module_is_on_the_page(module: str) -> None:
    assert f"::: novu_facade.enums.{module}\n" in page("enums.md")


def test_every_error_class_is_on_the_errors_page() -> None:
    listed = {
        line.strip().removeprefix("- ") for line in page("errors.md").splitlines() if line.startswith("        - ")
    }
    public = {name for name, value in vars(errors).items() if isinstance(value, type) and issubclass(value, Exception)}
    public = {name for name in public if getattr(errors, name).__module__.startswith(("novu_facade", "novu_client"))}
    assert len(public) >= 13
    assert public - {"UnexpectedStatus"} <= listed


def test_every_page_is_in_the_navigation() -> None:
    config = yaml.safe_load((DOCS.parent / "mkdocs.yml").read_text())

    def leaves(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [leaf for value in node.values() for leaf in leaves(value)]
        if isinstance(node, list):
            return [leaf for item in node for leaf in leaves(item)]
        return []

    pages = {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}
    nav = set(leaves(config["nav"]))
    assert nav <= pages, f"navigation names missing pages: {sorted(nav - pages)}"
    # The regen workflow adds a drift report per upstream change (docs/drift-DATE.md); mkdocs.yml
    # keeps those out of the navigation on purpose (not_in_nav), every other page must be in it.
    assert {page for page in pages if not page.startswith("drift-")} <= nav
