"""The report as published: the body that becomes the catalogue document, and the standalone page."""

from django.template.loader import render_to_string

from ..models import AnnualReport
from ..selectors.report import report_sections


def report_body_html(report: AnnualReport) -> str:
    return render_to_string("reports/_body.html", {"report": report, "s": report_sections(report)})


def report_print_html(report: AnnualReport) -> str:
    return render_to_string("reports/pdf.html", {"report": report, "s": report_sections(report)})
