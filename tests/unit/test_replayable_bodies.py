"""A retried request sends its whole body again, whatever the caller gave as the body.

httpx rewinds seekable files of a multipart body, but a pipe, a socket or a generator is read once:
resent as it is, a retry would upload nothing or the rest. The retry policy buffers such a body
before the first attempt (novu_facade._retry.replayable).
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Iterator, Mapping

import httpx
import pytest
from novu_client.models import UploadTranslationFilesBody, UploadTranslationFilesBodyResourceType
from novu_client.types import File

from novu_facade import AsyncNovu, Novu
from novu_facade._retry import AsyncRetryTransport, RetryPolicy, RetryTransport, replayable

URL = "https://api.novu.test"
CONTENT = b'{"greeting": "hello"}' * 5000  # larger than one read of httpx's multipart writer


class Pipe(io.RawIOBase):
    """A file that can be read once, front to back, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


class FailsFirst(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport answering 503 to the first request, `status` after, keeping each request's body.

    It reads the body off the request's stream as a network transport does (httpx's MockTransport
    buffers the body on the request first, which would hide a body that cannot be sent twice)."""

    def __init__(self, answer: Mapping[str, object], status: int = 201) -> None:
        self.status = status
        self.bodies: list[bytes] = []
        self.answer = answer

    def _answer(self) -> httpx.Response:
        if len(self.bodies) == 1:
            return httpx.Response(503, json={"statusCode": 503, "message": "busy"})
        return httpx.Response(self.status, json=self.answer)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(b"".join(request.stream))  # type: ignore[arg-type]
        return self._answer()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(b"".join([part async for part in request.stream]))  # type: ignore[union-attr]
        return self._answer()


UPLOADED = {
    "data": {"totalFiles": 1, "successfulUploads": 1, "failedUploads": 0, "successfulPaths": ["en.json"], "errors": []}
}


def upload_body() -> UploadTranslationFilesBody:
    return UploadTranslationFilesBody(
        files=[File(payload=Pipe(CONTENT), file_name="en.json", mime_type="application/json")],  # type: ignore[arg-type]
        resource_id="wf-1",
        resource_type=UploadTranslationFilesBodyResourceType.WORKFLOW,
    )


def test_a_retried_upload_from_a_pipe_sends_the_whole_file_again() -> None:
    server = FailsFirst(UPLOADED, 200)
    session = httpx.Client(transport=server, base_url=URL)
    novu = Novu("k", URL, session=session, max_retries=2, max_wait=0.01)
    result = novu.translations.upload(body=upload_body())
    assert result.successful_uploads == 1
    assert len(server.bodies) == 2 and server.bodies[0] == server.bodies[1]
    assert CONTENT in server.bodies[1]


def test_the_async_client_does_the_same() -> None:
    server = FailsFirst(UPLOADED, 200)

    async def main() -> None:
        session = httpx.AsyncClient(transport=server, base_url=URL)
        async with AsyncNovu("k", URL, session=session, max_retries=2, max_wait=0.01) as novu:
            await novu.translations.upload(body=upload_body())

    asyncio.run(main())
    assert len(server.bodies) == 2 and server.bodies[0] == server.bodies[1]
    assert CONTENT in server.bodies[1]


def test_the_retry_transport_resends_a_generator_body_whole() -> None:
    """The raw client's path: the policy as a transport, a body given as an iterator of bytes."""
    server = FailsFirst({})
    transport = RetryTransport(server, RetryPolicy(), sleep=lambda seconds: None)

    def parts() -> Iterator[bytes]:
        yield b'{"name": '
        yield b'"w"}'

    with httpx.Client(transport=transport, base_url=URL) as client:
        response = client.post("/v1/events/trigger", content=parts(), headers={"Idempotency-Key": "k-1"})
    assert response.status_code == 201
    assert server.bodies == [b'{"name": "w"}', b'{"name": "w"}']


def test_the_async_retry_transport_resends_an_async_generator_body_whole() -> None:
    server = FailsFirst({})

    async def no_wait(seconds: float) -> None:
        return None

    async def parts() -> AsyncIterator[bytes]:
        yield b"abc"
        yield b"def"

    async def main() -> int:
        transport = AsyncRetryTransport(server, RetryPolicy(), sleep=no_wait)
        async with httpx.AsyncClient(transport=transport, base_url=URL) as client:
            response = await client.post("/x", content=parts(), headers={"Idempotency-Key": "k-2"})
        return response.status_code

    assert asyncio.run(main()) == 201
    assert server.bodies == [b"abcdef", b"abcdef"]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"json": {"a": 1}}, True),
        ({"content": b"abc"}, True),
        ({"files": {"f": ("a.json", io.BytesIO(b"{}"), "application/json")}, "data": {"k": "v"}}, True),
        ({"files": {"f": ("a.json", b"{}", "application/json")}}, True),
        ({"files": {"f": ("a.json", Pipe(b"{}"), "application/json")}}, False),
        ({"content": iter([b"a"])}, False),
    ],
)
def test_replayable_tells_a_body_that_can_be_sent_again(kwargs: dict[str, object], expected: bool) -> None:
    assert replayable(httpx.Request("POST", URL, **kwargs)) is expected  # type: ignore[arg-type]
