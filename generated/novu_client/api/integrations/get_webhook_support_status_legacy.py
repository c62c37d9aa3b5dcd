from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_webhook_support_status_legacy_response_200 import GetWebhookSupportStatusLegacyResponse200


def _get_kwargs(
    provider_or_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integrations/webhooks/provider/{provider_or_integration_id}/status".format(
            provider_or_integration_id=quote(str(provider_or_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> GetWebhookSupportStatusLegacyResponse200:
    from ...models.get_webhook_support_status_legacy_response_200 import GetWebhookSupportStatusLegacyResponse200

    if response.status_code == 200:
        try:
            response_200 = GetWebhookSupportStatusLegacyResponse200.from_dict(response.json())

            return response_200

        except Exception as exc:
            raise errors.unexpected_response(
                response,
                "GET /v1/integrations/webhooks/provider/{providerOrIntegrationId}/status",
                "GetWebhookSupportStatusLegacyResponse200",
                exc,
            ) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWebhookSupportStatusLegacyResponse200 | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (response.status_code == 200):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWebhookSupportStatusLegacyResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider_or_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetWebhookSupportStatusLegacyResponse200]:
    """
    Args:
        provider_or_integration_id (str):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[GetWebhookSupportStatusLegacyResponse200]
    """

    kwargs = _get_kwargs(
        provider_or_integration_id=provider_or_integration_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    provider_or_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> GetWebhookSupportStatusLegacyResponse200:
    """
    Args:
        provider_or_integration_id (str):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        GetWebhookSupportStatusLegacyResponse200
    """

    kwargs = _get_kwargs(
        provider_or_integration_id=provider_or_integration_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    provider_or_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetWebhookSupportStatusLegacyResponse200]:
    """
    Args:
        provider_or_integration_id (str):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[GetWebhookSupportStatusLegacyResponse200]
    """

    kwargs = _get_kwargs(
        provider_or_integration_id=provider_or_integration_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    provider_or_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> GetWebhookSupportStatusLegacyResponse200:
    """
    Args:
        provider_or_integration_id (str):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        GetWebhookSupportStatusLegacyResponse200
    """

    kwargs = _get_kwargs(
        provider_or_integration_id=provider_or_integration_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
