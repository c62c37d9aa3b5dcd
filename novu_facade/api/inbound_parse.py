"""InboundParseApi: inbound email parsing."""

from __future__ import annotations

from novu_facade._core import Api, Call, Plan, endpoint


class InboundParseApi(Api):
    """Checks on the inbound-parse (reply to email) setup."""

    @endpoint
    def validate_mx_record_setup(self) -> Plan[bool]:
        """Whether the MX record of the inbound-parse domain is configured (False on an empty answer)."""
        body = yield Call("inbound_parse.get_mx_record_status")
        configured: bool = body.get("data", {}).get("mxRecordConfigured", False)
        return configured
