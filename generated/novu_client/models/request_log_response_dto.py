from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_log_response_dto_transaction_id_type_0 import RequestLogResponseDtoTransactionIdType0


T = TypeVar("T", bound="RequestLogResponseDto")


@_attrs_define
class RequestLogResponseDto:
    """
    Attributes:
        auth_type (str):
        created_at (str):
        duration_ms (float):
        environment_id (str):
        hostname (str):
        id (str):
        ip (str):
        method (str):
        organization_id (str):
        path (str):
        request_body (str):
        response_body (str):
        status_code (float):
        url (str):
        url_pattern (str):
        user_agent (str):
        user_id (str):
        transaction_id (None | RequestLogResponseDtoTransactionIdType0 | Unset):
    """

    auth_type: str
    created_at: str
    duration_ms: float
    environment_id: str
    hostname: str
    id: str
    ip: str
    method: str
    organization_id: str
    path: str
    request_body: str
    response_body: str
    status_code: float
    url: str
    url_pattern: str
    user_agent: str
    user_id: str
    transaction_id: None | RequestLogResponseDtoTransactionIdType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.request_log_response_dto_transaction_id_type_0 import RequestLogResponseDtoTransactionIdType0  # noqa: PLC0415

        auth_type = self.auth_type

        created_at = self.created_at

        duration_ms = self.duration_ms

        environment_id = self.environment_id

        hostname = self.hostname

        id = self.id

        ip = self.ip

        method = self.method

        organization_id = self.organization_id

        path = self.path

        request_body = self.request_body

        response_body = self.response_body

        status_code = self.status_code

        url = self.url

        url_pattern = self.url_pattern

        user_agent = self.user_agent

        user_id = self.user_id

        transaction_id: dict[str, Any] | None | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        elif isinstance(self.transaction_id, RequestLogResponseDtoTransactionIdType0):
            transaction_id = self.transaction_id.to_dict()
        else:
            transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authType": auth_type,
                "createdAt": created_at,
                "durationMs": duration_ms,
                "environmentId": environment_id,
                "hostname": hostname,
                "id": id,
                "ip": ip,
                "method": method,
                "organizationId": organization_id,
                "path": path,
                "requestBody": request_body,
                "responseBody": response_body,
                "statusCode": status_code,
                "url": url,
                "urlPattern": url_pattern,
                "userAgent": user_agent,
                "userId": user_id,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_log_response_dto_transaction_id_type_0 import RequestLogResponseDtoTransactionIdType0  # noqa: PLC0415

        d = dict(src_dict)
        auth_type = d.pop("authType")

        created_at = d.pop("createdAt")

        duration_ms = d.pop("durationMs")

        environment_id = d.pop("environmentId")

        hostname = d.pop("hostname")

        id = d.pop("id")

        ip = d.pop("ip")

        method = d.pop("method")

        organization_id = d.pop("organizationId")

        path = d.pop("path")

        request_body = d.pop("requestBody")

        response_body = d.pop("responseBody")

        status_code = d.pop("statusCode")

        url = d.pop("url")

        url_pattern = d.pop("urlPattern")

        user_agent = d.pop("userAgent")

        user_id = d.pop("userId")

        def _parse_transaction_id(data: object) -> None | RequestLogResponseDtoTransactionIdType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transaction_id_type_0 = RequestLogResponseDtoTransactionIdType0.from_dict(data)

                return transaction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestLogResponseDtoTransactionIdType0 | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transactionId", UNSET))

        request_log_response_dto = cls(
            auth_type=auth_type,
            created_at=created_at,
            duration_ms=duration_ms,
            environment_id=environment_id,
            hostname=hostname,
            id=id,
            ip=ip,
            method=method,
            organization_id=organization_id,
            path=path,
            request_body=request_body,
            response_body=response_body,
            status_code=status_code,
            url=url,
            url_pattern=url_pattern,
            user_agent=user_agent,
            user_id=user_id,
            transaction_id=transaction_id,
        )

        request_log_response_dto.additional_properties = d
        return request_log_response_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
