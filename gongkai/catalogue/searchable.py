"""What of a document or an interpretation is searchable: a title, and a body of plain text (the search index
normalises and tokenises these; results are the substring matches of them)."""

import html
import re

_INLINE = re.compile(r"</?(?:a|b|strong|em|i|u|span|sub|sup|font|small|big)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def html_to_text(body: str) -> str:
    """Inline tags vanish (so 政府<b>信息</b> reads 政府信息); block tags become line breaks."""
    return html.unescape(_TAG.sub("\n", _INLINE.sub("", body or "")))


def document_text(
    *, title: str, index_no: str, doc_no: str, issuing_authority: str, keywords: str, summary: str, body: str
) -> tuple[str, str]:
    """(title, body) as shown to people; search matches substrings of these, highlights are placed in them.

    The prose comes first so that snippets show the summary and body; the numbers and metadata follow.
    """
    lines = [summary, html_to_text(body), keywords, issuing_authority, doc_no, index_no]
    return title, "\n".join(line for line in lines if line)


TEXT_FIELDS = ("title", "index_no", "doc_no", "issuing_authority", "keywords", "summary", "body")
INTERPRETATION_TEXT_FIELDS = (
    "title",
    "author",
    "background",
    "objectives",
    "main_content",
    "scope",
    "standards",
    "notes",
    "differences",
    "body",
)


def interpretation_text(*, title: str, author: str, body: str, **sections: str) -> tuple[str, str]:
    """(title, body): the sections in page order, the free text or Q&A, then who interpreted."""
    lines = [*sections.values(), html_to_text(body), author]
    return title, "\n".join(line for line in lines if line)
