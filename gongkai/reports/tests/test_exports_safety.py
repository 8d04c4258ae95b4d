"""Exports of a report against hostile text: a typed formula stays text in the workbook, and characters stored
before the text rule cannot make an export fail; the edit form refuses them."""

import io

import pytest
import time_machine
from docx import Document as DocxDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from gongkai.core.models import Department
from gongkai.reports.exports.docx import report_docx
from gongkai.reports.exports.pdf import report_pdf
from gongkai.reports.exports.xlsx import report_xlsx
from gongkai.reports.models import AnnualReport

from .test_exports import report  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def test_a_formula_typed_as_the_department_name_is_text_in_the_workbook(org, report):  # noqa: F811
    Department.objects.filter(pk=org.edu.pk).update(name="=1+1")
    report.department.refresh_from_db()
    wb = load_workbook(io.BytesIO(report_xlsx(report)))
    for ws in wb.worksheets:
        title = ws.cell(row=1, column=1)
        assert title.data_type == "s" and title.value.startswith("'=1+1")


def test_a_report_text_with_a_control_character_stored_earlier_still_exports(report):  # noqa: F811
    AnnualReport.objects.filter(pk=report.pk).update(
        problems_text="存在的主要问题\x1b：公开不及时\u202e", other_text="无\x07。"
    )
    report.refresh_from_db()
    doc = DocxDocument(io.BytesIO(report_docx(report)))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "存在的主要问题：公开不及时" in text and "无。" in text and "\x1b" not in text
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(report_pdf(report))).pages)
    assert "存在的主要问题：公开不及时" in pdf_text
    assert load_workbook(io.BytesIO(report_xlsx(report))).worksheets


def test_the_edit_form_refuses_a_control_character_naming_the_field_and_keeps_the_text(client, org):
    with time_machine.travel("2025-01-10 09:00 +0800", tick=False):
        client.force_login(org.edu_approver)
        client.post(
            "/staff/reports/generate/", {"year": 2024, "scope": "department", "department": org.edu.pk}
        )
        report = AnnualReport.objects.get()
        form = {f: "文字" for f in AnnualReport.TEXT_FIELDS} | {
            "licensing_count": "1",
            "penalty_count": "0",
            "coercion_count": "0",
            "fee_amount": "0",
            "problems_text": "问题\x1b一",
        }
        response = client.post(f"/staff/reports/{report.pk}/edit/", form)
        page = response.content.decode()
        label = AnnualReport._meta.get_field("problems_text").verbose_name
        assert response.status_code == 200
        assert f"“{label}”含有不可见的特殊字符（控制字符 U+001B）" in page
        assert "问题\x1b一" in page  # what was typed is shown again
        report.refresh_from_db()
        assert report.problems_text != "问题\x1b一"
