from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.environment_response_dto_envelope import EnvironmentResponseDtoEnvelope
    from ...models.update_environment_request_dto import UpdateEnvironmentRequestDto


def _get_kwargs(
    environment_id: str,
    *,
    body: UpdateEnvironmentRequestDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/environments/{environment_id}".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> EnvironmentResponseDtoEnvelope:
    from ...models.environment_response_dto_envelope import EnvironmentResponseDtoEnvelope

    if response.status_code == 200:
        try:
            response_200 = EnvironmentResponseDtoEnvelope.from_dict(response.json())

            return response_200

        except Exception as exc:
            raise errors.unexpected_response(
                response, "PUT /v1/environments/{environmentId}", "EnvironmentResponseDtoEnvelope", exc
            ) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnvironmentResponseDtoEnvelope | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (200, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EnvironmentResponseDtoEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnvironmentRequestDto,
) -> Response[EnvironmentResponseDtoEnvelope]:
    """
    Args:
        environment_id (str):
        body (UpdateEnvironmentRequestDto):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[EnvironmentResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnvironmentRequestDto,
) -> EnvironmentResponseDtoEnvelope:
    """
    Args:
        environment_id (str):
        body (UpdateEnvironmentRequestDto):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        EnvironmentResponseDtoEnvelope
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnvironmentRequestDto,
) -> Response[EnvironmentResponseDtoEnvelope]:
    """
    Args:
        environment_id (str):
        body (UpdateEnvironmentRequestDto):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[EnvironmentResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnvironmentRequestDto,
) -> EnvironmentResponseDtoEnvelope:
    """
    Args:
        environment_id (str):
        body (UpdateEnvironmentRequestDto):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        EnvironmentResponseDtoEnvelope
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
