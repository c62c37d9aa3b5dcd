"""The aiohttp transport for the async clients (`pip install 'novu-facade[aiohttp]'`).

httpx's own async connection pool spends time proportional to its open connections on every
request, so with many requests in flight it, not the network, sets the pace (encode/httpx#3215).
`httpx_aiohttp.AiohttpTransport` sends through aiohttp's pool instead. Two things are fixed here so
that the retry policy and the error classes behave exactly as over httpx's transport:

- aiohttp's errors become the httpx errors they mean. httpx-aiohttp maps every connection error,
  a server that hung up after the request was sent included, to `httpx.ConnectTimeout`, which the
  retry policy reads as "nothing reached the server"; a POST without an idempotency key could be
  sent twice. Here only a failure to connect is a Connect* error.
- the same mapping applies while httpx reads the body after the transport has returned (as with
  httpx's own transport, an error there is not retried).

aiohttp itself resends an idempotent request (GET, PUT, DELETE) once when its connection drops
(RFC 9112, 9.3.1.1) before the retry policy sees the error; never a POST or PATCH.

Like httpx's transport, one is made per event loop by the pool (novu_facade._lifecycle.AsyncPool),
which closes it, and with it the aiohttp session, when its loop shuts down.

Imported only when NOVU_ASYNC_TRANSPORT (or the `async_transport` argument) chooses aiohttp.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

# Most specific first: the first class an aiohttp error is an instance of decides.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS: nothing was sent
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (TimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # a malformed answer
    (aiohttp.ClientPayloadError, httpx.ReadError),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.ClientError, httpx.ReadError),  # any other lost connection, after the request was sent
)


def httpx_error(exc: BaseException) -> httpx.TransportError | None:
    """The httpx error an aiohttp error (raised as is, or under httpx-aiohttp's mapping) means."""
    original = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ is not None else exc
    for aiohttp_class, httpx_class in _ERRORS:
        if isinstance(original, aiohttp_class):
            return httpx_class(str(original) or type(original).__name__)
    return None


AIOHTTP_ERRORS = (TimeoutError, httpx.TransportError, aiohttp.ClientError)


class _MappedStream(httpx.AsyncByteStream):
    """The response body, read by httpx after the transport returns, with the same error mapping."""

    __slots__ = ("inner",)

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self.inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.inner:
                yield chunk
        except AIOHTTP_ERRORS as exc:
            error = httpx_error(exc)
            if error is None:
                raise
            raise error from exc

    async def aclose(self) -> None:
        try:
            await self.inner.aclose()
        except AIOHTTP_ERRORS as exc:
            error = httpx_error(exc)
            if error is None:
                raise
            raise error from exc


class AsyncAiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport over aiohttp, with httpx's error classes; one per event loop."""

    def __init__(self, limits: httpx.Limits, verify: ssl.SSLContext) -> None:
        self.inner = AiohttpTransport(limits=limits, verify=verify)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self.inner.handle_async_request(request)
        except AIOHTTP_ERRORS as exc:
            error = httpx_error(exc)
            if error is None:
                raise
            raise error from exc
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _MappedStream(response.stream)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
