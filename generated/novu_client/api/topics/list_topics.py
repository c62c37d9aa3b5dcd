from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_dto import ErrorDto
    from ...models.filter_topics_response_dto import FilterTopicsResponseDto


def _get_kwargs(
    *,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["key"] = key

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/topics",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDto | FilterTopicsResponseDto | None:
    from ...models.error_dto import ErrorDto
    from ...models.filter_topics_response_dto import FilterTopicsResponseDto

    if response.status_code == 200:
        response_200 = FilterTopicsResponseDto.from_dict(response.json())

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
) -> Response[ErrorDto | FilterTopicsResponseDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorDto | FilterTopicsResponseDto]:
    """
    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        key (str | Unset):
        limit (int | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDto | FilterTopicsResponseDto]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        key=key,
        limit=limit,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorDto | FilterTopicsResponseDto | None:
    """
    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        key (str | Unset):
        limit (int | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDto | FilterTopicsResponseDto
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        key=key,
        limit=limit,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorDto | FilterTopicsResponseDto]:
    """
    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        key (str | Unset):
        limit (int | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDto | FilterTopicsResponseDto]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        key=key,
        limit=limit,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 0,
    page_size: int | Unset = 10,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorDto | FilterTopicsResponseDto | None:
    """
    Args:
        page (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        key (str | Unset):
        limit (int | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDto | FilterTopicsResponseDto
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            key=key,
            limit=limit,
            idempotency_key=idempotency_key,
        )
    ).parsed
