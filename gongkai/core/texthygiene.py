"""The one cleaning rule for text a person enters (public forms, staff forms, imports).

Refused: control characters other than newline and tab (a carriage return is turned into a newline, since
browsers send CR LF), the invisible bidirectional controls (embeddings, overrides, isolates and the
LRM/RLM/ALM marks: no Chinese or Latin text needs them, and they make text display in an order other than
the one stored, e.g. a file name or a number shown reversed), lone surrogates and the non-characters
U+FFFE/U+FFFF. Such characters cannot be stored in an XML document (DOCX, XLSX) and are never typed on
purpose: they come from copying out of other software. Refusal rather than silent removal, so the person
sees what happened; `text_strip` is the writers' second line of defence for text stored before the rule.

Pure functions, no Django.
"""

from __future__ import annotations

import re

__all__ = ["newlines_normalise", "text_problem", "text_strip", "unsafe_characters"]

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 except \t \n and \r (normalised first)
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE_RE = re.compile(f"[{_CONTROLS}{_BIDI}\ud800-\udfff\ufffe\uffff]")
_NEWLINE_RE = re.compile(r"\r\n?")


def newlines_normalise(text: str) -> str:
    """CR LF and a lone CR become LF."""
    return _NEWLINE_RE.sub("\n", text)


def unsafe_characters(text: str) -> list[str]:
    """The distinct refused characters in ``text`` (after newline normalisation), in order of appearance."""
    return list(dict.fromkeys(_UNSAFE_RE.findall(newlines_normalise(text))))


def _describe(char: str) -> str:
    kind = "文字方向控制字符" if re.fullmatch(f"[{_BIDI}]", char) else "控制字符"
    return f"{kind} U+{ord(char):04X}"


def text_problem(text: str, *, label: str) -> str | None:
    """The Chinese refusal for ``text`` naming the field ``label``, or None when the text is acceptable."""
    found = unsafe_characters(text)
    if not found:
        return None
    shown = "、".join(_describe(c) for c in found[:3]) + ("等" if len(found) > 3 else "")
    return f"{label}含有不可见的特殊字符（{shown}），通常是从其他软件复制时带入的，请删除后重新填写。"


def text_strip(text: str) -> str:
    """``text`` with newlines normalised and every refused character removed (for data stored earlier)."""
    return _UNSAFE_RE.sub("", newlines_normalise(text))
