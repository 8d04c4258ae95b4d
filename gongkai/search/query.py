"""Parsing what people type: terms, "quoted phrases", -exclusions. Nothing typed is ever passed on as
search-engine syntax: every term becomes our own token lookups and a substring check."""

import re
from dataclasses import dataclass, field

from .tokenizer import Lookup, normalize, term_lookup

# The documented limit: longer input is cut here, with a notice (the search box has the same maxlength).
MAX_QUERY_CHARS = 100
MAX_TERMS = 10

_CONTROL = re.compile(r"[\x00-\x1f\x7f\ufffd\ue000-\uf8ff]")
_TERMS = re.compile(r'(-?)"([^"]*)"?|(-?)“([^”]*)”?|(-?)「([^」]*)」?|(\S+)')


@dataclass
class ParsedQuery:
    text: str  # what was searched for, as typed (after cutting), for the search box
    lookups: list[Lookup] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)  # normalised substrings that must not occur
    notices: list[str] = field(default_factory=list)

    @property
    def terms(self) -> list[str]:
        return [lookup.term for lookup in self.lookups]


def parse_query(raw: str) -> ParsedQuery:
    raw = raw or ""
    parsed = ParsedQuery(text=raw.strip())
    if len(raw) > MAX_QUERY_CHARS:
        raw = raw[:MAX_QUERY_CHARS]
        parsed.text = raw.strip()
        parsed.notices.append(f"搜索词超过{MAX_QUERY_CHARS}个字符，已按前{MAX_QUERY_CHARS}个字符搜索。")
    text = normalize(_CONTROL.sub(" ", raw))
    ignored = False
    for match in _TERMS.finditer(text):
        sign, term = (
            next((match.group(i), match.group(i + 1)) for i in (1, 3, 5) if match.group(i + 1) is not None)
            if match.group(7) is None
            else ("", match.group(7))
        )
        if not sign and term.startswith("-") and len(term) > 1:
            sign, term = "-", term[1:]
        term = term.strip()
        if not term:
            continue
        lookup = term_lookup(term)
        if lookup.empty:
            ignored = True
            continue
        if sign:
            if term not in parsed.excluded:
                parsed.excluded.append(term)
        elif term not in parsed.terms:
            parsed.lookups.append(lookup)
    if len(parsed.lookups) > MAX_TERMS:
        parsed.lookups = parsed.lookups[:MAX_TERMS]
        parsed.notices.append(f"搜索词超过{MAX_TERMS}个，只按前{MAX_TERMS}个搜索。")
    if ignored:
        parsed.notices.append("已忽略只含标点符号的搜索词。")
    return parsed


_BRACKETS = (("〔", "〕"), ("[", "]"), ("(", ")"), ("（", "）"), ("【", "】"))


def number_variants(raw: str) -> list[str]:
    """A typed 发文字号 in each bracket style it may have been catalogued with."""
    text = normalize(raw.strip())
    return [text.replace("(", o).replace(")", c) for o, c in _BRACKETS] if text else []
