from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error_dto import ErrorDto
    from ...models.get_topic_response_dto_envelope import GetTopicResponseDtoEnvelope


def _get_kwargs(
    topic_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/topics/{topic_key}".format(
            topic_key=quote(str(topic_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDto | GetTopicResponseDtoEnvelope | None:
    from ...models.error_dto import ErrorDto
    from ...models.get_topic_response_dto_envelope import GetTopicResponseDtoEnvelope

    if response.status_code == 200:
        response_200 = GetTopicResponseDtoEnvelope.from_dict(response.json())

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
) -> Response[ErrorDto | GetTopicResponseDtoEnvelope]:
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
) -> Response[ErrorDto | GetTopicResponseDtoEnvelope]:
    """
    Args:
        topic_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDto | GetTopicResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        topic_key=topic_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    topic_key: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDto | GetTopicResponseDtoEnvelope | None:
    """
    Args:
        topic_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDto | GetTopicResponseDtoEnvelope
    """

    return sync_detailed(
        topic_key=topic_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    topic_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDto | GetTopicResponseDtoEnvelope]:
    """
    Args:
        topic_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDto | GetTopicResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        topic_key=topic_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    topic_key: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDto | GetTopicResponseDtoEnvelope | None:
    """
    Args:
        topic_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDto | GetTopicResponseDtoEnvelope
    """

    return (
        await asyncio_detailed(
            topic_key=topic_key,
            client=client,
        )
    ).parsed
