# ruff: noqa: S608 - ids travel as parameters.
"""Search hits: what a result line shows, read by each kind's source and highlighted on the original text.

Building model instances for 20 hits cost more than the search itself, so a source answers with a plain
tuple per object (registry.Source.hit_values) and a hit carries a small read-only record of what the result
list and the JSON endpoint show. Labels and links are asked of the source only when shown.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import connection
from django.utils.safestring import SafeString

from . import registry
from .highlight import highlight, snippet


@dataclass(frozen=True)
class Issuer:
    pk: int
    name: str


@dataclass(frozen=True, slots=True)
class HitRecord:
    pk: int  # the object's id within its kind
    title: str
    index_no: str
    doc_no: str
    published_at: datetime | None
    state: str
    validity: str
    issuer: Issuer
    source: Any = field(default=None, repr=False, compare=False)
    extra: Any = field(default=None, repr=False, compare=False)  # what the source needs for its links

    def get_state_display(self) -> str:
        return self.source.state_label(self.state) if self.source else self.state

    def get_validity_display(self) -> str:
        return self.source.validity_label(self.validity) if self.source else self.validity


HitDocument = HitRecord  # the name when every hit was a document


@dataclass(slots=True)
class Hit:
    document: HitRecord  # the object found (a document or another kind; the name is kept for callers)
    title: SafeString  # HTML, escaped, with <mark>
    snippet: SafeString
    key: int = 0  # the index key: unique across kinds (results.pinned_id is one)

    @property
    def kind(self) -> str:
        return self.document.source.kind

    @property
    def kind_label(self) -> str:
        return self.document.source.label

    # Reversed only when shown: 20 reverse() calls would cost as much as the search.
    @property
    def url(self) -> str:
        return self.document.source.hit_url(self.document.pk, self.document.extra, staff=False)

    @property
    def staff_url(self) -> str:
        return self.document.source.hit_url(self.document.pk, self.document.extra, staff=True)


def _normalized(keys: list[int]) -> dict[int, tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, norm_title, norm_body FROM search_searchentry WHERE id IN ({', '.join(['%s'] * len(keys))})",
            keys,
        )
        return {row[0]: (row[1], row[2]) for row in cursor.fetchall()}


def _read(source, pks: list[int]) -> dict[int, tuple]:
    """{index key: (hit values, norm_title, norm_body)}, in one statement when the source gives its SQL."""
    base = registry.key_base(source.code)
    if not hasattr(source, "hit_sql"):
        values = source.hits(pks)
        normalized = _normalized([base + pk for pk in values]) if values else {}
        return {base + pk: (v, *normalized.get(base + pk, ("", ""))) for pk, v in values.items()}
    sql, params = source.hit_sql(pks)
    key = f"h.id + {base}" if base else "h.id"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT h.*, e.norm_title, e.norm_body FROM ({sql}) h LEFT JOIN search_searchentry e ON e.id = {key}",
            params,
        )
        rows = cursor.fetchall()
    hit_values = source.hit_values
    return {base + row[0]: (hit_values(row), row[-2], row[-1]) for row in rows}


def hits_for(ids: list[int], terms: list[str]) -> list[Hit]:
    """Hits in the order of `ids` (index keys; objects that no longer exist are left out)."""
    if not ids:
        return []
    by_code: dict[int, list[int]] = {}
    for key in ids:
        code, pk = registry.split_key(key)
        by_code.setdefault(code, []).append(pk)
    found, sources = {}, {}
    for code, pks in by_code.items():
        source = registry.source_for_code(code)
        if source is not None:
            sources[code] = source
            found.update(_read(source, pks))
    hits = []
    for key in ids:
        item = found.get(key)
        if item is None:
            continue
        (
            (pk, title, body, fallback, index_no, doc_no, published_at, state, validity, issuer, extra),
            nt,
            nb,
        ) = item
        # The index row holds these texts normalised; if it is stale (same length is the cheap check),
        # the texts are normalised here instead.
        fresh = len(nt or "") == len(title) and len(nb or "") == len(body)
        source = sources[key >> registry.KEY_BITS]
        record = HitRecord(
            pk, title, index_no, doc_no, published_at, state, validity, Issuer(*issuer), source, extra
        )
        hits.append(
            Hit(
                record,
                highlight(title, terms, normalized=nt if fresh else None),
                snippet(body, terms, fallback=fallback, normalized=nb if fresh else None),
                key,
            )
        )
    return hits
