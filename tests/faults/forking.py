"""Run work in forked children and collect what each one saw, bounded in time.

`in_forked_children(work, n)` forks `n` children that all start `work(child)` at the same moment
(a shared pipe releases them), and returns each child's JSON-able result. A child that raises
reports the exception; a child that has not answered within TIMEOUT seconds is killed and the test
fails, so a hang (two processes reading one socket) fails instead of blocking the suite.
"""

from __future__ import annotations

import faulthandler
import json
import os
import select
import signal
import time
import traceback
from collections.abc import Callable
from typing import Any

TIMEOUT = 30.0


def in_forked_children(work: Callable[[int], Any], n: int) -> list[Any]:
    go_read, go_write = os.pipe()
    children: dict[int, tuple[int, int]] = {}  # read end of the result pipe -> (child, pid)
    try:
        for child in range(n):
            result_read, result_write = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover (runs in the child)
                _run_child(work, child, go_read, result_write)
            os.close(result_write)
            children[result_read] = (child, pid)
        os.write(go_write, b"x" * n)
        return _collect(children)
    finally:
        os.close(go_read)
        os.close(go_write)


def _run_child(work: Callable[[int], Any], child: int, go: int, out: int) -> None:
    """Never returns: the child must not go back into the test runner."""
    code = 0
    # A child still busy near the deadline prints every thread's stack (to the test's output) and exits.
    faulthandler.dump_traceback_later(TIMEOUT - 10, exit=True)
    try:
        os.read(go, 1)
        payload = json.dumps({"ok": work(child)})
    except BaseException:
        payload = json.dumps({"crashed": traceback.format_exc()})
        code = 1
    try:
        data = payload.encode()
        while data:
            data = data[os.write(out, data) :]
    finally:
        os._exit(code)


def _collect(children: dict[int, tuple[int, int]]) -> list[Any]:
    deadline = time.monotonic() + TIMEOUT
    buffers: dict[int, bytearray] = {fd: bytearray() for fd in children}
    open_fds = set(children)
    try:
        while open_fds:
            left = deadline - time.monotonic()
            if left <= 0:
                hung = sorted(children[fd][0] for fd in open_fds)
                raise AssertionError(f"children {hung} gave no answer within {TIMEOUT:.0f}s (a hang)")
            ready, _, _ = select.select(list(open_fds), [], [], left)
            for fd in ready:
                chunk = os.read(fd, 65536)
                if chunk:
                    buffers[fd] += chunk
                else:
                    open_fds.discard(fd)
    finally:
        for fd, (_, pid) in children.items():
            if fd in open_fds:
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(fd)
    results: list[Any] = [None] * len(children)
    for fd, (child, _) in children.items():
        answer = json.loads(buffers[fd]) if buffers[fd] else {"crashed": "no output"}
        if "crashed" in answer:
            raise AssertionError(f"child {child} crashed:\n{answer['crashed']}")
        results[child] = answer["ok"]
    return results
