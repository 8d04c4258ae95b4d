"""A4 PDF of the report with the Noto CJK fonts (WeasyPrint)."""

from ..models import AnnualReport
from .html import report_print_html


def report_pdf(report: AnnualReport) -> bytes:
    from weasyprint import HTML  # imported late: loading Pango takes a moment

    return HTML(string=report_print_html(report)).write_pdf(presentational_hints=True)  # honours <col width>
