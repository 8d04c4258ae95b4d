from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "gongkai.core"
    verbose_name = "基础：部门、人员与审计"

    def ready(self):
        from .audit_codes import register

        register()  # this app's audit codes and their Chinese labels
