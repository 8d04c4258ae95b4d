from django.apps import AppConfig


class WorkdaysConfig(AppConfig):
    name = "gongkai.workdays"
    verbose_name = "工作日历"

    def ready(self):
        from .audit_codes import register

        register()  # this app's audit codes and their Chinese labels
