from enum import StrEnum


class ChangeResponseDtoType(StrEnum):
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
