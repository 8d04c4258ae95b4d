# ruff: noqa: S608 - ids travel as parameters.
"""Search hits: what a result line shows, read by each kind's source and highlighted on the original text.

Building model instances for 20 hits cost more than the search itself, so a source answers with plain
values and a hit carries a small read-only record of what the result list and the JSON endpoint show.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.utils.safestring import SafeString

from . import registry
from .highlight import highlight, snippet


@dataclass(frozen=True)
class Issuer:
    pk: int
    name: str


@dataclass(frozen=True)
class HitRecord:
    pk: int  # the object's id within its kind
    title: str
    index_no: str
    doc_no: str
    published_at: datetime | None
    state: str
    validity: str
    issuer: Issuer
    state_label: str = ""
    validity_label: str = ""

    def get_state_display(self) -> str:
        return self.state_label or self.state

    def get_validity_display(self) -> str:
        return self.validity_label or self.validity


HitDocument = HitRecord  # the name when every hit was a document


@dataclass
class Hit:
    document: HitRecord  # the object found (a document or another kind; the name is kept for callers)
    title: SafeString  # HTML, escaped, with <mark>
    snippet: SafeString
    key: int = 0  # the index key: unique across kinds (results.pinned_id is one)
    kind: str = "document"
    kind_label: str = ""
    _urls: tuple[Callable[[], str], Callable[[], str]] | None = field(default=None, repr=False)

    # Reversed only when shown: 20 reverse() calls would cost as much as the search.
    @property
    def url(self) -> str:
        return self._urls[0]() if self._urls else ""

    @property
    def staff_url(self) -> str:
        return self._urls[1]() if self._urls else ""


def _normalized(keys: list[int]) -> dict[int, tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, norm_title, norm_body FROM search_searchentry WHERE id IN ({', '.join(['%s'] * len(keys))})",
            keys,
        )
        return {row[0]: (row[1], row[2]) for row in cursor.fetchall()}


def hits_for(ids: list[int], terms: list[str]) -> list[Hit]:
    """Hits in the order of `ids` (index keys; objects that no longer exist are left out)."""
    if not ids:
        return []
    by_code: dict[int, list[int]] = {}
    for key in ids:
        code, pk = registry.split_key(key)
        by_code.setdefault(code, []).append(pk)
    found = {}
    for code, pks in by_code.items():
        source = registry.source_for_code(code)
        if source is not None:
            for pk, values in source.hits(pks).items():
                found[registry.entry_key(code, pk)] = (source, values)
    normalized = _normalized([key for key in ids if key in found])
    hits = []
    for key in ids:
        if key not in found:
            continue
        source, v = found[key]
        norm_title, norm_body = normalized.get(key, ("", ""))
        title, body = v["title"], v["body"]
        # The index row holds these texts normalised; if it is stale (same length is the cheap check),
        # the texts are normalised here instead.
        fresh = len(norm_title or "") == len(title) and len(norm_body or "") == len(body)
        record = HitRecord(
            registry.split_key(key)[1], title, v["index_no"], v["doc_no"], v["published_at"], v["state"],
            v["validity"], Issuer(v["issuer_id"], v["issuer_name"]), v["state_label"], v["validity_label"],
        )  # fmt: skip
        hits.append(
            Hit(
                record,
                highlight(title, terms, normalized=norm_title if fresh else None),
                snippet(body, terms, fallback=v["fallback"], normalized=norm_body if fresh else None),
                key,
                source.kind,
                source.label,
                (v["url"], v["staff_url"]),
            )
        )
    return hits
