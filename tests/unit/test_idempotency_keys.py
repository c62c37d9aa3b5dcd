"""Idempotency keys are random version 4 UUIDs."""

from __future__ import annotations

import uuid

from novu_facade._retry import new_idempotency_key


def test_keys_are_version_4_uuids_in_canonical_form() -> None:
    keys = [new_idempotency_key() for _ in range(2000)]
    for key in keys:
        parsed = uuid.UUID(key)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == key
    assert len(set(keys)) == len(keys)
