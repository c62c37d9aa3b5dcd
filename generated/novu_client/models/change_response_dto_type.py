from ..types import OpenStrEnum


class ChangeResponseDtoType(OpenStrEnum):
    DEFAULTLAYOUT = "DefaultLayout"
    FEED = "Feed"
    LAYOUT = "Layout"
    MESSAGETEMPLATE = "MessageTemplate"
    NOTIFICATIONGROUP = "NotificationGroup"
    NOTIFICATIONTEMPLATE = "NotificationTemplate"
    TRANSLATION = "Translation"
    TRANSLATIONGROUP = "TranslationGroup"

    def __str__(self) -> str:
        return str(self.value)
