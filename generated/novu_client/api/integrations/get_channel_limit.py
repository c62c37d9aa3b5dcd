from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.channel_usage_dto_envelope import ChannelUsageDtoEnvelope
    from ...models.get_channel_limit_channel_type import GetChannelLimitChannelType


def _get_kwargs(
    channel_type: GetChannelLimitChannelType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integrations/{channel_type}/limit".format(
            channel_type=quote(str(channel_type), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelUsageDtoEnvelope | None:
    from ...models.channel_usage_dto_envelope import ChannelUsageDtoEnvelope

    if response.status_code == 200:
        response_200 = ChannelUsageDtoEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChannelUsageDtoEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    channel_type: GetChannelLimitChannelType,
    *,
    client: AuthenticatedClient,
) -> Response[ChannelUsageDtoEnvelope]:
    """
    Args:
        channel_type (GetChannelLimitChannelType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelUsageDtoEnvelope]
    """

    kwargs = _get_kwargs(
        channel_type=channel_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    channel_type: GetChannelLimitChannelType,
    *,
    client: AuthenticatedClient,
) -> ChannelUsageDtoEnvelope | None:
    """
    Args:
        channel_type (GetChannelLimitChannelType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelUsageDtoEnvelope
    """

    return sync_detailed(
        channel_type=channel_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    channel_type: GetChannelLimitChannelType,
    *,
    client: AuthenticatedClient,
) -> Response[ChannelUsageDtoEnvelope]:
    """
    Args:
        channel_type (GetChannelLimitChannelType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelUsageDtoEnvelope]
    """

    kwargs = _get_kwargs(
        channel_type=channel_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    channel_type: GetChannelLimitChannelType,
    *,
    client: AuthenticatedClient,
) -> ChannelUsageDtoEnvelope | None:
    """
    Args:
        channel_type (GetChannelLimitChannelType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelUsageDtoEnvelope
    """

    return (
        await asyncio_detailed(
            channel_type=channel_type,
            client=client,
        )
    ).parsed
