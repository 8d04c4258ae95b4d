# ruff: noqa: S608 - the SQL here is assembled from our own fragments; typed text only travels as parameters.
"""Search reads: query → ranked, filtered, paginated hits with highlights and facet counts.

Every term must match; a hit is exactly an indexed object (a document, an interpretation, …) whose title or
searchable body contains every term as a substring of the normalised text (see tokenizer), and none of the
excluded ones. Ids are index keys (registry.entry_key): for documents, the document id.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.db import connection

from . import registry
from .backends import backend_for
from .hits import Hit, hits_for
from .query import ParsedQuery, number_variants, parse_query
from .tokenizer import normalize

PER_PAGE = 20
MAX_PAGE = 500
COUNT_CAP = MAX_PAGE * PER_PAGE
# Facet counts cover at most this many matches (the newest); the page says so when there are more.
FACET_CAP = 2000
SORTS = ("relevance", "date")
FACETS = ("issuer", "year", "subject", "genre", "validity")


@dataclass(frozen=True)
class Scope:
    """Whose view: the public (published 主动公开 only), or staff with the departments they work in."""

    public_only: bool = True
    department_ids: tuple[int, ...] = ()
    everything: bool = False


PUBLIC = Scope()


def _expand(name: str, value) -> list[int]:
    """A filter value and those below it, from the source that has the facet (a column's subtree)."""
    return registry.facet_source(name).expand_filter(name, value)


@dataclass
class Filters:
    column: Any = None  # a catalogue Column (documents only)
    issuer_id: int | None = None
    year: int | None = None
    subject: Any = None  # a catalogue Subject (documents only)
    genre: str = ""
    validity: str = ""
    kind: str = ""  # one registered kind only, e.g. "interpretation"

    # A search builds its SQL several times (title tier, all matches, count, facets): look these up once.
    @cached_property
    def subject_ids(self) -> list[int]:
        return _expand("subject", self.subject) if self.subject else []

    @cached_property
    def column_ids(self) -> list[int]:
        return _expand("column", self.column) if self.column else []


@dataclass
class SearchResults:
    query: ParsedQuery
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = PER_PAGE
    facets: dict[str, Counter] = field(default_factory=dict)
    pinned_id: int | None = None
    total_capped: bool = False  # more than COUNT_CAP matches: total shows the cap

    @property
    def facets_sampled(self) -> bool:
        return self.total > FACET_CAP

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _where(
    parsed: ParsedQuery, *, scope: Scope, filters: Filters, backend, title_only: bool, public_done: bool
):
    """(conditions on the index row e, params), "" when there are none."""
    clauses, params = [], []

    def contains(term: str, title_only: bool = False) -> str:
        columns = ["e.norm_title"] if title_only else ["e.norm_title", "e.norm_body"]
        params.extend([term] * len(columns))
        return "(" + " OR ".join(backend.CONTAINS.format(column=c) for c in columns) + ")"

    if scope.department_ids and not scope.everything:
        marks = ", ".join(["%s"] * len(scope.department_ids))
        clauses.append(f"(e.is_public = %s OR e.issuer_id IN ({marks}))")
        params.extend([True, *scope.department_ids])
    elif _public_only(scope) and not public_done:
        clauses.append("e.is_public = %s")
        params.append(True)
    for lookup in parsed.lookups:
        if lookup.verify:
            clauses.append(contains(lookup.term, title_only))
    for term in parsed.excluded:
        clauses.append("NOT " + contains(term))
    for column, value in (
        ("e.issuer_id", filters.issuer_id),
        ("e.year", filters.year),
        ("e.genre", filters.genre),
        ("e.validity", filters.validity),
    ):
        if value:
            clauses.append(f"{column} = %s")
            params.append(value)
    if filters.subject:
        ids = filters.subject_ids
        clauses.append(f"e.subject_id IN ({', '.join(['%s'] * len(ids))})")
        params.extend(ids)
    if filters.column:
        clauses.append(_membership("column", filters.column_ids))
        params.extend(filters.column_ids)
    if filters.kind:
        source = next((s for s in registry.sources() if s.kind == filters.kind), None)
        code = source.code if source else registry.MAX_CODE + 1  # an unknown kind has no rows
        clauses.append("e.id >= %s AND e.id < %s")
        params.extend([registry.key_base(code), registry.key_base(code + 1)])
    return " AND ".join(clauses), params


def _object_id(source, key: str) -> str:
    """SQL for the object id in index key `key` (documents: the key itself, so indexes on it are used)."""
    return f"({key} - {registry.key_base(source.code)})" if source.code else key


def _membership(name: str, ids: list[int]) -> str:
    """Index rows of objects linked to any of `ids` through the source's many-to-many table (栏目)."""
    source = registry.facet_source(name)
    table, object_column, value_column = source.memberships[name]
    key = f"{object_column} + {registry.key_base(source.code)}" if source.code else object_column
    return f"e.id IN (SELECT {key} FROM {table} WHERE {value_column} IN ({', '.join(['%s'] * len(ids))}))"


def _public_only(scope: Scope) -> bool:
    return not scope.everything and not scope.department_ids


def _matches(
    parsed: ParsedQuery,
    *,
    scope: Scope,
    filters: Filters,
    title_only: bool = False,
    row: bool = False,
    count: bool = False,
):
    """("FROM … WHERE …" selecting the matches, params). The index row is joined as e when something needs
    it (`row`, the public check, a text check, a filter). Counting public matches uses the index's public
    mark instead, so thousands of rows are not looked at; a top 20 checks e.is_public, because the mark's
    long doclist slowed selective queries more than looking at their few rows does. Every piece of SQL is our
    own text; what people typed only ever travels as a parameter."""
    backend = backend_for(connection)
    public_done = count and backend.PUBLIC_IN_INDEX and _public_only(scope)
    where, params = _where(
        parsed, scope=scope, filters=filters, backend=backend, title_only=title_only, public_done=public_done
    )
    source, match_where, match_params = backend.match(
        parsed.lookups, title_only=title_only, public=public_done, row=row or bool(where)
    )
    where = f" AND {where}" if where else ""
    return f"FROM {source} WHERE {match_where}{where}", [*match_params, *params]


def _ids(
    cursor, base: str, params: list, *, limit: int, offset: int = 0, skip: int | None = None, memo=None
) -> list[int]:
    backend = backend_for(connection)
    if skip:
        base, params = f"{base} AND {backend.KEY} <> %s", [*params, skip]
    sql = f"SELECT {backend.KEY} {base} ORDER BY {backend.RECENCY} DESC LIMIT %s OFFSET %s"
    rows = backend.newest(
        cursor, sql, [*params, limit, offset], base=base, base_params=params, limit=limit + offset, memo=memo
    )
    return [row[0] for row in rows]


# What a 索引号 or 发文字号 always has; other queries skip the number look-up.
_NUMBER_HINT = re.compile(r"[0-9〇()/]")


def _pinned(raw: str) -> int | None:
    """An exact 索引号 or 发文字号 puts that document first (the index key of what a source pins)."""
    raw = raw.strip()
    if not raw or len(raw) > 100 or not _NUMBER_HINT.search(normalize(raw)):
        return None
    variants = number_variants(raw)
    for source in registry.with_attribute("pinned"):
        pk = source.pinned(raw, variants)
        if pk is not None:
            return registry.entry_key(source.code, pk)
    return None


def search_ids(*, q: str, scope: Scope = PUBLIC, filters: Filters | None = None) -> list[int]:
    """Every matching index key, newest first (exports, and the benchmark's recall check); for documents the
    key is the document id."""
    parsed = parse_query(q)
    if not parsed.lookups:
        return []
    base, params = _matches(parsed, scope=scope, filters=filters or Filters())
    with connection.cursor() as cursor:
        return _ids(cursor, base, params, limit=10**9)


def search(
    *,
    q: str,
    scope: Scope = PUBLIC,
    filters: Filters | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = PER_PAGE,
    facets: bool = True,
    count: bool = True,
) -> SearchResults:
    """Relevance: documents whose title holds every term come first, then the rest; newest first within
    each tier (and an exact 索引号/发文字号 before everything). Both tiers are read in index order and
    stop at the page, so a top 20 costs the same for a word in ten documents or in a million."""
    parsed = parse_query(q)
    results = SearchResults(query=parsed, page=max(1, min(page, MAX_PAGE)), per_page=per_page)
    if not parsed.lookups:
        return results
    filters = filters or Filters()
    base, params = _matches(parsed, scope=scope, filters=filters)
    memo: dict = {}  # what the backend learnt about these matches, for the next statement of this search
    with connection.cursor() as cursor:
        pinned = _pinned(parsed.text)
        if pinned:
            recency = backend_for(connection).RECENCY
            cursor.execute(
                f"SELECT 1 {base} AND {recency} = (SELECT rank_key FROM search_searchentry WHERE id = %s)",
                [*params, pinned],
            )
            results.pinned_id = pinned if cursor.fetchone() else None
        start = (results.page - 1) * per_page
        prefix, slots = [], per_page
        if results.pinned_id:
            prefix, slots = ([results.pinned_id], per_page - 1) if results.page == 1 else ([], per_page)
            start = max(0, start - 1)
        end, skip = start + slots, results.pinned_id
        if sort == "date":
            ordered = _ids(cursor, base, params, limit=slots, offset=start, skip=skip, memo=memo)
        else:
            title_base, title_params = _matches(parsed, scope=scope, filters=filters, title_only=True)
            first = _ids(cursor, title_base, title_params, limit=end, skip=skip, memo=memo)
            if len(first) < end:
                seen = set(first)
                everything = _ids(cursor, base, params, limit=end + len(first), skip=skip, memo=memo)
                first += [pk for pk in everything if pk not in seen]
            ordered = first[start:end]
        ids = prefix + ordered
        if count or facets:
            # Counting stops at COUNT_CAP (the last reachable page): a common word costs no more than that.
            count_base, count_params = _matches(parsed, scope=scope, filters=filters, count=True)
            found = backend_for(connection).count(cursor, count_base, count_params, cap=COUNT_CAP + 1)
            results.total = min(found, COUNT_CAP)
            results.total_capped = results.total == COUNT_CAP
        if facets:
            _facets(cursor, results, *_matches(parsed, scope=scope, filters=filters, row=True), memo=memo)
    results.hits = hits_for(ids, parsed.terms)
    return results


def _facets(cursor, results: SearchResults, base: str, params: list, memo: dict) -> None:
    """Counts per filter value over the matches (over the newest FACET_CAP of them when there are more)."""
    backend = backend_for(connection)
    newest = (
        f"(SELECT e.id, e.issuer_id, e.year, e.subject_id, e.genre, e.validity {base} "
        f"ORDER BY {backend.RECENCY} DESC LIMIT %s) s"
    )
    # Kinds other than documents are counted per group (no extra group key: as many groups as before).
    others = [source for source in registry.sources() if source.code]
    per_kind = "".join(
        f", SUM(CASE WHEN s.id >= {registry.key_base(source.code)} AND s.id < {registry.key_base(source.code + 1)}"
        " THEN 1 ELSE 0 END)"
        for source in others
    )
    rows = backend.newest(
        cursor,
        f"SELECT s.issuer_id, s.year, s.subject_id, s.genre, s.validity, COUNT(*){per_kind} FROM {newest} "
        "GROUP BY s.issuer_id, s.year, s.subject_id, s.genre, s.validity",
        [*params, FACET_CAP],
        base=base,
        base_params=params,
        limit=FACET_CAP,
        memo=memo,
    )
    kinds = results.facets.setdefault("kind", Counter())
    width, first_kind = len(FACETS), getattr(registry.source_for_code(0), "kind", "")
    for row in rows:
        for name, value in zip(FACETS, row[:width], strict=True):
            results.facets.setdefault(name, Counter())[value] += row[width]
        counts = dict(zip((source.kind for source in others), row[width + 1 :], strict=True))
        counts[first_kind] = row[width] - sum(counts.values())
        kinds.update({kind: n for kind, n in counts.items() if n})
    results.facets["column"] = Counter()
    source = registry.facet_source("column")
    if source is None:
        return
    table, object_column, value_column = source.memberships["column"]
    rows = backend.newest(
        cursor,
        f"SELECT c.{value_column}, COUNT(*) FROM {newest} JOIN {table} c "
        f"ON c.{object_column} = {_object_id(source, 's.id')} GROUP BY c.{value_column}",
        [*params, FACET_CAP],
        base=base,
        base_params=params,
        limit=FACET_CAP,
        memo=memo,
    )
    results.facets["column"] = Counter(dict(rows))
