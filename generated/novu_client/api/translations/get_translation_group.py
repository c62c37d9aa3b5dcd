from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_translation_group_resource_type import GetTranslationGroupResourceType
    from ...models.translation_group_dto_envelope import TranslationGroupDtoEnvelope


def _get_kwargs(
    resource_type: GetTranslationGroupResourceType,
    resource_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/translations/group/{resource_type}/{resource_id}".format(
            resource_type=quote(str(resource_type), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> TranslationGroupDtoEnvelope:
    from ...models.translation_group_dto_envelope import TranslationGroupDtoEnvelope

    if response.status_code == 200:
        try:
            response_200 = TranslationGroupDtoEnvelope.from_dict(response.json())

            return response_200

        except Exception as exc:
            raise errors.unexpected_response(
                response, "GET /v2/translations/group/{resourceType}/{resourceId}", "TranslationGroupDtoEnvelope", exc
            ) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TranslationGroupDtoEnvelope | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (response.status_code in (200, 404)):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TranslationGroupDtoEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_type: GetTranslationGroupResourceType,
    resource_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[TranslationGroupDtoEnvelope]:
    """
    Args:
        resource_type (GetTranslationGroupResourceType):
        resource_id (str):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[TranslationGroupDtoEnvelope]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    resource_type: GetTranslationGroupResourceType,
    resource_id: str,
    *,
    client: AuthenticatedClient,
) -> TranslationGroupDtoEnvelope:
    """
    Args:
        resource_type (GetTranslationGroupResourceType):
        resource_id (str):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        TranslationGroupDtoEnvelope
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    resource_type: GetTranslationGroupResourceType,
    resource_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[TranslationGroupDtoEnvelope]:
    """
    Args:
        resource_type (GetTranslationGroupResourceType):
        resource_id (str):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[TranslationGroupDtoEnvelope]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    resource_type: GetTranslationGroupResourceType,
    resource_id: str,
    *,
    client: AuthenticatedClient,
) -> TranslationGroupDtoEnvelope:
    """
    Args:
        resource_type (GetTranslationGroupResourceType):
        resource_id (str):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        TranslationGroupDtoEnvelope
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
