from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "gongkai.reports"
    verbose_name = "政府信息公开工作年度报告"

    def ready(self):
        from gongkai.core.web import navigation

        from . import rules

        navigation.register(
            label="年度报告", url_name="reports:index", order=60, visible_to=rules.has_reports_access
        )

        # A report follows its document back to draft when the review returns it.
        from gongkai.catalogue.services.review import review_workflow

        from .services import report_follow_document_return

        review_workflow.connect("return", effect=report_follow_document_return)
