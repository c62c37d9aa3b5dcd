from ..types import OpenStrEnum


class ExecutionDetailsResponseDtoChannel(OpenStrEnum):
    CHAT = "chat"
    CUSTOM = "custom"
    DELAY = "delay"
    DIGEST = "digest"
    EMAIL = "email"
    IN_APP = "in_app"
    PUSH = "push"
    SMS = "sms"
    TRIGGER = "trigger"

    def __str__(self) -> str:
        return str(self.value)
