"""The keys of a bulk job's chunks: derived from the caller's key and the chunk's position, within Novu's 255."""

from __future__ import annotations

import pytest

from novu_facade._bulk import RESEND_ROOM, job_keys, successor
from novu_facade._retry import IDEMPOTENCY_KEY_MAX


def test_one_chunk_uses_the_key_itself_and_more_get_their_position() -> None:
    assert job_keys("digest-2026-03-01", 1) == ["digest-2026-03-01"]
    assert job_keys("digest-2026-03-01", 3) == ["digest-2026-03-01#0", "digest-2026-03-01#1", "digest-2026-03-01#2"]


def test_the_same_key_gives_the_same_chunk_keys_every_time() -> None:
    assert job_keys("job", 200) == job_keys("job", 200)
    assert len(set(job_keys("job", 200))) == 200


def test_a_spent_key_moves_on_to_its_successors() -> None:
    assert successor("job#3") == "job#3~1"
    assert successor("job#3~1") == "job#3~2"
    assert successor(successor(successor("k"))) == "k~3"
    assert successor("job~9#0") == "job~9#0~1"  # a counter only counts at the end


@pytest.mark.parametrize("chunks", [1, 9, 10, 200])
def test_the_longest_key_accepted_leaves_room_for_resends(chunks: int) -> None:
    suffix = 0 if chunks == 1 else len(f"#{chunks - 1}")
    limit = IDEMPOTENCY_KEY_MAX - RESEND_ROOM - suffix
    keys = job_keys("k" * limit, chunks)
    assert max(len(key) for key in keys) + RESEND_ROOM == IDEMPOTENCY_KEY_MAX
    with pytest.raises(ValueError, match=rf"idempotency_key is {limit + 1} characters.*use at most {limit} characters"):
        job_keys("k" * (limit + 1), chunks)


def test_a_chunk_key_passed_back_for_one_chunk_is_accepted() -> None:
    """A chunk can be resent alone under its own key, whatever the job key's length."""
    longest_job_key = "k" * (IDEMPOTENCY_KEY_MAX - RESEND_ROOM - len("#199"))
    last = job_keys(longest_job_key, 200)[-1]
    assert job_keys(last, 1) == [last]
    assert job_keys(successor(successor(last)), 1) == [successor(successor(last))]


@pytest.mark.parametrize(("key", "error"), [(42, TypeError), ("with space\n", ValueError), ("clé", ValueError)])
def test_a_key_that_cannot_be_a_header_is_refused(key: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="idempotency_key"):
        job_keys(key, 2)  # type: ignore[arg-type]
