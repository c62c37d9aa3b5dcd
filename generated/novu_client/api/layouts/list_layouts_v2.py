from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.direction_enum import DirectionEnum
    from ...models.layout_response_dto_sort_field import LayoutResponseDtoSortField
    from ...models.list_layout_response_dto_envelope import ListLayoutResponseDtoEnvelope


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["orderDirection"] = json_order_direction

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["orderBy"] = json_order_by

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/layouts",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> ListLayoutResponseDtoEnvelope:
    from ...models.list_layout_response_dto_envelope import ListLayoutResponseDtoEnvelope

    if response.status_code == 200:
        try:
            response_200 = ListLayoutResponseDtoEnvelope.from_dict(response.json())

            return response_200

        except Exception as exc:
            raise errors.unexpected_response(response, "GET /v2/layouts", "ListLayoutResponseDtoEnvelope", exc) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListLayoutResponseDtoEnvelope | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (200, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListLayoutResponseDtoEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ListLayoutResponseDtoEnvelope]:
    """
    Args:
        limit (int | Unset):
        offset (float | Unset):
        order_direction (DirectionEnum | Unset):
        order_by (LayoutResponseDtoSortField | Unset):
        query (str | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[ListLayoutResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_direction=order_direction,
        order_by=order_by,
        query=query,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ListLayoutResponseDtoEnvelope:
    """
    Args:
        limit (int | Unset):
        offset (float | Unset):
        order_direction (DirectionEnum | Unset):
        order_by (LayoutResponseDtoSortField | Unset):
        query (str | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        ListLayoutResponseDtoEnvelope
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_direction=order_direction,
        order_by=order_by,
        query=query,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ListLayoutResponseDtoEnvelope]:
    """
    Args:
        limit (int | Unset):
        offset (float | Unset):
        order_direction (DirectionEnum | Unset):
        order_by (LayoutResponseDtoSortField | Unset):
        query (str | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[ListLayoutResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_direction=order_direction,
        order_by=order_by,
        query=query,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ListLayoutResponseDtoEnvelope:
    """
    Args:
        limit (int | Unset):
        offset (float | Unset):
        order_direction (DirectionEnum | Unset):
        order_by (LayoutResponseDtoSortField | Unset):
        query (str | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        ListLayoutResponseDtoEnvelope
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_direction=order_direction,
        order_by=order_by,
        query=query,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
