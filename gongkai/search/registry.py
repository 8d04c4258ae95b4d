"""The kinds of public things the search index holds, each registered by the app that owns it.

An app lists its sources in a `search_sources.py` module (a `SOURCES` sequence), found when the search app
is ready; the app imports nothing from search. A source is any object with the attributes of `Source`
below. The index keys a row by (kind, object id), packed into one integer: `code × 2**28 + object id`, so
documents (code 0) keep their document id as key and existing index rows stay valid.
"""

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol

from django.db import models

from gongkai.core.discovery import app_submodules

KEY_BITS = 28
MAX_CODE = 15  # four bits: rank_key keeps the day above bit 32 (see services.rank_key)


class Source(Protocol):
    kind: str  # English identifier, stored in the index rows
    label: str  # what people read beside a result, e.g. 政策解读
    code: int  # 0–15, fixed for ever once rows exist
    model: type[models.Model]  # changes announced for this model (and its deletions) reach the index

    def fetch(self, pks: list[int]) -> list[dict]:
        """Database values of these objects (each with "pk"): picklable, read by the inserting process."""

    def entry(self, values: dict) -> dict:
        """Pure, from fetch's values (run in worker processes during rebuilds): title, body (the searchable
        texts), public, department_id (who sees it unpublished), published_at, sort_at (recency), and the
        facet values subject_id, genre, validity (None or "" for kinds without them)."""

    def recency(self) -> Iterable[tuple[int, datetime]]:
        """(pk, sort_at) of every object, for the order of a rebuild."""

    def changed_since(self, when: datetime) -> Iterable[int]:
        """Objects changed at or after `when` (a rebuild catches up with them at its end)."""

    def hits(self, pks: list[int]) -> dict[int, tuple]:
        """What a result line shows, per existing pk, as hit_values below (missing pks are left out)."""

    def state_label(self, state: str) -> str: ...

    def validity_label(self, validity: str) -> str: ...

    def hit_url(self, pk: int, extra, *, staff: bool) -> str:
        """The public page (or with `staff`, the staff page) of a hit; `extra` as hit_values gave it."""


# hit_values: (pk, title, body (as indexed), fallback (a callable: the snippet without a match), index_no,
# doc_no, published_at, state, validity, (issuer id, issuer name), extra). A source may give, instead of
# hits(), hit_sql(pks) -> (sql, params) with the object id first and hit_values(row): the search app then
# joins its normalised texts to that statement, one query for the whole page.
# Optional attributes of a source (only documents have them today):
#   facets: names of its own facets beyond issuer and year, e.g. ("column", "subject", "genre", "validity")
#   pinned(raw: str, variants: list[str]) -> int | None  an exact number puts that object first
#   memberships: {facet: (table, object column, value column)}  many-to-many facets (栏目)
#   expand_filter(name, value) -> list[int]  a filter value and the values below it (a column's subtree)
#   read_filter(name, raw: str) -> value or None  a filter from a query string, None when malformed
#   facet_labels(name, values) -> {value: label}

_sources: dict[str, Any] = {}


def register(source) -> None:
    if not 0 <= source.code <= MAX_CODE:
        raise ValueError(f"检索来源 {source.kind} 的编号须在 0–{MAX_CODE} 之间")
    for other in _sources.values():
        if other.kind != source.kind and other.code == source.code:
            raise ValueError(f"检索来源 {source.kind} 与 {other.kind} 的编号相同")
    _sources[source.kind] = source


def discover() -> None:
    """Register the SOURCES of every installed app's search_sources module."""
    for _config, module in app_submodules("search_sources"):
        for source in getattr(module, "SOURCES", ()):
            register(source)


def sources() -> Sequence:
    return sorted(_sources.values(), key=lambda s: s.code)


def source(kind: str):
    return _sources[kind]


def source_for_model(model: type[models.Model]):
    return next((s for s in _sources.values() if s.model is model), None)


def source_for_code(code: int):
    return next((s for s in _sources.values() if s.code == code), None)


def with_attribute(name: str) -> list:
    return [s for s in sources() if hasattr(s, name)]


def entry_key(code: int, pk: int) -> int:
    if not 0 < pk < 2**KEY_BITS:
        raise ValueError(f"检索索引只支持编号小于 {2**KEY_BITS} 的对象（{pk}）")
    return (code << KEY_BITS) | pk


def key_base(code: int) -> int:
    """The smallest index key of a kind: its keys are key_base(code) + object id."""
    return code << KEY_BITS


def split_key(key: int) -> tuple[int, int]:
    """(code, object id) of an index key."""
    return key >> KEY_BITS, key & (2**KEY_BITS - 1)


def facet_source(name: str):
    """The source with this kind-specific facet (its other kinds carry empty values), or None."""
    return next((s for s in sources() if name in getattr(s, "facets", ())), None)
