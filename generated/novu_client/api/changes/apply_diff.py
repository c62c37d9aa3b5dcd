from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.change_response_dto_list_envelope import ChangeResponseDtoListEnvelope
    from ...models.error_dto import ErrorDto


def _get_kwargs(
    change_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/changes/{change_id}/apply".format(
            change_id=quote(str(change_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangeResponseDtoListEnvelope | ErrorDto | None:
    from ...models.change_response_dto_list_envelope import ChangeResponseDtoListEnvelope
    from ...models.error_dto import ErrorDto

    if response.status_code == 201:
        response_201 = ChangeResponseDtoListEnvelope.from_dict(response.json())

        return response_201

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
) -> Response[ChangeResponseDtoListEnvelope | ErrorDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    change_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChangeResponseDtoListEnvelope | ErrorDto]:
    """
    Args:
        change_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeResponseDtoListEnvelope | ErrorDto]
    """

    kwargs = _get_kwargs(
        change_id=change_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    change_id: str,
    *,
    client: AuthenticatedClient,
) -> ChangeResponseDtoListEnvelope | ErrorDto | None:
    """
    Args:
        change_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeResponseDtoListEnvelope | ErrorDto
    """

    return sync_detailed(
        change_id=change_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    change_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChangeResponseDtoListEnvelope | ErrorDto]:
    """
    Args:
        change_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeResponseDtoListEnvelope | ErrorDto]
    """

    kwargs = _get_kwargs(
        change_id=change_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    change_id: str,
    *,
    client: AuthenticatedClient,
) -> ChangeResponseDtoListEnvelope | ErrorDto | None:
    """
    Args:
        change_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeResponseDtoListEnvelope | ErrorDto
    """

    return (
        await asyncio_detailed(
            change_id=change_id,
            client=client,
        )
    ).parsed
