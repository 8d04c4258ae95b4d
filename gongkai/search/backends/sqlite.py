"""SQLite: an FTS5 table of pre-tokenised text, written by triggers on the index rows.

`unicode61` (diacritics kept) splits our token stream on the spaces only: every token is made of letters
or digits. The table is contentless; deleting a row needs its tokens, which the trigger recomputes from
the normalised text kept in search_searchentry (the tokenizer is deterministic).
"""

from ..tokenizer import Lookup, index_tokens

NAME = "sqlite"
CONTAINS = "instr({column}, %s) > 0"
RECENCY = "f.rowid"  # = e.rank_key; FTS5 walks its doclists in this order and stops at the LIMIT

# A trigger asks for the bigrams and the extra tokens of a title and a body: tokenise each text once.
_recent: dict[str, object] = {}


def _tokens(text):
    tokens = _recent.get(text)
    if tokens is None:
        if len(_recent) >= 4:
            _recent.clear()
        tokens = _recent[text] = index_tokens(text or "")
    return tokens


def register_functions(sender, connection, **kwargs):
    if connection.vendor != "sqlite":
        return
    raw = connection.connection
    raw.create_function("gk_bigrams", 1, lambda t: _tokens(t).bigrams, deterministic=True)
    raw.create_function("gk_extra", 1, lambda t: _tokens(t).extra, deterministic=True)


_TOKENS_OF = (
    "{r}.rank_key, gk_bigrams({r}.norm_title), gk_bigrams({r}.norm_body), "
    "gk_extra({r}.norm_title), gk_extra({r}.norm_body)"
)
# Trigger bodies: constant SQL.
_INSERT = (
    "INSERT INTO search_fts(rowid, title, body, title_x, body_x) VALUES ("  # noqa: S608
    + _TOKENS_OF.format(r="new")
    + ");"
)
_DELETE = (
    "INSERT INTO search_fts(search_fts, rowid, title, body, title_x, body_x) VALUES ('delete', "  # noqa: S608
    + _TOKENS_OF.format(r="old")
    + ");"
)

CREATE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, title_x, body_x, content='', "
    "tokenize='unicode61 remove_diacritics 0')",
    f"CREATE TRIGGER search_entry_ai AFTER INSERT ON search_searchentry BEGIN {_INSERT} END",
    f"CREATE TRIGGER search_entry_ad AFTER DELETE ON search_searchentry BEGIN {_DELETE} END",
    "CREATE TRIGGER search_entry_au AFTER UPDATE OF norm_title, norm_body, rank_key ON search_searchentry "
    "WHEN old.norm_title IS NOT new.norm_title OR old.norm_body IS NOT new.norm_body "
    f"OR old.rank_key IS NOT new.rank_key BEGIN {_DELETE} {_INSERT} END",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_entry_ai",
    "DROP TRIGGER IF EXISTS search_entry_ad",
    "DROP TRIGGER IF EXISTS search_entry_au",
    "DROP TABLE IF EXISTS search_fts",
]


def upsert(cursor, rows: list[tuple]) -> None:
    cursor.executemany(
        "INSERT INTO search_searchentry (document_id, is_public, issuer_id, published_at, year, subject_id, "
        "genre, validity, norm_title, norm_body, rank_key) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT(document_id) DO UPDATE SET is_public = excluded.is_public, issuer_id = excluded.issuer_id, "
        "published_at = excluded.published_at, year = excluded.year, subject_id = excluded.subject_id, "
        "genre = excluded.genre, validity = excluded.validity, norm_title = excluded.norm_title, "
        "norm_body = excluded.norm_body, rank_key = excluded.rank_key",
        rows,
    )


def prepare(row: tuple) -> tuple:
    """An index row plus its FTS tokens, for rebuild_insert (computed in a worker process)."""
    title, body = index_tokens(row[8]), index_tokens(row[9])
    return (*row, title.bigrams, body.bigrams, title.extra, body.extra)


def rebuild_start(cursor) -> None:
    """Inside the rebuild transaction: empty index, triggers off (a rollback restores both)."""
    for statement in DROP[:3]:
        cursor.execute(statement)
    cursor.execute("DELETE FROM search_searchentry")
    cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    # Bulk load: no incremental merging (one 'optimize' at the end) and a large page cache.
    cursor.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0)")
    cursor.execute("PRAGMA cache_size = -262144")


def rebuild_insert(cursor, prepared: list[tuple]) -> None:
    cursor.executemany(
        "INSERT INTO search_searchentry (document_id, is_public, issuer_id, published_at, year, subject_id, "
        "genre, validity, norm_title, norm_body, rank_key) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
        [row[:11] for row in prepared],
    )
    cursor.executemany(
        "INSERT INTO search_fts(rowid, title, body, title_x, body_x) VALUES (%s, %s, %s, %s, %s)",
        [row[10:] for row in prepared],
    )


def rebuild_finish(cursor) -> None:
    cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    cursor.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)")  # the default
    cursor.execute("PRAGMA cache_size = -2000")  # the default
    for statement in CREATE[1:]:
        cursor.execute(statement)


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match(lookups: list[Lookup], *, title_only: bool = False) -> tuple[str, str, list, bool]:
    """(FROM defining e, WHERE, params, whether multi-bigram phrases are proven adjacent by the index)."""
    columns = ("{title}", "{title_x}") if title_only else ("{title body}", "{title_x body_x}")
    parts = []
    for lookup in lookups:
        for phrase in lookup.phrases:
            parts.append(f"{columns[0]} : " + _quoted(" ".join(phrase)))
        for token in lookup.exact:
            parts.append(f"{columns[1]} : " + _quoted(token))
        for token in lookup.prefixes:
            parts.append(f"{columns[1]} : " + _quoted(token) + " *")
    # CROSS JOIN: SQLite then always drives from the FTS match (never probes the FTS table per index row).
    return (
        "search_fts f CROSS JOIN search_searchentry e ON e.rank_key = f.rowid",
        "search_fts MATCH %s",
        [" AND ".join(parts)],
        True,
    )
