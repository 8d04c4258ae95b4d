"""Rich text (正文) is stored sanitised: a fixed set of harmless tags, safe link schemes, nothing else."""

import html

import nh3

_TAGS = {
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "h2",
    "h3",
    "h4",
    "h5",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "a",
    "span",
    "div",
    "hr",
}
_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"}}


def sanitize_html(value: str) -> str:
    return nh3.clean(value or "", tags=_TAGS, attributes=_ATTRIBUTES, url_schemes={"http", "https", "mailto"})


def html_to_text(value: str) -> str:
    """Plain text of stored rich text, for checks and snippets."""
    spaced = (value or "").replace("</p>", "</p>\n").replace("<br>", "\n")
    return html.unescape(nh3.clean(spaced, tags=set()))


def text_to_html(value: str) -> str:
    """Plain paragraphs (as typed into a textarea without markup) to HTML paragraphs."""
    paragraphs = [p.strip() for p in (value or "").splitlines() if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
