"""Every public facade method is documented, each argument included (the reference docs are built from these)."""

from __future__ import annotations

import inspect
import re

import pytest

from novu_facade import api
from novu_facade._core import PLAN_ATTRIBUTE

ARG_LINE = re.compile(r"^ {4}(\*{0,2}\w+)(?: \([^)]*\))?: \S")


def _methods() -> list[tuple[str, str]]:
    found = []
    for class_name in api.__all__:
        for name, value in vars(getattr(api, class_name)).items():
            if not name.startswith("_") and callable(value):
                found.append((class_name, name))
    return found


METHODS = _methods()


def documented_arguments(doc: str) -> list[str]:
    """The names listed in the `Args:` section of a Google-style docstring."""
    lines = inspect.cleandoc(doc).splitlines()
    if "Args:" not in lines:
        return []
    names = []
    for line in lines[lines.index("Args:") + 1 :]:
        if not line.strip():
            break
        match = ARG_LINE.match(line)
        if match:
            names.append(match.group(1))
        elif not line.startswith(" " * 8):
            break
    return names


def test_every_public_method_is_an_endpoint_and_there_are_92() -> None:
    assert all(hasattr(getattr(getattr(api, c), m), PLAN_ATTRIBUTE) for c, m in METHODS)
    assert len(METHODS) == 92


@pytest.mark.parametrize("class_name", api.__all__)
def test_every_class_has_a_docstring(class_name: str) -> None:
    assert (getattr(api, class_name).__doc__ or "").strip()


@pytest.mark.parametrize(("class_name", "method"), METHODS)
def test_method_docstring_describes_every_argument(class_name: str, method: str) -> None:
    function = getattr(getattr(api, class_name), method)
    doc = function.__doc__ or ""
    assert doc.strip(), f"{class_name}.{method} has no docstring"
    summary = inspect.cleandoc(doc).splitlines()[0]
    assert summary.strip() and not summary.startswith("Args:"), f"{class_name}.{method}: no summary line"
    parameters = [name for name in inspect.signature(function).parameters if name != "self"]
    assert documented_arguments(doc) == parameters, f"{class_name}.{method}: Args must list {parameters} in order"


def test_documented_arguments_reads_a_google_style_section() -> None:
    doc = """Summary.

    Args:
        first: One.
            Continued.
        second: Two.

    Returns:
        nothing: not an argument.
    """
    assert documented_arguments(doc) == ["first", "second"]
    assert documented_arguments("Summary only.") == []
