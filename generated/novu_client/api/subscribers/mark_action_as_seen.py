from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.mark_message_action_as_seen_dto import MarkMessageActionAsSeenDto
    from ...models.message_response_dto_envelope import MessageResponseDtoEnvelope


def _get_kwargs(
    subscriber_id: str,
    message_id: str,
    type_: Any,
    *,
    body: MarkMessageActionAsSeenDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/subscribers/{subscriber_id}/messages/{message_id}/actions/{type_}".format(
            subscriber_id=quote(str(subscriber_id), safe=""),
            message_id=quote(str(message_id), safe=""),
            type_=quote(str(type_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> MessageResponseDtoEnvelope:
    from ...models.message_response_dto_envelope import MessageResponseDtoEnvelope

    if response.status_code == 201:
        try:
            response_201 = MessageResponseDtoEnvelope.from_dict(response.json())

            return response_201

        except Exception as exc:
            raise errors.unexpected_response(
                response,
                "POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}",
                "MessageResponseDtoEnvelope",
                exc,
            ) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageResponseDtoEnvelope | None:
    if response.status_code == 201:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (201, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageResponseDtoEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscriber_id: str,
    message_id: str,
    type_: Any,
    *,
    client: AuthenticatedClient,
    body: MarkMessageActionAsSeenDto,
) -> Response[MessageResponseDtoEnvelope]:
    """
    Args:
        subscriber_id (str):
        message_id (str):
        type_ (Any):
        body (MarkMessageActionAsSeenDto):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[MessageResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        message_id=message_id,
        type_=type_,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    subscriber_id: str,
    message_id: str,
    type_: Any,
    *,
    client: AuthenticatedClient,
    body: MarkMessageActionAsSeenDto,
) -> MessageResponseDtoEnvelope:
    """
    Args:
        subscriber_id (str):
        message_id (str):
        type_ (Any):
        body (MarkMessageActionAsSeenDto):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        MessageResponseDtoEnvelope
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        message_id=message_id,
        type_=type_,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    subscriber_id: str,
    message_id: str,
    type_: Any,
    *,
    client: AuthenticatedClient,
    body: MarkMessageActionAsSeenDto,
) -> Response[MessageResponseDtoEnvelope]:
    """
    Args:
        subscriber_id (str):
        message_id (str):
        type_ (Any):
        body (MarkMessageActionAsSeenDto):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[MessageResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        message_id=message_id,
        type_=type_,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    subscriber_id: str,
    message_id: str,
    type_: Any,
    *,
    client: AuthenticatedClient,
    body: MarkMessageActionAsSeenDto,
) -> MessageResponseDtoEnvelope:
    """
    Args:
        subscriber_id (str):
        message_id (str):
        type_ (Any):
        body (MarkMessageActionAsSeenDto):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        MessageResponseDtoEnvelope
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        message_id=message_id,
        type_=type_,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
