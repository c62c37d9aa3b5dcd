from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_dto import ErrorDto
    from ...models.execution_details_response_dto_list_envelope import ExecutionDetailsResponseDtoListEnvelope


def _get_kwargs(
    *,
    notification_id: str,
    subscriber_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["notificationId"] = notification_id

    params["subscriberId"] = subscriber_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/execution-details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDto | ExecutionDetailsResponseDtoListEnvelope | None:
    from ...models.error_dto import ErrorDto
    from ...models.execution_details_response_dto_list_envelope import ExecutionDetailsResponseDtoListEnvelope

    if response.status_code == 200:
        response_200 = ExecutionDetailsResponseDtoListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 409:
        response_409 = ErrorDto.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorDto.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ErrorDto.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDto | ExecutionDetailsResponseDtoListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    notification_id: str,
    subscriber_id: str,
) -> Response[ErrorDto | ExecutionDetailsResponseDtoListEnvelope]:
    """
    Args:
        notification_id (str):
        subscriber_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDto | ExecutionDetailsResponseDtoListEnvelope]
    """

    kwargs = _get_kwargs(
        notification_id=notification_id,
        subscriber_id=subscriber_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    notification_id: str,
    subscriber_id: str,
) -> ErrorDto | ExecutionDetailsResponseDtoListEnvelope | None:
    """
    Args:
        notification_id (str):
        subscriber_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDto | ExecutionDetailsResponseDtoListEnvelope
    """

    return sync_detailed(
        client=client,
        notification_id=notification_id,
        subscriber_id=subscriber_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    notification_id: str,
    subscriber_id: str,
) -> Response[ErrorDto | ExecutionDetailsResponseDtoListEnvelope]:
    """
    Args:
        notification_id (str):
        subscriber_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDto | ExecutionDetailsResponseDtoListEnvelope]
    """

    kwargs = _get_kwargs(
        notification_id=notification_id,
        subscriber_id=subscriber_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    notification_id: str,
    subscriber_id: str,
) -> ErrorDto | ExecutionDetailsResponseDtoListEnvelope | None:
    """
    Args:
        notification_id (str):
        subscriber_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDto | ExecutionDetailsResponseDtoListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            notification_id=notification_id,
            subscriber_id=subscriber_id,
        )
    ).parsed
