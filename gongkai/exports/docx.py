"""Word documents (python-docx) with Chinese fonts that Word actually uses.

python-docx's ``font.name`` sets only the Latin font (w:ascii, w:hAnsi); Word picks the font of Chinese text
from w:eastAsia, so without it Chinese falls back to whatever the reader's default is.
"""

from __future__ import annotations

from io import BytesIO

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.styles.style import CharacterStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from .cells import text_for_export

__all__ = ["docx_bytes", "docx_run", "docx_style_font"]


def _fonts(element, *, east_asia: str, latin: str | None, size: float | None, bold: bool | None, font):
    font.name = latin or east_asia
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)


def docx_run(
    paragraph: Paragraph,
    text: str,
    *,
    east_asia: str,
    latin: str | None = None,
    size: float | None = None,
    bold: bool | None = None,
) -> Run:
    """Add ``text`` as a run in ``east_asia`` (Chinese) and ``latin`` (default: the same) fonts. Characters
    that XML cannot hold are removed first: python-docx raises on them."""
    run = paragraph.add_run(text_for_export(text))
    _fonts(run._element, east_asia=east_asia, latin=latin, size=size, bold=bold, font=run.font)
    return run


def docx_style_font(
    style: CharacterStyle, *, east_asia: str, latin: str | None = None, size: float | None = None
) -> None:
    """Set a style's fonts (e.g. Normal) the same way."""
    _fonts(style.element, east_asia=east_asia, latin=latin, size=size, bold=None, font=style.font)


def docx_bytes(document: Document) -> bytes:
    buf = BytesIO()
    document.save(buf)
    return buf.getvalue()
