"""Helpers shared by the catalogue's staff forms (the cross-domain ones are in core.web.forms)."""

import re

from django import forms

from ..sanitize import text_to_html

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def rich_text(value: str) -> str:
    """Text typed without any markup becomes paragraphs; HTML is kept (the service sanitises it)."""
    value = (value or "").strip()
    return value if _TAG.search(value) else text_to_html(value)


def tree_label(name: str, depth: int) -> str:
    # Full-width spaces indent second-level entries inside a <select>, where no markup is possible.
    return "\u3000\u3000" * depth + name
