"""A4 PDF of the report with the Noto CJK fonts (WeasyPrint)."""

from gongkai.exports.pdf import html_to_pdf

from ..models import AnnualReport
from .html import report_print_html


def report_pdf(report: AnnualReport) -> bytes:
    return html_to_pdf(report_print_html(report), presentational_hints=True)  # honours <col width>
