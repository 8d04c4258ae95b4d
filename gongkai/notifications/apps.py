from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "gongkai.notifications"
    verbose_name = "站内通知"

    def ready(self) -> None:
        from .registry import reminder_sources_autodiscover

        reminder_sources_autodiscover()
