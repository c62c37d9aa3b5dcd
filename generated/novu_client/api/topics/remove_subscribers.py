from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_dto import ErrorDto
    from ...models.remove_subscribers_request_dto import RemoveSubscribersRequestDto


def _get_kwargs(
    topic_key: str,
    *,
    body: RemoveSubscribersRequestDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/topics/{topic_key}/subscribers/removal".format(
            topic_key=quote(str(topic_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorDto | None:
    from ...models.error_dto import ErrorDto

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    topic_key: str,
    *,
    client: AuthenticatedClient,
    body: RemoveSubscribersRequestDto,
) -> Response[Any | ErrorDto]:
    """
    Args:
        topic_key (str):
        body (RemoveSubscribersRequestDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDto]
    """

    kwargs = _get_kwargs(
        topic_key=topic_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    topic_key: str,
    *,
    client: AuthenticatedClient,
    body: RemoveSubscribersRequestDto,
) -> Any | ErrorDto | None:
    """
    Args:
        topic_key (str):
        body (RemoveSubscribersRequestDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDto
    """

    return sync_detailed(
        topic_key=topic_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    topic_key: str,
    *,
    client: AuthenticatedClient,
    body: RemoveSubscribersRequestDto,
) -> Response[Any | ErrorDto]:
    """
    Args:
        topic_key (str):
        body (RemoveSubscribersRequestDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDto]
    """

    kwargs = _get_kwargs(
        topic_key=topic_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    topic_key: str,
    *,
    client: AuthenticatedClient,
    body: RemoveSubscribersRequestDto,
) -> Any | ErrorDto | None:
    """
    Args:
        topic_key (str):
        body (RemoveSubscribersRequestDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDto
    """

    return (
        await asyncio_detailed(
            topic_key=topic_key,
            client=client,
            body=body,
        )
    ).parsed
