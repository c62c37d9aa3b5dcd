from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.channel_type_enum import ChannelTypeEnum
    from ...models.messages_response_dto import MessagesResponseDto


def _get_kwargs(
    *,
    channel: ChannelTypeEnum | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: list[str] | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    params["subscriberId"] = subscriber_id

    json_transaction_id: list[str] | Unset = UNSET
    if not isinstance(transaction_id, Unset):
        json_transaction_id = transaction_id

    params["transactionId"] = json_transaction_id

    json_context_keys: list[str] | Unset = UNSET
    if not isinstance(context_keys, Unset):
        json_context_keys = context_keys

    params["contextKeys"] = json_context_keys

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> MessagesResponseDto:
    from ...models.messages_response_dto import MessagesResponseDto

    if response.status_code == 200:
        try:
            response_200 = MessagesResponseDto.from_dict(response.json())

            return response_200

        except Exception as exc:
            raise errors.unexpected_response(response, "GET /v1/messages", "MessagesResponseDto", exc) from exc

    raise errors.status_error(response)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MessagesResponseDto | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (200, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MessagesResponseDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    channel: ChannelTypeEnum | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: list[str] | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[MessagesResponseDto]:
    """
    Args:
        channel (ChannelTypeEnum | Unset):
        subscriber_id (str | Unset):
        transaction_id (list[str] | Unset):
        context_keys (list[str] | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[MessagesResponseDto]
    """

    kwargs = _get_kwargs(
        channel=channel,
        subscriber_id=subscriber_id,
        transaction_id=transaction_id,
        context_keys=context_keys,
        page=page,
        limit=limit,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    channel: ChannelTypeEnum | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: list[str] | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
) -> MessagesResponseDto:
    """
    Args:
        channel (ChannelTypeEnum | Unset):
        subscriber_id (str | Unset):
        transaction_id (list[str] | Unset):
        context_keys (list[str] | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        MessagesResponseDto
    """

    kwargs = _get_kwargs(
        channel=channel,
        subscriber_id=subscriber_id,
        transaction_id=transaction_id,
        context_keys=context_keys,
        page=page,
        limit=limit,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    channel: ChannelTypeEnum | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: list[str] | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[MessagesResponseDto]:
    """
    Args:
        channel (ChannelTypeEnum | Unset):
        subscriber_id (str | Unset):
        transaction_id (list[str] | Unset):
        context_keys (list[str] | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[MessagesResponseDto]
    """

    kwargs = _get_kwargs(
        channel=channel,
        subscriber_id=subscriber_id,
        transaction_id=transaction_id,
        context_keys=context_keys,
        page=page,
        limit=limit,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    channel: ChannelTypeEnum | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: list[str] | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
) -> MessagesResponseDto:
    """
    Args:
        channel (ChannelTypeEnum | Unset):
        subscriber_id (str | Unset):
        transaction_id (list[str] | Unset):
        context_keys (list[str] | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        MessagesResponseDto
    """

    kwargs = _get_kwargs(
        channel=channel,
        subscriber_id=subscriber_id,
        transaction_id=transaction_id,
        context_keys=context_keys,
        page=page,
        limit=limit,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
