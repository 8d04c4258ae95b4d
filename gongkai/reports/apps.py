from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "gongkai.reports"
    verbose_name = "政府信息公开工作年度报告"

    def ready(self):
        # A report follows its document back to draft when the review returns it.
        from gongkai.catalogue.services.review import review_workflow

        from .services import report_follow_document_return

        review_workflow.connect("return", effect=report_follow_document_return)
