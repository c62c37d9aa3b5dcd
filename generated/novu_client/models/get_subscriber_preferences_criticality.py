from ..types import OpenStrEnum


class GetSubscriberPreferencesCriticality(OpenStrEnum):
    ALL = "all"
    CRITICAL = "critical"
    NONCRITICAL = "nonCritical"

    def __str__(self) -> str:
        return str(self.value)
