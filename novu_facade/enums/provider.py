"""Provider identifiers per channel and credential keys."""

from typing import Union

from novu_facade.enums.polyfill import StrEnum


class CredentialsKeyEnum(StrEnum):
    """Name of a provider credential."""

    API_KEY = "apiKey"
    USER = "user"
    SECRET_KEY = "secretKey"
    DOMAIN = "domain"
    PASSWORD = "password"
    HOST = "host"
    PORT = "port"
    SECURE = "secure"
    REGION = "region"
    ACCOUNT_SID = "accountSid"
    MESSAGE_PROFILE_ID = "messageProfileId"
    TOKEN = "token"
    FROM = "from"
    SENDER_NAME = "senderName"
    APPLICATION_ID = "applicationId"
    CLIENT_ID = "clientId"
    PROJECT_NAME = "projectName"
    SERVICE_ACCOUNT = "serviceAccount"
    BASE_URL = "baseUrl"
    WEBHOOK_URL = "webhookUrl"


class EmailProviderIdEnum(StrEnum):
    """Identifier of an email provider."""

    EMAILJS = "emailjs"
    MAILGUN = "mailgun"
    MAILJET = "mailjet"
    MANDRILL = "mandrill"
    CUSTOM_SMTP = "nodemailer"
    POSTMARK = "postmark"
    SENDGRID = "sendgrid"
    SENDINBLUE = "sendinblue"
    SES = "ses"
    NETCORE = "netcore"
    INFOBIP = "infobip-email"
    MAILERSEND = "mailersend"
    CLICKATELL = "clickatell"
    OUTLOOK365 = "outlook365"
    NOVU = "novu-email"


class SmsProviderIdEnum(StrEnum):
    """Identifier of an SMS provider."""

    NEXMO = "nexmo"
    PLIVO = "plivo"
    SMS77 = "sms77"
    SNS = "sns"
    TELNYX = "telnyx"
    TWILIO = "twilio"
    GUPSHUP = "gupshup"
    FIRETEXT = "firetext"
    INFOBIP = "infobip-sms"
    BURST_SMS = "burst-sms"
    CLICKATELL = "clickatell"


class ChatProviderIdEnum(StrEnum):
    """Identifier of a chat provider."""

    SLACK = "slack"
    DISCORD = "discord"
    MS_TEAMS = "msteams"


class PushProviderIdEnum(StrEnum):
    """Identifier of a push provider."""

    FCM = "fcm"
    APNS = "apns"
    EXPO = "expo"


class InAppProviderIdEnum(StrEnum):
    """Identifier of an in-app provider."""

    NOVU = "novu"


# typing.Union (not ``|``): kept identical to the legacy alias, also inside Optional[...]
ProviderIdEnum = Union[  # noqa: UP007
    SmsProviderIdEnum, PushProviderIdEnum, ChatProviderIdEnum, EmailProviderIdEnum, InAppProviderIdEnum
]
"""Any provider identifier, whatever its channel."""
