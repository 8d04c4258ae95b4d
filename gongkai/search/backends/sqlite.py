# ruff: noqa: S608 - constant SQL: table names and commands are our own literals.
"""SQLite: two contentless FTS5 tables of pre-tokenised text (detail=none: token sets, no positions), written
by triggers on the index rows. `search_fts` holds the tokens of title and body, `search_fts_title` those of
the title (the title tier of the ranking); public documents also carry PUBLIC_TOKEN in both.

Row ids are rank_keys, so FTS5 walks its doclists newest first and a top 20 stops after 20 matches; the
index key (kind and object id) is the low 32 bits of the row id, so a query needs no index row unless it has
to check text or filter. The `ascii` tokenizer splits our token stream on the spaces only (every other byte of a CJK token is
a token character). Deleting a row from a contentless table needs its tokens: the triggers recompute them
from the normalised text kept in search_searchentry (the tokenizer is deterministic).
"""

from ..tokenizer import PUBLIC_TOKEN, Lookup, index_tokens

NAME = "sqlite"
CONTAINS = "instr({column}, %s) > 0"
RECENCY = "f.rowid"
KEY = "(f.rowid & 4294967295)"  # rank_key = day × 2**32 + index key
PUBLIC_IN_INDEX = True
_ROW = "search_searchentry e"
_JOIN_ON = "e.rank_key = f.rowid"

# Bulk loads: a pending-terms hash of 256 MB (the default 1 MB flushes a segment every few hundred
# documents) and no merging until the one 'optimize' at the end.
_BULK = {"hashsize": 256 * 2**20, "automerge": 0, "crisismerge": 64}
_DEFAULTS = {"hashsize": 2**20, "automerge": 4, "crisismerge": 16}


def _with_mark(tokens: set[str], public) -> str:
    if public:
        tokens.add(PUBLIC_TOKEN)
    return " ".join(tokens)


def token_text(title: str, body: str, public) -> str:
    tokens = index_tokens(title or "")
    if body:
        tokens |= index_tokens(body)
    return _with_mark(tokens, public)


# A trigger asks for the tokens of the same texts twice (old row, new row, two tables): keep the last few.
_recent: dict[tuple, str] = {}


def _cached(title, body, public) -> str:
    key = (title, body, bool(public))
    text = _recent.get(key)
    if text is None:
        if len(_recent) >= 8:
            _recent.clear()
        text = _recent[key] = token_text(title, body, public)
    return text


def register_functions(sender, connection, **kwargs):
    if connection.vendor != "sqlite":
        return
    raw = connection.connection
    raw.create_function("gk_tokens", 3, _cached, deterministic=True)


def _write(r: str, command: str = "") -> str:
    """Trigger statements writing row `r`'s tokens to both tables (or deleting them, with 'delete')."""
    statements = []
    for table, body in (("search_fts", f"{r}.norm_body"), ("search_fts_title", "''")):
        if command:
            head = f"INSERT INTO {table}({table}, rowid, tokens) VALUES ('{command}', "
        else:
            head = f"INSERT INTO {table}(rowid, tokens) VALUES ("
        statements.append(f"{head}{r}.rank_key, gk_tokens({r}.norm_title, {body}, {r}.is_public));")
    return " ".join(statements)


_FTS = "USING fts5(tokens, content='', detail=none, columnsize=0, tokenize='ascii')"
CREATE = [
    f"CREATE VIRTUAL TABLE search_fts {_FTS}",
    f"CREATE VIRTUAL TABLE search_fts_title {_FTS}",
    f"CREATE TRIGGER search_entry_ai AFTER INSERT ON search_searchentry BEGIN {_write('new')} END",
    f"CREATE TRIGGER search_entry_ad AFTER DELETE ON search_searchentry BEGIN {_write('old', 'delete')} END",
    "CREATE TRIGGER search_entry_au AFTER UPDATE OF norm_title, norm_body, rank_key, is_public "
    "ON search_searchentry WHEN old.norm_title IS NOT new.norm_title OR old.norm_body IS NOT new.norm_body "
    "OR old.rank_key IS NOT new.rank_key OR old.is_public IS NOT new.is_public "
    f"BEGIN {_write('old', 'delete')} {_write('new')} END",
]
_TRIGGERS = ("search_entry_ai", "search_entry_ad", "search_entry_au")
DROP = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in _TRIGGERS),
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_fts_title",
]

_ENTRY_COLUMNS = (
    "id, kind, object_id, is_public, issuer_id, published_at, year, subject_id, genre, validity, norm_title, "
    "norm_body, rank_key"
)
_MARKS = ", ".join(["%s"] * 13)


def upsert(cursor, rows: list[tuple]) -> None:
    cursor.executemany(
        f"INSERT INTO search_searchentry ({_ENTRY_COLUMNS}) VALUES ({_MARKS}) "
        "ON CONFLICT(id) DO UPDATE SET is_public = excluded.is_public, issuer_id = excluded.issuer_id, "
        "published_at = excluded.published_at, year = excluded.year, subject_id = excluded.subject_id, "
        "genre = excluded.genre, validity = excluded.validity, norm_title = excluded.norm_title, "
        "norm_body = excluded.norm_body, rank_key = excluded.rank_key",
        rows,
    )


def prepare(row: tuple) -> tuple:
    """An index row plus its FTS token texts, for rebuild_insert (computed in a worker process)."""
    public, title = row[3], index_tokens(row[10])
    title_text = _with_mark(set(title), public)
    return (*row, _with_mark(title | index_tokens(row[11]), public), title_text)


def _configure(cursor, values: dict) -> None:
    for table in ("search_fts", "search_fts_title"):
        for name, value in values.items():
            cursor.execute(f"INSERT INTO {table}({table}, rank) VALUES (%s, %s)", [name, value])


def refill(cursor, key: str = "id") -> None:
    """Tokens for every index row (after the FTS tables were created anew); rows are found by rank_key, so
    `key` (the name of the table's key column) is not needed here."""
    for table, body in (("search_fts", "norm_body"), ("search_fts_title", "''")):
        cursor.execute(
            f"INSERT INTO {table}(rowid, tokens) SELECT rank_key, gk_tokens(norm_title, {body}, is_public) "
            "FROM search_searchentry WHERE rank_key IS NOT NULL"
        )


def rebuild_start(cursor) -> None:
    """Inside the rebuild transaction: empty index, triggers off (a rollback restores all of it)."""
    for name in _TRIGGERS:
        cursor.execute(f"DROP TRIGGER {name}")
    cursor.execute("DELETE FROM search_searchentry")
    for table in ("search_fts", "search_fts_title"):
        cursor.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    _configure(cursor, _BULK)
    cursor.execute("PRAGMA cache_size = -262144")


def rebuild_insert(cursor, prepared: list[tuple]) -> None:
    cursor.executemany(
        f"INSERT INTO search_searchentry ({_ENTRY_COLUMNS}) VALUES ({_MARKS})",
        [row[:13] for row in prepared],
    )
    cursor.executemany(
        "INSERT INTO search_fts(rowid, tokens) VALUES (%s, %s)", [row[12:14] for row in prepared]
    )
    cursor.executemany(
        "INSERT INTO search_fts_title(rowid, tokens) VALUES (%s, %s)",
        [(row[12], row[14]) for row in prepared],
    )


def rebuild_finish(cursor) -> None:
    for table in ("search_fts", "search_fts_title"):
        cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    _configure(cursor, _DEFAULTS)
    cursor.execute("PRAGMA cache_size = -2000")  # the default
    for statement in CREATE[2:]:
        cursor.execute(statement)


def newest(
    cursor, sql: str, params: list, *, base: str, base_params: list, limit: int, memo: dict | None = None
) -> list[tuple]:
    """The rows of `sql` (newest matches first, with a LIMIT): FTS5 reads its doclists newest first and
    stops at the LIMIT, however common the terms are."""
    cursor.execute(sql, params)
    return cursor.fetchall()


def count(cursor, base: str, params: list, *, cap: int) -> int:
    """Matches of `base` ("FROM … WHERE …"), counted up to `cap`."""
    cursor.execute(f"SELECT COUNT(*) FROM (SELECT 1 {base} LIMIT %s) n", [*params, cap])
    return cursor.fetchone()[0]


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match(lookups: list[Lookup], *, title_only: bool, public: bool, row: bool) -> tuple[str, str, list]:
    """(FROM clause, WHERE clause, params): the FTS match, joined to the index row `e` when `row`."""
    table = "search_fts_title" if title_only else "search_fts"
    parts = [_quoted(PUBLIC_TOKEN)] if public else []
    for lookup in lookups:
        parts.extend(_quoted(token) for token in lookup.tokens)
        parts.extend(_quoted(token) + " *" for token in lookup.prefixes)
    # CROSS JOIN: SQLite then always drives from the FTS match (never probes the FTS table per index row).
    source = f"{table} f CROSS JOIN {_ROW} ON {_JOIN_ON}" if row else f"{table} f"
    return source, f"{table} MATCH %s", [" ".join(parts)]
