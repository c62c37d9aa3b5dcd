from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.mark_message_as_request_dto import MarkMessageAsRequestDto
    from ...models.message_entity_list_envelope import MessageEntityListEnvelope


def _get_kwargs(
    subscriber_id: str,
    *,
    body: MarkMessageAsRequestDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/subscribers/{subscriber_id}/messages/markAs".format(
            subscriber_id=quote(str(subscriber_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageEntityListEnvelope | None:
    from ...models.message_entity_list_envelope import MessageEntityListEnvelope

    if response.status_code == 201:
        response_201 = MessageEntityListEnvelope.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageEntityListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscriber_id: str,
    *,
    client: AuthenticatedClient,
    body: MarkMessageAsRequestDto,
) -> Response[MessageEntityListEnvelope]:
    """
    Args:
        subscriber_id (str):
        body (MarkMessageAsRequestDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageEntityListEnvelope]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscriber_id: str,
    *,
    client: AuthenticatedClient,
    body: MarkMessageAsRequestDto,
) -> MessageEntityListEnvelope | None:
    """
    Args:
        subscriber_id (str):
        body (MarkMessageAsRequestDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageEntityListEnvelope
    """

    return sync_detailed(
        subscriber_id=subscriber_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subscriber_id: str,
    *,
    client: AuthenticatedClient,
    body: MarkMessageAsRequestDto,
) -> Response[MessageEntityListEnvelope]:
    """
    Args:
        subscriber_id (str):
        body (MarkMessageAsRequestDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageEntityListEnvelope]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscriber_id: str,
    *,
    client: AuthenticatedClient,
    body: MarkMessageAsRequestDto,
) -> MessageEntityListEnvelope | None:
    """
    Args:
        subscriber_id (str):
        body (MarkMessageAsRequestDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageEntityListEnvelope
    """

    return (
        await asyncio_detailed(
            subscriber_id=subscriber_id,
            client=client,
            body=body,
        )
    ).parsed
