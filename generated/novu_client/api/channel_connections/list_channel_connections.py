from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.list_channel_connections_channel import ListChannelConnectionsChannel
    from ...models.list_channel_connections_order_direction import ListChannelConnectionsOrderDirection
    from ...models.list_channel_connections_response_dto import ListChannelConnectionsResponseDto
    from ...models.providers_id_enum import ProvidersIdEnum


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: ListChannelConnectionsOrderDirection | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ListChannelConnectionsChannel | Unset = UNSET,
    provider_id: ProvidersIdEnum | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["before"] = before

    params["limit"] = limit

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["orderDirection"] = json_order_direction

    params["orderBy"] = order_by

    params["includeCursor"] = include_cursor

    params["subscriberId"] = subscriber_id

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    json_provider_id: str | Unset = UNSET
    if not isinstance(provider_id, Unset):
        json_provider_id = provider_id.value

    params["providerId"] = json_provider_id

    params["integrationIdentifier"] = integration_identifier

    json_context_keys: list[str] | Unset = UNSET
    if not isinstance(context_keys, Unset):
        json_context_keys = context_keys

    params["contextKeys"] = json_context_keys

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/channel-connections",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> ListChannelConnectionsResponseDto:
    from ...models.list_channel_connections_response_dto import ListChannelConnectionsResponseDto

    if response.status_code == 200:
        try:
            response_200 = ListChannelConnectionsResponseDto.from_dict(response.json())

            return response_200

        except Exception as exc:
            raise errors.unexpected_response(
                response, "GET /v1/channel-connections", "ListChannelConnectionsResponseDto", exc
            ) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListChannelConnectionsResponseDto | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (200, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListChannelConnectionsResponseDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: ListChannelConnectionsOrderDirection | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ListChannelConnectionsChannel | Unset = UNSET,
    provider_id: ProvidersIdEnum | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
) -> Response[ListChannelConnectionsResponseDto]:
    """
    Args:
        after (str | Unset):
        before (str | Unset):
        limit (int | Unset):
        order_direction (ListChannelConnectionsOrderDirection | Unset):
        order_by (str | Unset):
        include_cursor (bool | Unset):
        subscriber_id (str | Unset):
        channel (ListChannelConnectionsChannel | Unset):
        provider_id (ProvidersIdEnum | Unset):
        integration_identifier (str | Unset):
        context_keys (list[str] | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[ListChannelConnectionsResponseDto]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        order_direction=order_direction,
        order_by=order_by,
        include_cursor=include_cursor,
        subscriber_id=subscriber_id,
        channel=channel,
        provider_id=provider_id,
        integration_identifier=integration_identifier,
        context_keys=context_keys,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: ListChannelConnectionsOrderDirection | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ListChannelConnectionsChannel | Unset = UNSET,
    provider_id: ProvidersIdEnum | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
) -> ListChannelConnectionsResponseDto:
    """
    Args:
        after (str | Unset):
        before (str | Unset):
        limit (int | Unset):
        order_direction (ListChannelConnectionsOrderDirection | Unset):
        order_by (str | Unset):
        include_cursor (bool | Unset):
        subscriber_id (str | Unset):
        channel (ListChannelConnectionsChannel | Unset):
        provider_id (ProvidersIdEnum | Unset):
        integration_identifier (str | Unset):
        context_keys (list[str] | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        ListChannelConnectionsResponseDto
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        order_direction=order_direction,
        order_by=order_by,
        include_cursor=include_cursor,
        subscriber_id=subscriber_id,
        channel=channel,
        provider_id=provider_id,
        integration_identifier=integration_identifier,
        context_keys=context_keys,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: ListChannelConnectionsOrderDirection | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ListChannelConnectionsChannel | Unset = UNSET,
    provider_id: ProvidersIdEnum | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
) -> Response[ListChannelConnectionsResponseDto]:
    """
    Args:
        after (str | Unset):
        before (str | Unset):
        limit (int | Unset):
        order_direction (ListChannelConnectionsOrderDirection | Unset):
        order_by (str | Unset):
        include_cursor (bool | Unset):
        subscriber_id (str | Unset):
        channel (ListChannelConnectionsChannel | Unset):
        provider_id (ProvidersIdEnum | Unset):
        integration_identifier (str | Unset):
        context_keys (list[str] | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[ListChannelConnectionsResponseDto]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        order_direction=order_direction,
        order_by=order_by,
        include_cursor=include_cursor,
        subscriber_id=subscriber_id,
        channel=channel,
        provider_id=provider_id,
        integration_identifier=integration_identifier,
        context_keys=context_keys,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: ListChannelConnectionsOrderDirection | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ListChannelConnectionsChannel | Unset = UNSET,
    provider_id: ProvidersIdEnum | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
) -> ListChannelConnectionsResponseDto:
    """
    Args:
        after (str | Unset):
        before (str | Unset):
        limit (int | Unset):
        order_direction (ListChannelConnectionsOrderDirection | Unset):
        order_by (str | Unset):
        include_cursor (bool | Unset):
        subscriber_id (str | Unset):
        channel (ListChannelConnectionsChannel | Unset):
        provider_id (ProvidersIdEnum | Unset):
        integration_identifier (str | Unset):
        context_keys (list[str] | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        ListChannelConnectionsResponseDto
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        limit=limit,
        order_direction=order_direction,
        order_by=order_by,
        include_cursor=include_cursor,
        subscriber_id=subscriber_id,
        channel=channel,
        provider_id=provider_id,
        integration_identifier=integration_identifier,
        context_keys=context_keys,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
