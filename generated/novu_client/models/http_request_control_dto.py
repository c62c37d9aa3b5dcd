from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method_enum import HttpMethodEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_request_control_dto_response_body_schema import HttpRequestControlDtoResponseBodySchema
    from ..models.http_request_key_value_pair_dto import HttpRequestKeyValuePairDto


T = TypeVar("T", bound="HttpRequestControlDto")


@_attrs_define
class HttpRequestControlDto:
    """
    Attributes:
        method (HttpMethodEnum):
        url (str):
        body (list[HttpRequestKeyValuePairDto] | Unset):
        continue_on_failure (bool | Unset):
        enforce_schema_validation (bool | Unset):
        headers (list[HttpRequestKeyValuePairDto] | Unset):
        response_body_schema (HttpRequestControlDtoResponseBodySchema | Unset):
    """

    method: HttpMethodEnum
    url: str
    body: list[HttpRequestKeyValuePairDto] | Unset = UNSET
    continue_on_failure: bool | Unset = UNSET
    enforce_schema_validation: bool | Unset = UNSET
    headers: list[HttpRequestKeyValuePairDto] | Unset = UNSET
    response_body_schema: HttpRequestControlDtoResponseBodySchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        url = self.url

        body: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = []
            for body_item_data in self.body:
                body_item = body_item_data.to_dict()
                body.append(body_item)

        continue_on_failure = self.continue_on_failure

        enforce_schema_validation = self.enforce_schema_validation

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        response_body_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_body_schema, Unset):
            response_body_schema = self.response_body_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "url": url,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if continue_on_failure is not UNSET:
            field_dict["continueOnFailure"] = continue_on_failure
        if enforce_schema_validation is not UNSET:
            field_dict["enforceSchemaValidation"] = enforce_schema_validation
        if headers is not UNSET:
            field_dict["headers"] = headers
        if response_body_schema is not UNSET:
            field_dict["responseBodySchema"] = response_body_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.http_request_control_dto_response_body_schema import HttpRequestControlDtoResponseBodySchema  # noqa: PLC0415
        from ..models.http_request_key_value_pair_dto import HttpRequestKeyValuePairDto  # noqa: PLC0415

        d = dict(src_dict)
        method = HttpMethodEnum.from_wire(d.pop("method"))

        url = d.pop("url")

        _body = d.pop("body", UNSET)
        body: list[HttpRequestKeyValuePairDto] | Unset = UNSET
        if _body is not UNSET:
            body = []
            for body_item_data in _body:
                body_item = HttpRequestKeyValuePairDto.from_dict(body_item_data)

                body.append(body_item)

        continue_on_failure = d.pop("continueOnFailure", UNSET)

        enforce_schema_validation = d.pop("enforceSchemaValidation", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: list[HttpRequestKeyValuePairDto] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = HttpRequestKeyValuePairDto.from_dict(headers_item_data)

                headers.append(headers_item)

        _response_body_schema = d.pop("responseBodySchema", UNSET)
        response_body_schema: HttpRequestControlDtoResponseBodySchema | Unset
        if isinstance(_response_body_schema, Unset):
            response_body_schema = UNSET
        else:
            response_body_schema = HttpRequestControlDtoResponseBodySchema.from_dict(_response_body_schema)

        http_request_control_dto = cls(
            method=method,
            url=url,
            body=body,
            continue_on_failure=continue_on_failure,
            enforce_schema_validation=enforce_schema_validation,
            headers=headers,
            response_body_schema=response_body_schema,
        )

        http_request_control_dto.additional_properties = d
        return http_request_control_dto

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
