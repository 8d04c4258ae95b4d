"""The report as a Word document: headings, paragraphs, and the tables with merged cells and notes."""

from docx import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from gongkai.exports.docx import docx_bytes, docx_run

from ..models import AnnualReport
from ..selectors.report import report_sections

FONT = "宋体"
HEADING_FONT = "黑体"


def _para(doc, text, *, size=12, bold=False, font=FONT, indent=True, align=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    docx_run(p, text, east_asia=font, size=size, bold=bold)
    return p


def _table(doc, grid):
    _para(
        doc,
        grid.caption,
        size=10.5,
        bold=True,
        font=HEADING_FONT,
        indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    table = doc.add_table(rows=grid.row_count, cols=grid.width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, c, cell, is_header in grid.positioned():
        target = table.cell(r, c)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
        target.text = ""
        p = target.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if is_header or cell.numeric else WD_ALIGN_PARAGRAPH.LEFT
        docx_run(
            p,
            cell.text,
            east_asia=HEADING_FONT if is_header else FONT,
            size=8 if grid.width > 4 else 10,
            bold=is_header,
        )
    if grid.note:
        _para(doc, f"注：{grid.note}", size=9, indent=False)


def report_docx(report: AnnualReport) -> bytes:
    s = report_sections(report)
    doc = DocxDocument()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(2.2)
    _para(
        doc, s["title"], size=18, bold=True, font=HEADING_FONT, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    _para(
        doc,
        f"本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》"
        f"（{s['format'].NAME}）编制。报告所列数据的统计期限自{report.year}年1月1日起至{report.year}年12月31日止。",
    )

    def heading(text):
        _para(doc, text, size=14, bold=True, font=HEADING_FONT, indent=False)

    def text_block(text):
        for line in (text or "").splitlines():
            if line.strip():
                _para(doc, line.strip())

    heading(s["headings"]["overview"])
    for label, text in s["overview"]:
        _para(doc, label, bold=True, font=HEADING_FONT)
        text_block(text)
    for key in ("table2", "table3", "table4"):
        heading(s["headings"][key])
        _table(doc, s["grids"][key])
    heading(s["headings"]["problems"])
    text_block(s["problems_text"])
    heading(s["headings"]["other"])
    text_block(s["other_text"] or "无。")
    return docx_bytes(doc)
