from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "gongkai.reports"
    verbose_name = "政府信息公开工作年度报告"

    def ready(self):
        from .audit_codes import register

        register()  # this app's audit codes and their Chinese labels
