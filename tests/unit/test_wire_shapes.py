"""Wire shapes an upstream document got wrong, parsed through the generated operations.

Each payload is what Novu sends (the shape the legacy SDK's DTOs read and the contract cassettes
hold); each test fails on a spec with the defect: a member's `roles` as one string (fixed in
openapi/overlay.yaml), an activity notification's `channels` as a string and a job's `providerId`
as an object (both wrong in the 2024-06-30 document, right since 2025-02-17).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from novu_client import AuthenticatedClient
from novu_client.api.notifications import get_notification
from novu_client.api.organizations import list_organization_members

BASE_URL = "https://api.novu.test"

MEMBERS = {
    "data": [
        {
            "_id": "65f353c5a708a824f6131b13",
            "_organizationId": "65f1c1a29e3779b97f4ace02",
            "_userId": "65f1ff80daa66d2c7ddfc62c",
            "memberStatus": "active",
            "roles": ["admin"],
            "user": {"_id": "66ef633fdf1285a82f022e31", "email": "ada@acme.io", "firstName": "Ada", "lastName": "L"},
        },
        {
            "_id": "66e36cd2af9e72ebf5343212",
            "_organizationId": "65f1c1a29e3779b97f4ace02",
            "_userId": "66ef822e7d49ff61ae4caa46",
            "memberStatus": "invited",
            "roles": ["member", "owner"],  # "owner": a role the spec does not list yet
        },
    ]
}

NOTIFICATION = {
    "data": {
        "_id": "6621f82336ae31d6e46232bd",
        "_environmentId": "65f1e0913c6ef372fe954a17",
        "_organizationId": "65f1c1a29e3779b97f4ace02",
        "_subscriberId": "65fdb80fcdab8c75b918ca21",
        "transactionId": "b7c1f0d2-5e3a-4c8b-9f61-2a4d8e0c0000",
        "createdAt": "2024-05-21T20:20:20.740Z",
        "channels": ["email", "in_app"],
        "jobs": [
            {
                "_id": "662e0d7f0459be4c9d7aaaf1",
                "type": "email",
                "status": "completed",
                "providerId": "sendgrid",
                "digest": {"type": "regular"},
                "payload": {"firstName": "Ada"},
                "step": {
                    "_id": "664638379fb0d7380fab9b59",
                    "_templateId": "6615e2c76902a5612b49ba89",
                    "active": True,
                    "filters": [],
                },
                "executionDetails": [
                    {
                        "_id": "663a22dbd2054ac256932325",
                        "_jobId": "662e0d7f0459be4c9d7aaaf1",
                        "detail": "Message sent",
                        "isRetry": False,
                        "isTest": False,
                        "providerId": "sendgrid",
                        "source": "Internal",
                        "status": "Success",
                    }
                ],
            }
        ],
    }
}


def client_answering(body: dict[str, Any]) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})

    client = AuthenticatedClient(base_url=BASE_URL, token="k")
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler)))
    return client


def test_member_roles_are_a_list() -> None:
    from novu_client.models import MemberResponseDtoRolesItem

    members = list_organization_members.sync(client=client_answering(MEMBERS)).data
    assert members[0].roles == [MemberResponseDtoRolesItem.ADMIN]
    roles = members[1].roles
    assert isinstance(roles, list) and roles[0] is MemberResponseDtoRolesItem.MEMBER
    assert roles[1] == "owner" and isinstance(roles[1], MemberResponseDtoRolesItem) and not roles[1].is_known
    assert members[1].to_dict()["roles"] == ["member", "owner"]


def test_activity_notification_channels_are_a_list_of_step_types() -> None:
    from novu_client.models import StepTypeEnum

    notification = get_notification.sync("6621f82336ae31d6e46232bd", client=client_answering(NOTIFICATION)).data
    assert notification.channels == [StepTypeEnum.EMAIL, StepTypeEnum.IN_APP]
    assert all(type(channel) is StepTypeEnum for channel in notification.channels)


def test_job_and_execution_detail_provider_ids_are_strings() -> None:
    from novu_client.models import ProvidersIdEnum

    notification = get_notification.sync("6621f82336ae31d6e46232bd", client=client_answering(NOTIFICATION)).data
    job = notification.jobs[0]
    assert job.provider_id is ProvidersIdEnum.SENDGRID and job.provider_id == "sendgrid"
    assert job.execution_details[0].provider_id is ProvidersIdEnum.SENDGRID
    assert notification.to_dict()["jobs"][0]["providerId"] == "sendgrid"
