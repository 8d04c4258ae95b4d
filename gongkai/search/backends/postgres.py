# ruff: noqa: S608 - SQL built from our own fragments; what people typed travels only as parameters.
"""PostgreSQL: tsvectors of our own lexemes (tsvector input syntax: no parser, no stemming) with GIN indexes.

`vector` holds the tokens of title and body, `title_vector` those of the title (the title tier of the
ranking): the same token sets as the SQLite index (see tokenizer).
"""

from contextlib import contextmanager

from django.db import transaction

from ..models import FACET_COLUMNS, FACET_INDEX
from ..tokenizer import Lookup, index_tokens

NAME = "postgresql"
CONTAINS = "strpos({column}, %s) > 0"
RECENCY = "e.rank_key"
KEY = "e.id"
PUBLIC_IN_INDEX = False
RANK_INDEX = "search_searchentry_rank_key_key"

CREATE = [
    "ALTER TABLE search_searchentry ADD COLUMN vector tsvector NOT NULL DEFAULT ''::tsvector",
    "ALTER TABLE search_searchentry ADD COLUMN title_vector tsvector NOT NULL DEFAULT ''::tsvector",
    "CREATE INDEX search_vector_gin ON search_searchentry USING gin (vector)",
    "CREATE INDEX search_title_vector_gin ON search_searchentry USING gin (title_vector)",
]
DROP = [
    "DROP INDEX IF EXISTS search_vector_gin",
    "DROP INDEX IF EXISTS search_title_vector_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_vector",
]

_COLUMNS = (
    "id, kind, object_id, is_public, issuer_id, published_at, year, subject_id, genre, validity, norm_title, "
    "norm_body, rank_key, vector, title_vector"
)


def vector_text(*texts: str) -> str:
    """tsvector input for our tokens: letters and digits only, quoted as they are."""
    return _vector(set().union(*(index_tokens(t) for t in texts)))


def _vector(tokens: set[str]) -> str:
    return " ".join(f"'{token}'" for token in tokens)


def prepare(row: tuple) -> tuple:
    """An index row plus its two vectors (computed in a worker process during rebuilds)."""
    title = index_tokens(row[10])
    return (*row, _vector(title | index_tokens(row[11])), _vector(title))


def upsert(cursor, rows: list[tuple]) -> None:
    cursor.executemany(
        f"INSERT INTO search_searchentry ({_COLUMNS}) VALUES ({', '.join(['%s'] * 13)}, "
        "CAST(%s AS tsvector), CAST(%s AS tsvector)) "
        "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, object_id = excluded.object_id, is_public = excluded.is_public, issuer_id = excluded.issuer_id, "
        "published_at = excluded.published_at, year = excluded.year, subject_id = excluded.subject_id, "
        "genre = excluded.genre, validity = excluded.validity, norm_title = excluded.norm_title, "
        "norm_body = excluded.norm_body, rank_key = excluded.rank_key, vector = excluded.vector, "
        "title_vector = excluded.title_vector",
        [prepare(row) for row in rows],
    )


def refill(cursor, key: str = "id") -> None:
    """Vectors for every index row (after the columns were created anew); `key` is the table's key column
    (migrations before 0006 named it document_id)."""
    cursor.execute(f"SELECT {key}, norm_title, norm_body FROM search_searchentry")
    rows = cursor.fetchall()
    cursor.executemany(
        "UPDATE search_searchentry SET vector = CAST(%s AS tsvector), title_vector = CAST(%s AS tsvector) "
        f"WHERE {key} = %s",
        [(vector_text(title, body), vector_text(title), pk) for pk, title, body in rows],
    )


def rebuild_start(cursor) -> None:
    """Build into a new table; readers and writers keep using the old one until the swap at the end."""
    cursor.execute("DROP TABLE IF EXISTS search_rebuild")
    cursor.execute(
        "CREATE TABLE search_rebuild (LIKE search_searchentry INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
    )


def rebuild_insert(cursor, prepared: list[tuple]) -> None:
    with cursor.cursor.copy(f"COPY search_rebuild ({_COLUMNS}) FROM STDIN") as copy:
        for row in prepared:
            copy.write_row(row)


def rebuild_finish(cursor) -> None:
    """Index the new table in bulk (much faster than row by row), then swap it in under the old names."""
    for statement in (
        "SET LOCAL maintenance_work_mem = '1GB'",  # GIN builds of a million documents' token sets
        "SET CONSTRAINTS ALL IMMEDIATE",  # deferred checks pending on the old table must not block its DROP
        "ALTER TABLE search_rebuild ADD PRIMARY KEY (id)",
        "CREATE INDEX search_rebuild_gin ON search_rebuild USING gin (vector)",
        "CREATE INDEX search_rebuild_title_gin ON search_rebuild USING gin (title_vector)",
        "CREATE UNIQUE INDEX search_rebuild_rank ON search_rebuild (rank_key)",
        "CREATE INDEX search_rebuild_date ON search_rebuild (is_public, published_at DESC)",
        f"CREATE INDEX search_rebuild_facets ON search_rebuild ({', '.join(FACET_COLUMNS)})",
        "DROP TABLE search_searchentry",
        "ALTER TABLE search_rebuild RENAME TO search_searchentry",
        "ALTER INDEX search_rebuild_pkey RENAME TO search_searchentry_pkey",
        "ALTER INDEX search_rebuild_gin RENAME TO search_vector_gin",
        "ALTER INDEX search_rebuild_title_gin RENAME TO search_title_vector_gin",
        f"ALTER INDEX search_rebuild_rank RENAME TO {RANK_INDEX}",
        "ALTER INDEX search_rebuild_date RENAME TO search_public_date_idx",
        f"ALTER INDEX search_rebuild_facets RENAME TO {FACET_INDEX}",
        "ANALYZE search_searchentry",
    ):
        cursor.execute(statement)


# At most this many matches: read them all through the GIN index and sort (see newest).
FEW_MATCHES = 2000


@contextmanager
def _gin_only(cursor, gin_only: bool = True):
    """Inside a transaction, plans that read matches through the GIN index only (when `gin_only`)."""
    with transaction.atomic(using=cursor.db.alias):
        if gin_only:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_indexscan = off")
        try:
            yield
        finally:
            # SET LOCAL lasts to the end of the transaction, which may be a caller's: put the defaults back.
            if gin_only:
                cursor.execute("SET LOCAL enable_seqscan = on")
                cursor.execute("SET LOCAL enable_indexscan = on")


def count(cursor, base: str, params: list, *, cap: int) -> int:
    """Matches of `base` ("FROM … WHERE …"), counted up to `cap` through the GIN index: testing rows one by
    one would detoast a vector of about a thousand lexemes per row."""
    with _gin_only(cursor):
        cursor.execute(f"SELECT COUNT(*) FROM (SELECT 1 {base} LIMIT %s) n", [*params, cap])
        return cursor.fetchone()[0]


def newest(
    cursor, sql: str, params: list, *, base: str, base_params: list, limit: int, memo: dict | None = None
) -> list[tuple]:
    """The rows of `sql` (newest matches first, with a LIMIT), with the plan that suits how common the terms are.

    The planner's choice for "newest 20 matches" is to walk the rank_key index backwards and test each row's
    vector, which is fast for common terms and ruinous for rare ones: every row tested detoasts a vector of
    about a thousand lexemes, and lexemes outside the statistics' most common ones are estimated far too
    common. So the matches are first counted through the GIN index alone, up to FEW_MATCHES; when there
    are no more than that, they are all read that way and sorted, otherwise the backward walk stops soon.
    A `limit` above FEW_MATCHES (every match, for exports) is always read through the GIN index. `memo`
    keeps the count for the other statements of the same search.
    """
    memo = {} if memo is None else memo
    key = ("few", base, tuple(base_params))
    if limit <= FEW_MATCHES and key not in memo:
        memo[key] = count(cursor, base, base_params, cap=FEW_MATCHES + 1) <= FEW_MATCHES
    few = limit > FEW_MATCHES or memo[key]
    with _gin_only(cursor, gin_only=few):
        cursor.execute(sql, params)
        return cursor.fetchall()


def _lexeme(token: str) -> str:
    return "'" + token.replace("'", "''").replace("\\", "\\\\") + "'"


def match(lookups: list[Lookup], *, title_only: bool, public: bool, row: bool) -> tuple[str, str, list]:
    """(FROM clause, WHERE clause, params); the index row `e` is always there (public is a column)."""
    parts = []
    for lookup in lookups:
        parts.extend(_lexeme(t) for t in lookup.tokens)
        parts.extend(_lexeme(t) + ":*" for t in lookup.prefixes)
    column = "e.title_vector" if title_only else "e.vector"
    return "search_searchentry e", f"{column} @@ CAST(%s AS tsquery)", [" & ".join(parts)]
