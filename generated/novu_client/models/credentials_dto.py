from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials_dto_tls_options import CredentialsDtoTlsOptions


T = TypeVar("T", bound="CredentialsDto")


@_attrs_define
class CredentialsDto:
    """
    Attributes:
        app_io_base_url (str | Unset):
        access_key (str | Unset):
        account_sid (str | Unset):
        alert_uid (str | Unset):
        api_key (str | Unset):
        api_key_request_header (str | Unset):
        api_token (str | Unset):
        app_sid (str | Unset):
        application_id (str | Unset):
        authenticate_by_token (bool | Unset):
        authentication_token_key (str | Unset):
        base_url (str | Unset):
        channel_id (str | Unset):
        client_id (str | Unset):
        date_path (str | Unset):
        domain (str | Unset):
        external_link (str | Unset):
        from_ (str | Unset):
        hmac (bool | Unset):
        host (str | Unset):
        id_path (str | Unset):
        ignore_tls (bool | Unset):
        image_url (str | Unset):
        instance_id (str | Unset):
        ip_pool_name (str | Unset):
        message_profile_id (str | Unset):
        password (str | Unset):
        phone_number_identification (str | Unset):
        port (str | Unset):
        project_name (str | Unset):
        redirect_url (str | Unset):
        region (str | Unset):
        require_tls (bool | Unset):
        secret_key (str | Unset):
        secret_key_request_header (str | Unset):
        secure (bool | Unset):
        sender_id (str | Unset):
        sender_name (str | Unset):
        service_account (str | Unset):
        state (str | Unset):
        tenant_id (str | Unset):
        title (str | Unset):
        tls_options (CredentialsDtoTlsOptions | Unset):
        token (str | Unset):
        user (str | Unset):
        webhook_url (str | Unset):
    """

    app_io_base_url: str | Unset = UNSET
    access_key: str | Unset = UNSET
    account_sid: str | Unset = UNSET
    alert_uid: str | Unset = UNSET
    api_key: str | Unset = UNSET
    api_key_request_header: str | Unset = UNSET
    api_token: str | Unset = UNSET
    app_sid: str | Unset = UNSET
    application_id: str | Unset = UNSET
    authenticate_by_token: bool | Unset = UNSET
    authentication_token_key: str | Unset = UNSET
    base_url: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    date_path: str | Unset = UNSET
    domain: str | Unset = UNSET
    external_link: str | Unset = UNSET
    from_: str | Unset = UNSET
    hmac: bool | Unset = UNSET
    host: str | Unset = UNSET
    id_path: str | Unset = UNSET
    ignore_tls: bool | Unset = UNSET
    image_url: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    ip_pool_name: str | Unset = UNSET
    message_profile_id: str | Unset = UNSET
    password: str | Unset = UNSET
    phone_number_identification: str | Unset = UNSET
    port: str | Unset = UNSET
    project_name: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    region: str | Unset = UNSET
    require_tls: bool | Unset = UNSET
    secret_key: str | Unset = UNSET
    secret_key_request_header: str | Unset = UNSET
    secure: bool | Unset = UNSET
    sender_id: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    service_account: str | Unset = UNSET
    state: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    title: str | Unset = UNSET
    tls_options: CredentialsDtoTlsOptions | Unset = UNSET
    token: str | Unset = UNSET
    user: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_io_base_url = self.app_io_base_url

        access_key = self.access_key

        account_sid = self.account_sid

        alert_uid = self.alert_uid

        api_key = self.api_key

        api_key_request_header = self.api_key_request_header

        api_token = self.api_token

        app_sid = self.app_sid

        application_id = self.application_id

        authenticate_by_token = self.authenticate_by_token

        authentication_token_key = self.authentication_token_key

        base_url = self.base_url

        channel_id = self.channel_id

        client_id = self.client_id

        date_path = self.date_path

        domain = self.domain

        external_link = self.external_link

        from_ = self.from_

        hmac = self.hmac

        host = self.host

        id_path = self.id_path

        ignore_tls = self.ignore_tls

        image_url = self.image_url

        instance_id = self.instance_id

        ip_pool_name = self.ip_pool_name

        message_profile_id = self.message_profile_id

        password = self.password

        phone_number_identification = self.phone_number_identification

        port = self.port

        project_name = self.project_name

        redirect_url = self.redirect_url

        region = self.region

        require_tls = self.require_tls

        secret_key = self.secret_key

        secret_key_request_header = self.secret_key_request_header

        secure = self.secure

        sender_id = self.sender_id

        sender_name = self.sender_name

        service_account = self.service_account

        state = self.state

        tenant_id = self.tenant_id

        title = self.title

        tls_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tls_options, Unset):
            tls_options = self.tls_options.to_dict()

        token = self.token

        user = self.user

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_io_base_url is not UNSET:
            field_dict["AppIOBaseUrl"] = app_io_base_url
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if account_sid is not UNSET:
            field_dict["accountSid"] = account_sid
        if alert_uid is not UNSET:
            field_dict["alertUid"] = alert_uid
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if api_key_request_header is not UNSET:
            field_dict["apiKeyRequestHeader"] = api_key_request_header
        if api_token is not UNSET:
            field_dict["apiToken"] = api_token
        if app_sid is not UNSET:
            field_dict["appSid"] = app_sid
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if authenticate_by_token is not UNSET:
            field_dict["authenticateByToken"] = authenticate_by_token
        if authentication_token_key is not UNSET:
            field_dict["authenticationTokenKey"] = authentication_token_key
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if date_path is not UNSET:
            field_dict["datePath"] = date_path
        if domain is not UNSET:
            field_dict["domain"] = domain
        if external_link is not UNSET:
            field_dict["externalLink"] = external_link
        if from_ is not UNSET:
            field_dict["from"] = from_
        if hmac is not UNSET:
            field_dict["hmac"] = hmac
        if host is not UNSET:
            field_dict["host"] = host
        if id_path is not UNSET:
            field_dict["idPath"] = id_path
        if ignore_tls is not UNSET:
            field_dict["ignoreTls"] = ignore_tls
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if ip_pool_name is not UNSET:
            field_dict["ipPoolName"] = ip_pool_name
        if message_profile_id is not UNSET:
            field_dict["messageProfileId"] = message_profile_id
        if password is not UNSET:
            field_dict["password"] = password
        if phone_number_identification is not UNSET:
            field_dict["phoneNumberIdentification"] = phone_number_identification
        if port is not UNSET:
            field_dict["port"] = port
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if region is not UNSET:
            field_dict["region"] = region
        if require_tls is not UNSET:
            field_dict["requireTls"] = require_tls
        if secret_key is not UNSET:
            field_dict["secretKey"] = secret_key
        if secret_key_request_header is not UNSET:
            field_dict["secretKeyRequestHeader"] = secret_key_request_header
        if secure is not UNSET:
            field_dict["secure"] = secure
        if sender_id is not UNSET:
            field_dict["senderId"] = sender_id
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if service_account is not UNSET:
            field_dict["serviceAccount"] = service_account
        if state is not UNSET:
            field_dict["state"] = state
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if title is not UNSET:
            field_dict["title"] = title
        if tls_options is not UNSET:
            field_dict["tlsOptions"] = tls_options
        if token is not UNSET:
            field_dict["token"] = token
        if user is not UNSET:
            field_dict["user"] = user
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credentials_dto_tls_options import CredentialsDtoTlsOptions  # noqa: PLC0415

        d = dict(src_dict)
        app_io_base_url = d.pop("AppIOBaseUrl", UNSET)

        access_key = d.pop("accessKey", UNSET)

        account_sid = d.pop("accountSid", UNSET)

        alert_uid = d.pop("alertUid", UNSET)

        api_key = d.pop("apiKey", UNSET)

        api_key_request_header = d.pop("apiKeyRequestHeader", UNSET)

        api_token = d.pop("apiToken", UNSET)

        app_sid = d.pop("appSid", UNSET)

        application_id = d.pop("applicationId", UNSET)

        authenticate_by_token = d.pop("authenticateByToken", UNSET)

        authentication_token_key = d.pop("authenticationTokenKey", UNSET)

        base_url = d.pop("baseUrl", UNSET)

        channel_id = d.pop("channelId", UNSET)

        client_id = d.pop("clientId", UNSET)

        date_path = d.pop("datePath", UNSET)

        domain = d.pop("domain", UNSET)

        external_link = d.pop("externalLink", UNSET)

        from_ = d.pop("from", UNSET)

        hmac = d.pop("hmac", UNSET)

        host = d.pop("host", UNSET)

        id_path = d.pop("idPath", UNSET)

        ignore_tls = d.pop("ignoreTls", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        instance_id = d.pop("instanceId", UNSET)

        ip_pool_name = d.pop("ipPoolName", UNSET)

        message_profile_id = d.pop("messageProfileId", UNSET)

        password = d.pop("password", UNSET)

        phone_number_identification = d.pop("phoneNumberIdentification", UNSET)

        port = d.pop("port", UNSET)

        project_name = d.pop("projectName", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        region = d.pop("region", UNSET)

        require_tls = d.pop("requireTls", UNSET)

        secret_key = d.pop("secretKey", UNSET)

        secret_key_request_header = d.pop("secretKeyRequestHeader", UNSET)

        secure = d.pop("secure", UNSET)

        sender_id = d.pop("senderId", UNSET)

        sender_name = d.pop("senderName", UNSET)

        service_account = d.pop("serviceAccount", UNSET)

        state = d.pop("state", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        title = d.pop("title", UNSET)

        _tls_options = d.pop("tlsOptions", UNSET)
        tls_options: CredentialsDtoTlsOptions | Unset
        if isinstance(_tls_options, Unset):
            tls_options = UNSET
        else:
            tls_options = CredentialsDtoTlsOptions.from_dict(_tls_options)

        token = d.pop("token", UNSET)

        user = d.pop("user", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        credentials_dto = cls(
            app_io_base_url=app_io_base_url,
            access_key=access_key,
            account_sid=account_sid,
            alert_uid=alert_uid,
            api_key=api_key,
            api_key_request_header=api_key_request_header,
            api_token=api_token,
            app_sid=app_sid,
            application_id=application_id,
            authenticate_by_token=authenticate_by_token,
            authentication_token_key=authentication_token_key,
            base_url=base_url,
            channel_id=channel_id,
            client_id=client_id,
            date_path=date_path,
            domain=domain,
            external_link=external_link,
            from_=from_,
            hmac=hmac,
            host=host,
            id_path=id_path,
            ignore_tls=ignore_tls,
            image_url=image_url,
            instance_id=instance_id,
            ip_pool_name=ip_pool_name,
            message_profile_id=message_profile_id,
            password=password,
            phone_number_identification=phone_number_identification,
            port=port,
            project_name=project_name,
            redirect_url=redirect_url,
            region=region,
            require_tls=require_tls,
            secret_key=secret_key,
            secret_key_request_header=secret_key_request_header,
            secure=secure,
            sender_id=sender_id,
            sender_name=sender_name,
            service_account=service_account,
            state=state,
            tenant_id=tenant_id,
            title=title,
            tls_options=tls_options,
            token=token,
            user=user,
            webhook_url=webhook_url,
        )

        credentials_dto.additional_properties = d
        return credentials_dto

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
