from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_channel_endpoint_response_201 import CreateChannelEndpointResponse201
    from ...models.create_ms_teams_channel_endpoint_dto import CreateMsTeamsChannelEndpointDto
    from ...models.create_ms_teams_user_endpoint_dto import CreateMsTeamsUserEndpointDto
    from ...models.create_phone_endpoint_dto import CreatePhoneEndpointDto
    from ...models.create_slack_channel_endpoint_dto import CreateSlackChannelEndpointDto
    from ...models.create_slack_user_endpoint_dto import CreateSlackUserEndpointDto
    from ...models.create_webhook_endpoint_dto import CreateWebhookEndpointDto


def _get_kwargs(
    *,
    body: CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateWebhookEndpointDto,
) -> dict[str, Any]:
    from ...models.create_ms_teams_channel_endpoint_dto import CreateMsTeamsChannelEndpointDto
    from ...models.create_phone_endpoint_dto import CreatePhoneEndpointDto
    from ...models.create_slack_channel_endpoint_dto import CreateSlackChannelEndpointDto
    from ...models.create_slack_user_endpoint_dto import CreateSlackUserEndpointDto
    from ...models.create_webhook_endpoint_dto import CreateWebhookEndpointDto

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/channel-endpoints",
    }

    if isinstance(body, CreateSlackChannelEndpointDto):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateSlackUserEndpointDto):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateWebhookEndpointDto):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreatePhoneEndpointDto):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateMsTeamsChannelEndpointDto):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> CreateChannelEndpointResponse201:
    from ...models.create_channel_endpoint_response_201 import CreateChannelEndpointResponse201

    if response.status_code == 201:
        try:
            response_201 = CreateChannelEndpointResponse201.from_dict(response.json())

            return response_201

        except Exception as exc:
            raise errors.unexpected_response(
                response, "POST /v1/channel-endpoints", "CreateChannelEndpointResponse201", exc
            ) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateChannelEndpointResponse201 | None:
    if response.status_code == 201:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (201, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateChannelEndpointResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateWebhookEndpointDto,
) -> Response[CreateChannelEndpointResponse201]:
    """
    Args:
        body (CreateMsTeamsChannelEndpointDto | CreateMsTeamsUserEndpointDto |
            CreatePhoneEndpointDto | CreateSlackChannelEndpointDto | CreateSlackUserEndpointDto |
            CreateWebhookEndpointDto):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[CreateChannelEndpointResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateWebhookEndpointDto,
) -> CreateChannelEndpointResponse201:
    """
    Args:
        body (CreateMsTeamsChannelEndpointDto | CreateMsTeamsUserEndpointDto |
            CreatePhoneEndpointDto | CreateSlackChannelEndpointDto | CreateSlackUserEndpointDto |
            CreateWebhookEndpointDto):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        CreateChannelEndpointResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateWebhookEndpointDto,
) -> Response[CreateChannelEndpointResponse201]:
    """
    Args:
        body (CreateMsTeamsChannelEndpointDto | CreateMsTeamsUserEndpointDto |
            CreatePhoneEndpointDto | CreateSlackChannelEndpointDto | CreateSlackUserEndpointDto |
            CreateWebhookEndpointDto):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[CreateChannelEndpointResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateWebhookEndpointDto,
) -> CreateChannelEndpointResponse201:
    """
    Args:
        body (CreateMsTeamsChannelEndpointDto | CreateMsTeamsUserEndpointDto |
            CreatePhoneEndpointDto | CreateSlackChannelEndpointDto | CreateSlackUserEndpointDto |
            CreateWebhookEndpointDto):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        CreateChannelEndpointResponse201
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
