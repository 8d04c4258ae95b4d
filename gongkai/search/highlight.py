"""Highlights on the original text. Normalisation keeps positions, so matches found in the normalised text
are cut from the original; every piece is escaped before <mark> is added."""

from collections.abc import Callable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .tokenizer import normalize

SNIPPET_CHARS = 120
_BEFORE = 30


def match_spans(normalized: str, terms: list[str]) -> list[tuple[int, int]]:
    spans = []
    for term in terms:
        start = normalized.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = normalized.find(term, start + 1)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _render(text: str, spans, offset: int = 0) -> str:
    out, position = [], offset
    for start, end in spans:
        out.append(escape(text[position - offset : start - offset]))
        out.append("<mark>" + escape(text[start - offset : end - offset]) + "</mark>")
        position = end
    out.append(escape(text[position - offset :]))
    return "".join(out)


def highlight(text: str, terms: list[str], *, normalized: str | None = None) -> SafeString:
    """`normalized`: normalize(text), when the caller has it already."""
    normalized = normalize(text) if normalized is None else normalized
    return mark_safe(_render(text, match_spans(normalized, terms)))  # noqa: S308 - pieces escaped


def snippet(
    text: str, terms: list[str], *, fallback: str | Callable[[], str] = "", normalized: str | None = None
) -> SafeString:
    """About SNIPPET_CHARS characters around the first match, matches marked; `fallback` (or what it returns)
    when none."""
    normalized = normalize(text) if normalized is None else normalized
    spans = match_spans(normalized, terms)
    if not spans:
        plain = " ".join((fallback() if callable(fallback) else fallback).split())
        return mark_safe(escape(plain[:SNIPPET_CHARS]) + ("…" if len(plain) > SNIPPET_CHARS else ""))  # noqa: S308
    start = max(0, spans[0][0] - _BEFORE)
    end = min(len(text), start + SNIPPET_CHARS)
    inside = [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
    body = _render(text[start:end], inside, offset=start)
    body = " ".join(body.split())
    return mark_safe(("…" if start else "") + body + ("…" if end < len(text) else ""))  # noqa: S308
