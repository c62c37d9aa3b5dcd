from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_subscriber_preferences_criticality import GetSubscriberPreferencesCriticality
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_subscriber_preferences_dto_envelope import GetSubscriberPreferencesDtoEnvelope


def _get_kwargs(
    subscriber_id: str,
    *,
    criticality: GetSubscriberPreferencesCriticality | Unset = GetSubscriberPreferencesCriticality.NONCRITICAL,
    context_keys: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_criticality: str | Unset = UNSET
    if not isinstance(criticality, Unset):
        json_criticality = criticality.value

    params["criticality"] = json_criticality

    json_context_keys: list[str] | Unset = UNSET
    if not isinstance(context_keys, Unset):
        json_context_keys = context_keys

    params["contextKeys"] = json_context_keys

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/subscribers/{subscriber_id}/preferences".format(
            subscriber_id=quote(str(subscriber_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> GetSubscriberPreferencesDtoEnvelope:
    from ...models.get_subscriber_preferences_dto_envelope import GetSubscriberPreferencesDtoEnvelope

    if response.status_code == 200:
        try:
            response_200 = GetSubscriberPreferencesDtoEnvelope.from_dict(response.json())

            return response_200

        except Exception as exc:
            raise errors.unexpected_response(
                response, "GET /v2/subscribers/{subscriberId}/preferences", "GetSubscriberPreferencesDtoEnvelope", exc
            ) from exc

    raise errors.status_error(response)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSubscriberPreferencesDtoEnvelope | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (200, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSubscriberPreferencesDtoEnvelope]:
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
    criticality: GetSubscriberPreferencesCriticality | Unset = GetSubscriberPreferencesCriticality.NONCRITICAL,
    context_keys: list[str] | Unset = UNSET,
) -> Response[GetSubscriberPreferencesDtoEnvelope]:
    """
    Args:
        subscriber_id (str):
        criticality (GetSubscriberPreferencesCriticality | Unset):  Default:
            GetSubscriberPreferencesCriticality.NONCRITICAL.
        context_keys (list[str] | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[GetSubscriberPreferencesDtoEnvelope]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        criticality=criticality,
        context_keys=context_keys,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    subscriber_id: str,
    *,
    client: AuthenticatedClient,
    criticality: GetSubscriberPreferencesCriticality | Unset = GetSubscriberPreferencesCriticality.NONCRITICAL,
    context_keys: list[str] | Unset = UNSET,
) -> GetSubscriberPreferencesDtoEnvelope:
    """
    Args:
        subscriber_id (str):
        criticality (GetSubscriberPreferencesCriticality | Unset):  Default:
            GetSubscriberPreferencesCriticality.NONCRITICAL.
        context_keys (list[str] | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        GetSubscriberPreferencesDtoEnvelope
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        criticality=criticality,
        context_keys=context_keys,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    subscriber_id: str,
    *,
    client: AuthenticatedClient,
    criticality: GetSubscriberPreferencesCriticality | Unset = GetSubscriberPreferencesCriticality.NONCRITICAL,
    context_keys: list[str] | Unset = UNSET,
) -> Response[GetSubscriberPreferencesDtoEnvelope]:
    """
    Args:
        subscriber_id (str):
        criticality (GetSubscriberPreferencesCriticality | Unset):  Default:
            GetSubscriberPreferencesCriticality.NONCRITICAL.
        context_keys (list[str] | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[GetSubscriberPreferencesDtoEnvelope]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        criticality=criticality,
        context_keys=context_keys,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    subscriber_id: str,
    *,
    client: AuthenticatedClient,
    criticality: GetSubscriberPreferencesCriticality | Unset = GetSubscriberPreferencesCriticality.NONCRITICAL,
    context_keys: list[str] | Unset = UNSET,
) -> GetSubscriberPreferencesDtoEnvelope:
    """
    Args:
        subscriber_id (str):
        criticality (GetSubscriberPreferencesCriticality | Unset):  Default:
            GetSubscriberPreferencesCriticality.NONCRITICAL.
        context_keys (list[str] | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        GetSubscriberPreferencesDtoEnvelope
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        criticality=criticality,
        context_keys=context_keys,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
