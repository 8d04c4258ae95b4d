"""DOCX and PDF of a letter, laid out after 《党政机关公文格式》(GB/T 9704): A4, 小标宋 title, 仿宋 三号 body.

DOCX names the fonts Chinese offices have (方正小标宋简体, 仿宋) so Word renders it as they expect, falling back to
their own substitutes; the PDF embeds Noto Serif CJK SC, which is what the server has.
"""

from django.template.loader import render_to_string
from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from gongkai.exports.docx import docx_bytes, docx_run, docx_style_font
from gongkai.exports.pdf import html_to_pdf

from .text import LetterContent

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋"
LATIN_FONT = "Times New Roman"
TITLE_PT = 22  # 二号
BODY_PT = 16  # 三号
LINE_PT = 28  # fixed line spacing, 22 lines a page as in GB/T 9704


def _paragraph(doc, text: str, *, align=None, indent: bool = False, font=BODY_FONT, size=BODY_PT, after=0):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(LINE_PT)
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent:
        fmt.first_line_indent = Pt(size * 2)  # two characters
    docx_run(p, text, east_asia=font, latin=LATIN_FONT, size=size, bold=False)
    return p


def letter_docx(content: LetterContent) -> bytes:
    doc = DocxDocument()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    docx_style_font(normal, east_asia=BODY_FONT, latin=LATIN_FONT, size=BODY_PT)
    title = _paragraph(
        doc, content.title, align=WD_ALIGN_PARAGRAPH.CENTER, font=TITLE_FONT, size=TITLE_PT, after=LINE_PT / 2
    )
    title.paragraph_format.line_spacing = Pt(36)
    _paragraph(doc, content.number, align=WD_ALIGN_PARAGRAPH.CENTER, after=LINE_PT)
    if content.salutation:
        _paragraph(doc, content.salutation)
    for text in content.paragraphs:
        _paragraph(doc, text, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _paragraph(doc, "")
    _paragraph(doc, content.signature, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, content.date_text, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return docx_bytes(doc)


def letter_html(content: LetterContent) -> str:
    # Autoescaped: the applicant's name and every handler-written text are data, never markup.
    return render_to_string("foi_letters/letter_pdf.html", {"letter": content})


def letter_pdf(content: LetterContent) -> bytes:
    return html_to_pdf(letter_html(content))
