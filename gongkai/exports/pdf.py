"""HTML to PDF with WeasyPrint (the server's Noto CJK fonts, subset by HarfBuzz)."""

from __future__ import annotations

from .cells import text_for_export

__all__ = ["html_to_pdf"]


def html_to_pdf(html: str, *, presentational_hints: bool = False) -> bytes:
    """``presentational_hints`` honours HTML attributes such as <col width>. The refused characters are
    removed from the whole document: markup never holds them, and text stored earlier may."""
    from weasyprint import HTML  # imported late: loading Pango costs time that only PDF output needs

    return HTML(string=text_for_export(html)).write_pdf(presentational_hints=presentational_hints)
