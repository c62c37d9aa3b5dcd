"""Every Python example of the README and docs/ runs, against an in-process mock of the API.

The blocks of one page run in order in one namespace, as a reader would paste them; top-level
`await` is allowed. Requests go to `spec_mock.SpecMock` (answers from openapi/novu.yaml), through
the facade's own transports. A block can opt out only with the line
`<!-- example: not run, <reason> -->` right above it; none does today.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import io
import re
import runpy
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from novu_facade.config import NovuConfig
from tests.docs.spec_mock import SpecMock

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)
OPT_OUT = re.compile(r"<!-- example: not run, (?P<reason>.+?) -->\n\Z")


@dataclass
class Example:
    page: Path
    line: int
    source: str
    skipped_because: str | None


def examples(page: Path) -> list[Example]:
    text = page.read_text()
    found = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        before = text[: match.start()]
        opt_out = OPT_OUT.search(before[before.rfind("\n", 0, len(before) - 1) + 1 :])
        found.append(Example(page, line, match.group(1), opt_out.group("reason") if opt_out else None))
    return found


@pytest.fixture
def mock_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[SpecMock]:
    """Every httpx transport answers from the mock; settings as a reader's shell would have them."""
    mock = SpecMock()

    def handle(_: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        request.read()
        return mock(request)

    async def handle_async(_: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return mock(request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async)
    monkeypatch.setenv("NOVU_API_KEY", "docs-example-key")
    for name in ("NOVU_API_URL", "NOVU_MAX_RETRIES", "NOVU_PYTHON_REQUESTS_TIMEOUT", "NOVU_LOG"):
        monkeypatch.delenv(name, raising=False)
    config = NovuConfig()
    saved = (config.url, config.api_key)
    config.url = config.api_key = None
    yield mock
    config.url, config.api_key = saved


def run_page(page_examples: list[Example], mock: SpecMock) -> str:
    """Run the examples in order in one namespace; return what they printed."""
    namespace: dict[str, object] = {"__name__": "__example__"}
    printed = io.StringIO()
    for example in page_examples:
        if example.skipped_because:
            continue
        page = example.page.relative_to(ROOT) if example.page.is_relative_to(ROOT) else example.page
        where = f"{page}:{example.line}"
        code = compile(example.source, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        with redirect_stdout(printed):
            try:
                if code.co_flags & inspect.CO_COROUTINE:
                    asyncio.run(eval(code, namespace))
                else:
                    exec(code, namespace)
            except Exception as exc:
                raise AssertionError(f"the example at {where} fails: {exc!r}") from exc
        assert not mock.unmatched, f"the example at {where} sent requests no operation matches: {mock.unmatched}"
    return printed.getvalue()


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_examples_of_page_run(page: Path, mock_api: SpecMock) -> None:
    page_examples = examples(page)
    for example in page_examples:
        assert example.skipped_because is None or example.skipped_because.strip(), f"{page}:{example.line}"
    run_page(page_examples, mock_api)
    if page_examples:
        assert mock_api.requests, f"the examples of {page.name} never reached the API"


def test_readme_and_docs_have_examples() -> None:
    counts = {page.relative_to(ROOT).as_posix(): len(examples(page)) for page in PAGES}
    assert counts["README.md"] >= 3
    assert sum(counts.values()) >= 15, counts
    assert all(example.skipped_because is None for page in PAGES for example in examples(page))


def test_a_broken_example_fails(tmp_path: Path, mock_api: SpecMock) -> None:
    page = tmp_path / "broken.md"
    page.write_text("Text.\n\n```python\nfrom novu_facade.api import TopicApi\n\nTopicApi().get(key=1, extra=2)\n```\n")
    with pytest.raises(AssertionError, match=r"broken.md:3 fails: TypeError"):
        run_page(examples(page), mock_api)


def test_an_example_calling_no_operation_fails(tmp_path: Path, mock_api: SpecMock) -> None:
    page = tmp_path / "unknown.md"
    page.write_text("```python\nimport httpx\n\nhttpx.get('https://api.novu.co/v9/nothing')\n```\n")
    with pytest.raises(AssertionError, match=r"no operation matches: \['GET /v9/nothing'\]"):
        run_page(examples(page), mock_api)


def test_opt_out_needs_the_marker_right_above_the_block(tmp_path: Path) -> None:
    page = tmp_path / "opt_out.md"
    page.write_text(
        "<!-- example: not run, needs a live account -->\n```python\nraise SystemExit\n```\n\n"
        "<!-- example: not run, far away -->\n\n```python\nprint()\n```\n"
    )
    first, second = examples(page)
    assert first.skipped_because == "needs a live account"
    assert second.skipped_because is None


def test_quickstart_runs_and_shows_each_step(mock_api: SpecMock, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(ROOT / "examples" / "quickstart.py"), run_name="__main__")
    assert done.value.code == 0
    out = capsys.readouterr().out
    for step in ("subscriber created", "trigger ", "trigger_bulk", "stream(page_size=2)", "Novu "):
        assert step in out, out
    assert [r.url.path for r in mock_api.requests if r.url.path.startswith("/v2/")] == ["/v2/subscribers"] * 2
    assert "Idempotency-Key quickstart-welcome-1" in out
    assert "250 events in 3 requests of 100, 100, 50" in out
    assert re.search(r"^UnprocessableEntityError +status 422 on /v1/tenants", out, re.M), out
    bulk = [r for r in mock_api.requests if r.url.path == "/v1/events/trigger/bulk"]
    assert len(bulk) == 3
