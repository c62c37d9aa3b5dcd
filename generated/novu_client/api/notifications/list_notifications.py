from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.activities_response_dto import ActivitiesResponseDto
    from ...models.channel_type_enum import ChannelTypeEnum


def _get_kwargs(
    *,
    channels: list[ChannelTypeEnum] | Unset = UNSET,
    templates: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: list[str] | Unset = UNSET,
    severity: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_channels: list[str] | Unset = UNSET
    if not isinstance(channels, Unset):
        json_channels = []
        for channels_item_data in channels:
            channels_item = channels_item_data.value
            json_channels.append(channels_item)

    params["channels"] = json_channels

    json_templates: list[str] | Unset = UNSET
    if not isinstance(templates, Unset):
        json_templates = templates

    params["templates"] = json_templates

    json_emails: list[str] | Unset = UNSET
    if not isinstance(emails, Unset):
        json_emails = emails

    params["emails"] = json_emails

    params["search"] = search

    json_subscriber_ids: list[str] | Unset = UNSET
    if not isinstance(subscriber_ids, Unset):
        json_subscriber_ids = subscriber_ids

    params["subscriberIds"] = json_subscriber_ids

    json_severity: list[str] | Unset = UNSET
    if not isinstance(severity, Unset):
        json_severity = severity

    params["severity"] = json_severity

    params["page"] = page

    params["limit"] = limit

    params["transactionId"] = transaction_id

    params["topicKey"] = topic_key

    params["subscriptionId"] = subscription_id

    json_context_keys: list[str] | Unset = UNSET
    if not isinstance(context_keys, Unset):
        json_context_keys = context_keys

    params["contextKeys"] = json_context_keys

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notifications",
        "params": params,
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> ActivitiesResponseDto:
    from ...models.activities_response_dto import ActivitiesResponseDto

    if response.status_code == 200:
        try:
            response_200 = ActivitiesResponseDto.from_dict(response.json())

            return response_200

        except Exception as exc:
            raise errors.unexpected_response(response, "GET /v1/notifications", "ActivitiesResponseDto", exc) from exc

    raise errors.status_error(response)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivitiesResponseDto | None:
    if response.status_code == 200:
        return _parse_success(response)
    if client.raise_on_unexpected_status and not (
        response.status_code in (200, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 500, 503)
    ):
        raise errors.status_error(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivitiesResponseDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    channels: list[ChannelTypeEnum] | Unset = UNSET,
    templates: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: list[str] | Unset = UNSET,
    severity: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ActivitiesResponseDto]:
    """
    Args:
        channels (list[ChannelTypeEnum] | Unset):
        templates (list[str] | Unset):
        emails (list[str] | Unset):
        search (str | Unset):
        subscriber_ids (list[str] | Unset):
        severity (list[str] | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        transaction_id (str | Unset):
        topic_key (str | Unset):
        subscription_id (str | Unset):
        context_keys (list[str] | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[ActivitiesResponseDto]
    """

    kwargs = _get_kwargs(
        channels=channels,
        templates=templates,
        emails=emails,
        search=search,
        subscriber_ids=subscriber_ids,
        severity=severity,
        page=page,
        limit=limit,
        transaction_id=transaction_id,
        topic_key=topic_key,
        subscription_id=subscription_id,
        context_keys=context_keys,
        after=after,
        before=before,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    channels: list[ChannelTypeEnum] | Unset = UNSET,
    templates: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: list[str] | Unset = UNSET,
    severity: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ActivitiesResponseDto:
    """
    Args:
        channels (list[ChannelTypeEnum] | Unset):
        templates (list[str] | Unset):
        emails (list[str] | Unset):
        search (str | Unset):
        subscriber_ids (list[str] | Unset):
        severity (list[str] | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        transaction_id (str | Unset):
        topic_key (str | Unset):
        subscription_id (str | Unset):
        context_keys (list[str] | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        ActivitiesResponseDto
    """

    kwargs = _get_kwargs(
        channels=channels,
        templates=templates,
        emails=emails,
        search=search,
        subscriber_ids=subscriber_ids,
        severity=severity,
        page=page,
        limit=limit,
        transaction_id=transaction_id,
        topic_key=topic_key,
        subscription_id=subscription_id,
        context_keys=context_keys,
        after=after,
        before=before,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    channels: list[ChannelTypeEnum] | Unset = UNSET,
    templates: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: list[str] | Unset = UNSET,
    severity: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ActivitiesResponseDto]:
    """
    Args:
        channels (list[ChannelTypeEnum] | Unset):
        templates (list[str] | Unset):
        emails (list[str] | Unset):
        search (str | Unset):
        subscriber_ids (list[str] | Unset):
        severity (list[str] | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        transaction_id (str | Unset):
        topic_key (str | Unset):
        subscription_id (str | Unset):
        context_keys (list[str] | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.NovuAPIError: If Client.raise_on_unexpected_status is True and the server returns an error
            status this operation does not document (a subclass per status, e.g. errors.NotFoundError);
            errors.UnexpectedStatus for an undocumented success status.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        Response[ActivitiesResponseDto]
    """

    kwargs = _get_kwargs(
        channels=channels,
        templates=templates,
        emails=emails,
        search=search,
        subscriber_ids=subscriber_ids,
        severity=severity,
        page=page,
        limit=limit,
        transaction_id=transaction_id,
        topic_key=topic_key,
        subscription_id=subscription_id,
        context_keys=context_keys,
        after=after,
        before=before,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    channels: list[ChannelTypeEnum] | Unset = UNSET,
    templates: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: list[str] | Unset = UNSET,
    severity: list[str] | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 10,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: list[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ActivitiesResponseDto:
    """
    Args:
        channels (list[ChannelTypeEnum] | Unset):
        templates (list[str] | Unset):
        emails (list[str] | Unset):
        search (str | Unset):
        subscriber_ids (list[str] | Unset):
        severity (list[str] | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        transaction_id (str | Unset):
        topic_key (str | Unset):
        subscription_id (str | Unset):
        context_keys (list[str] | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.NovuAPIError: For every status outside 2xx: errors.BadRequestError (400),
            AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
            UnprocessableEntityError (422), RateLimitError (429), ServerError (5xx), else NovuAPIError.
        errors.UnexpectedStatus: If the server returns a success status this operation does not document.
        errors.UnexpectedResponseError: If a documented success body does not match its schema.
        errors.NovuConnectionError: If no response arrives; errors.NovuTimeoutError if it timed out.

    Returns:
        ActivitiesResponseDto
    """

    kwargs = _get_kwargs(
        channels=channels,
        templates=templates,
        emails=emails,
        search=search,
        subscriber_ids=subscriber_ids,
        severity=severity,
        page=page,
        limit=limit,
        transaction_id=transaction_id,
        topic_key=topic_key,
        subscription_id=subscription_id,
        context_keys=context_keys,
        after=after,
        before=before,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise errors.transport_error(exc.request, exc) from exc

    return _parse_success(response)
