from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    subscriber_id: str,
    provider_id: Any,
    *,
    hmac_hash: str,
    environment_id: str,
    integration_identifier: str | Unset = UNSET,
    code: str,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    params: dict[str, Any] = {}

    params["hmacHash"] = hmac_hash

    params["environmentId"] = environment_id

    params["integrationIdentifier"] = integration_identifier

    params["code"] = code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscribers/{subscriber_id}/credentials/{provider_id}/oauth/callback".format(
            subscriber_id=quote(str(subscriber_id), safe=""),
            provider_id=quote(str(provider_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> str:

    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise errors.status_error(response)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (200, 302, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscriber_id: str,
    provider_id: Any,
    *,
    client: AuthenticatedClient,
    hmac_hash: str,
    environment_id: str,
    integration_identifier: str | Unset = UNSET,
    code: str,
    idempotency_key: str | Unset = UNSET,
) -> Response[str]:
    """
    Args:
        subscriber_id (str):
        provider_id (Any):
        hmac_hash (str):
        environment_id (str):
        integration_identifier (str | Unset):
        code (str):
        idempotency_key (str | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        provider_id=provider_id,
        hmac_hash=hmac_hash,
        environment_id=environment_id,
        integration_identifier=integration_identifier,
        code=code,
        idempotency_key=idempotency_key,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    subscriber_id: str,
    provider_id: Any,
    *,
    client: AuthenticatedClient,
    hmac_hash: str,
    environment_id: str,
    integration_identifier: str | Unset = UNSET,
    code: str,
    idempotency_key: str | Unset = UNSET,
) -> str:
    """
    Args:
        subscriber_id (str):
        provider_id (Any):
        hmac_hash (str):
        environment_id (str):
        integration_identifier (str | Unset):
        code (str):
        idempotency_key (str | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        str
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        provider_id=provider_id,
        hmac_hash=hmac_hash,
        environment_id=environment_id,
        integration_identifier=integration_identifier,
        code=code,
        idempotency_key=idempotency_key,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    subscriber_id: str,
    provider_id: Any,
    *,
    client: AuthenticatedClient,
    hmac_hash: str,
    environment_id: str,
    integration_identifier: str | Unset = UNSET,
    code: str,
    idempotency_key: str | Unset = UNSET,
) -> Response[str]:
    """
    Args:
        subscriber_id (str):
        provider_id (Any):
        hmac_hash (str):
        environment_id (str):
        integration_identifier (str | Unset):
        code (str):
        idempotency_key (str | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        provider_id=provider_id,
        hmac_hash=hmac_hash,
        environment_id=environment_id,
        integration_identifier=integration_identifier,
        code=code,
        idempotency_key=idempotency_key,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    subscriber_id: str,
    provider_id: Any,
    *,
    client: AuthenticatedClient,
    hmac_hash: str,
    environment_id: str,
    integration_identifier: str | Unset = UNSET,
    code: str,
    idempotency_key: str | Unset = UNSET,
) -> str:
    """
    Args:
        subscriber_id (str):
        provider_id (Any):
        hmac_hash (str):
        environment_id (str):
        integration_identifier (str | Unset):
        code (str):
        idempotency_key (str | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        str
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        provider_id=provider_id,
        hmac_hash=hmac_hash,
        environment_id=environment_id,
        integration_identifier=integration_identifier,
        code=code,
        idempotency_key=idempotency_key,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
