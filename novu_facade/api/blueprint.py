"""BlueprintApi: the ready-made workflow templates offered by Novu."""

from __future__ import annotations

from novu_facade._core import Api
from novu_facade.dto.blueprint import BlueprintDto, GroupedBlueprintDto


class BlueprintApi(Api):
    """Read Novu blueprints."""

    def get_by_id(self, template_id: str) -> BlueprintDto:
        body = self._call("blueprints.get_blueprint_by_id", template_id=template_id)
        return BlueprintDto.from_camel_case(body["data"])

    def get_grouped_by_category(self) -> GroupedBlueprintDto:
        """Blueprints sorted into their categories."""
        return GroupedBlueprintDto.from_camel_case(self._call("blueprints.get_grouped_blueprints")["data"])
