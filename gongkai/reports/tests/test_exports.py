"""The exports carry the computed figures: XLSX read back cell by cell, PDF text, DOCX merged cells."""

import io

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from gongkai.conftest import ARTIFACTS
from gongkai.reports import services
from gongkai.reports.choices import ReportScope
from gongkai.reports.exports.docx import report_docx
from gongkai.reports.exports.html import report_body_html
from gongkai.reports.exports.pdf import report_pdf
from gongkai.reports.exports.xlsx import report_xlsx
from gongkai.reports.formats import format_2021 as fmt

from .test_tables import scenario
from .test_workflow import INPUTS, NOW


@pytest.fixture
def report(org, make_application, make_remedy):
    scenario(org, make_application, make_remedy)
    report = services.report_generate(
        actor=org.office, scope=ReportScope.DEPARTMENT, department=org.edu, year=2024, now=NOW
    )
    return services.report_update(actor=org.office, report=report, data=INPUTS | {"fee_amount": "12.5"})


def test_xlsx_table_3_cells_equal_the_computed_table(report):
    wb = load_workbook(io.BytesIO(report_xlsx(report)))
    ws = wb["表三 依申请公开"]
    t = report.tables["table3"]
    # Title row, three header rows, then one sheet row per table row; figures in columns D..J.
    for i, key in enumerate(fmt.ROWS):
        assert [ws.cell(row=5 + i, column=4 + j).value for j in range(7)] == [t[key][c] for c in fmt.COLUMNS]
    assert ws.cell(row=5, column=1).value == fmt.ROW_LABELS["new"]
    assert ws.cell(row=2, column=4).value == "申请人情况"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A2:C4" in merged and "D2:J2" in merged and "E3:I3" in merged and "A7:A28" in merged
    assert ws.cell(row=5 + len(fmt.ROWS) + 1, column=1).value.startswith("注：")
    ws2 = wb["表二 主动公开"]
    values = [c.value for r in ws2.iter_rows() for c in r]
    assert 120 in values and 12.5 in values
    ws4 = wb["表四 复议诉讼"]
    assert [ws4.cell(row=5, column=c).value for c in range(1, 16)] == [
        1,
        0,
        0,
        1,
        2,
        0,
        1,
        0,
        1,
        2,
        0,
        0,
        0,
        0,
        0,
    ]


def test_pdf_has_the_title_captions_and_invariant_note(report):
    pdf = report_pdf(report)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "annual-report.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    for needle in (
        "2024年政府信息公开工作年度报告",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "第二十条第（一）项",
        "结转下年度继续办理",
        "勾稽关系",
    ):
        assert needle in text.replace(" ", "").replace("\n", ""), needle
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4


def test_docx_has_merged_header_cells_and_the_figures(report):
    doc = DocxDocument(io.BytesIO(report_docx(report)))
    (ARTIFACTS / "annual-report.docx").write_bytes(report_docx(report))
    table3 = doc.tables[1]
    assert table3.cell(0, 0)._tc is table3.cell(2, 2)._tc  # the corner note spans 3×3
    assert table3.cell(0, 3).text == "申请人情况" and table3.cell(0, 3)._tc is table3.cell(0, 9)._tc
    assert [table3.cell(3, c).text for c in range(3, 10)] == ["2", "0", "1", "0", "1", "1", "5"]
    texts = "\n".join(p.text for p in doc.paragraphs)
    assert "勾稽关系" in texts and "五、存在的主要问题及改进情况" in texts


def test_published_body_keeps_the_merged_cells_through_the_sanitiser(report):
    from gongkai.catalogue.sanitize import sanitize_html

    body = sanitize_html(report_body_html(report))
    assert 'colspan="7"' in body and 'rowspan="22"' in body and "本年新收政府信息公开申请数量" in body


def test_format_version_is_looked_up_not_assumed(report):
    from gongkai.reports.formats import get_format

    assert get_format(report.format_version) is fmt
    with pytest.raises(LookupError):
        get_format("2019")
