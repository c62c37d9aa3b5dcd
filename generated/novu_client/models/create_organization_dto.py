from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_organization_dto_job_title import CreateOrganizationDtoJobTitle
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_organization_dto_product_use_cases import CreateOrganizationDtoProductUseCases


T = TypeVar("T", bound="CreateOrganizationDto")


@_attrs_define
class CreateOrganizationDto:
    """
    Attributes:
        name (str):
        domain (str | Unset):
        job_title (CreateOrganizationDtoJobTitle | Unset):
        logo (str | Unset):
        product_use_cases (CreateOrganizationDtoProductUseCases | Unset):
    """

    name: str
    domain: str | Unset = UNSET
    job_title: CreateOrganizationDtoJobTitle | Unset = UNSET
    logo: str | Unset = UNSET
    product_use_cases: CreateOrganizationDtoProductUseCases | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        job_title: str | Unset = UNSET
        if not isinstance(self.job_title, Unset):
            job_title = self.job_title.value

        logo = self.logo

        product_use_cases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_use_cases, Unset):
            product_use_cases = self.product_use_cases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if logo is not UNSET:
            field_dict["logo"] = logo
        if product_use_cases is not UNSET:
            field_dict["productUseCases"] = product_use_cases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_organization_dto_product_use_cases import CreateOrganizationDtoProductUseCases  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        domain = d.pop("domain", UNSET)

        _job_title = d.pop("jobTitle", UNSET)
        job_title: CreateOrganizationDtoJobTitle | Unset
        if isinstance(_job_title, Unset):
            job_title = UNSET
        else:
            job_title = CreateOrganizationDtoJobTitle.from_wire(_job_title)

        logo = d.pop("logo", UNSET)

        _product_use_cases = d.pop("productUseCases", UNSET)
        product_use_cases: CreateOrganizationDtoProductUseCases | Unset
        if isinstance(_product_use_cases, Unset):
            product_use_cases = UNSET
        else:
            product_use_cases = CreateOrganizationDtoProductUseCases.from_dict(_product_use_cases)

        create_organization_dto = cls(
            name=name,
            domain=domain,
            job_title=job_title,
            logo=logo,
            product_use_cases=product_use_cases,
        )

        create_organization_dto.additional_properties = d
        return create_organization_dto

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
