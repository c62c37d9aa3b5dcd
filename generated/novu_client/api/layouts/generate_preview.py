from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.generate_layout_preview_response_dto_envelope import GenerateLayoutPreviewResponseDtoEnvelope
    from ...models.layout_preview_request_dto import LayoutPreviewRequestDto


def _get_kwargs(
    layout_id: str,
    *,
    body: LayoutPreviewRequestDto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/layouts/{layout_id}/preview".format(
            layout_id=quote(str(layout_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> GenerateLayoutPreviewResponseDtoEnvelope:
    from ...models.generate_layout_preview_response_dto_envelope import GenerateLayoutPreviewResponseDtoEnvelope

    if response.status_code == 201:
        try:
            response_201 = GenerateLayoutPreviewResponseDtoEnvelope.from_dict(response.json())

            return response_201

        except Exception as exc:
            raise errors.unexpected_response(
                response, "POST /v2/layouts/{layoutId}/preview", "GenerateLayoutPreviewResponseDtoEnvelope", exc
            ) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GenerateLayoutPreviewResponseDtoEnvelope | None:
    if response.status_code == 201:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (201, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GenerateLayoutPreviewResponseDtoEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    layout_id: str,
    *,
    client: AuthenticatedClient,
    body: LayoutPreviewRequestDto,
) -> Response[GenerateLayoutPreviewResponseDtoEnvelope]:
    """
    Args:
        layout_id (str):
        body (LayoutPreviewRequestDto):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[GenerateLayoutPreviewResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        layout_id=layout_id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    layout_id: str,
    *,
    client: AuthenticatedClient,
    body: LayoutPreviewRequestDto,
) -> GenerateLayoutPreviewResponseDtoEnvelope:
    """
    Args:
        layout_id (str):
        body (LayoutPreviewRequestDto):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        GenerateLayoutPreviewResponseDtoEnvelope
    """

    kwargs = _get_kwargs(
        layout_id=layout_id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    layout_id: str,
    *,
    client: AuthenticatedClient,
    body: LayoutPreviewRequestDto,
) -> Response[GenerateLayoutPreviewResponseDtoEnvelope]:
    """
    Args:
        layout_id (str):
        body (LayoutPreviewRequestDto):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[GenerateLayoutPreviewResponseDtoEnvelope]
    """

    kwargs = _get_kwargs(
        layout_id=layout_id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    layout_id: str,
    *,
    client: AuthenticatedClient,
    body: LayoutPreviewRequestDto,
) -> GenerateLayoutPreviewResponseDtoEnvelope:
    """
    Args:
        layout_id (str):
        body (LayoutPreviewRequestDto):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        GenerateLayoutPreviewResponseDtoEnvelope
    """

    kwargs = _get_kwargs(
        layout_id=layout_id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
