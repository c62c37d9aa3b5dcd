from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_dto import ErrorDto
    from ...models.list_subscribers_response_dto import ListSubscribersResponseDto
    from ...models.search_subscribers_order_direction import SearchSubscribersOrderDirection


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: SearchSubscribersOrderDirection | Unset = UNSET,
    order_by: Any | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    params: dict[str, Any] = {}

    params["after"] = after

    params["before"] = before

    params["email"] = email

    params["name"] = name

    params["phone"] = phone

    params["subscriberId"] = subscriber_id

    params["limit"] = limit

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["orderDirection"] = json_order_direction

    params["orderBy"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/subscribers",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDto | ListSubscribersResponseDto | None:
    from ...models.error_dto import ErrorDto
    from ...models.list_subscribers_response_dto import ListSubscribersResponseDto

    if response.status_code == 200:
        response_200 = ListSubscribersResponseDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDto.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = ErrorDto.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = ErrorDto.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorDto.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = ErrorDto.from_dict(response.json())

        return response_414

    if response.status_code == 415:
        response_415 = ErrorDto.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorDto.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDto.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDto.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorDto.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDto | ListSubscribersResponseDto]:
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
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: SearchSubscribersOrderDirection | Unset = UNSET,
    order_by: Any | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorDto | ListSubscribersResponseDto]:
    """
    Args:
        after (str | Unset):
        before (str | Unset):
        email (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        subscriber_id (str | Unset):
        limit (int | Unset):
        order_direction (SearchSubscribersOrderDirection | Unset):
        order_by (Any | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDto | ListSubscribersResponseDto]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        email=email,
        name=name,
        phone=phone,
        subscriber_id=subscriber_id,
        limit=limit,
        order_direction=order_direction,
        order_by=order_by,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: SearchSubscribersOrderDirection | Unset = UNSET,
    order_by: Any | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorDto | ListSubscribersResponseDto | None:
    """
    Args:
        after (str | Unset):
        before (str | Unset):
        email (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        subscriber_id (str | Unset):
        limit (int | Unset):
        order_direction (SearchSubscribersOrderDirection | Unset):
        order_by (Any | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDto | ListSubscribersResponseDto
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        email=email,
        name=name,
        phone=phone,
        subscriber_id=subscriber_id,
        limit=limit,
        order_direction=order_direction,
        order_by=order_by,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: SearchSubscribersOrderDirection | Unset = UNSET,
    order_by: Any | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorDto | ListSubscribersResponseDto]:
    """
    Args:
        after (str | Unset):
        before (str | Unset):
        email (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        subscriber_id (str | Unset):
        limit (int | Unset):
        order_direction (SearchSubscribersOrderDirection | Unset):
        order_by (Any | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDto | ListSubscribersResponseDto]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        email=email,
        name=name,
        phone=phone,
        subscriber_id=subscriber_id,
        limit=limit,
        order_direction=order_direction,
        order_by=order_by,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_direction: SearchSubscribersOrderDirection | Unset = UNSET,
    order_by: Any | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorDto | ListSubscribersResponseDto | None:
    """
    Args:
        after (str | Unset):
        before (str | Unset):
        email (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        subscriber_id (str | Unset):
        limit (int | Unset):
        order_direction (SearchSubscribersOrderDirection | Unset):
        order_by (Any | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDto | ListSubscribersResponseDto
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            before=before,
            email=email,
            name=name,
            phone=phone,
            subscriber_id=subscriber_id,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            idempotency_key=idempotency_key,
        )
    ).parsed
