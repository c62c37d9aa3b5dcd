"""BlueprintApi: the ready-made workflow templates offered by Novu."""

from __future__ import annotations

from novu_facade._core import Api, Call, Plan, endpoint
from novu_facade.dto.blueprint import BlueprintDto, GroupedBlueprintDto


class BlueprintApi(Api):
    """Read Novu blueprints."""

    @endpoint
    def get_by_id(self, template_id: str) -> Plan[BlueprintDto]:
        """Fetch one blueprint.

        Args:
            template_id: Novu's id of the blueprint.
        """
        body = yield Call("blueprints.get_blueprint_by_id", template_id=template_id)
        return BlueprintDto.from_camel_case(body["data"])

    @endpoint
    def get_grouped_by_category(self) -> Plan[GroupedBlueprintDto]:
        """Blueprints sorted into their categories."""
        body = yield Call("blueprints.get_grouped_blueprints")
        return GroupedBlueprintDto.from_camel_case(body["data"])
