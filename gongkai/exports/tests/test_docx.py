"""DOCX runs and styles read back with python-docx: w:eastAsia set, control characters cannot break it."""

import io

from docx import Document as DocxDocument
from docx.oxml.ns import qn

from gongkai.exports.docx import docx_bytes, docx_run, docx_style_font


def _reopen(document):
    return DocxDocument(io.BytesIO(docx_bytes(document)))


def test_a_run_carries_the_chinese_font_in_east_asia_and_the_latin_font_apart():
    doc = DocxDocument()
    docx_run(
        doc.add_paragraph(),
        "政府信息公开 2024",
        east_asia="仿宋",
        latin="Times New Roman",
        size=16,
        bold=True,
    )
    run = _reopen(doc).paragraphs[0].runs[0]
    fonts = run._element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "仿宋"
    assert run.font.name == "Times New Roman"
    assert run.font.size.pt == 16 and run.font.bold is True
    assert run.text == "政府信息公开 2024"


def test_without_a_latin_font_the_chinese_font_serves_both():
    doc = DocxDocument()
    docx_run(doc.add_paragraph(), "标题", east_asia="黑体")
    run = _reopen(doc).paragraphs[0].runs[0]
    assert run.font.name == "黑体"
    assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"


def test_a_style_gets_the_east_asia_font():
    doc = DocxDocument()
    docx_style_font(doc.styles["Normal"], east_asia="仿宋", latin="Times New Roman", size=16)
    normal = _reopen(doc).styles["Normal"]
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 16


def test_text_with_control_characters_is_written_without_them():
    # python-docx raises ValueError ("All strings must be XML compatible") on \x1b.
    doc = DocxDocument()
    docx_run(doc.add_paragraph(), "张\x1b三\x07\u202e", east_asia="仿宋")
    assert _reopen(doc).paragraphs[0].text == "张三"
