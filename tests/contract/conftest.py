"""Fixtures of the contract tests (see tests/contract/recording.py for replay and recording)."""

from __future__ import annotations

import pytest

from tests.contract.recording import Contract


@pytest.fixture
def contract() -> Contract:
    return Contract()
