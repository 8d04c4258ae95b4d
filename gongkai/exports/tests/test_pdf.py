"""HTML to PDF read back with pypdf: the Chinese text is there, control characters do not get in."""

import io

from pypdf import PdfReader

from gongkai.exports.pdf import html_to_pdf


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_has_the_chinese_text():
    pdf = html_to_pdf("<html><body><h1>政府信息公开申请答复书</h1><p>申请人：张三</p></body></html>")
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    assert "政府信息公开申请答复书" in text and "张三" in text


def test_control_and_direction_characters_are_removed_from_the_document():
    text = _text(html_to_pdf("<p>申请人：张\x1b三\u202e（甲）</p>"))
    assert "张三（甲）" in text and "\x1b" not in text and "\u202e" not in text
