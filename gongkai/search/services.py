"""Keeping the search index in step with its sources. Runs inside the transaction of the change: apps announce
changes (core.changes) and deletions are followed (see apps.py), so the index commits or rolls back with it."""

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable

from django.db import connection, transaction
from django.utils import timezone

from . import registry
from .backends import backend_for, backend_for_name
from .tokenizer import normalize


def rank_key(when, key: int) -> int:
    """Day of publication, then index key: small enough that FTS5 row-id deltas stay modest (SQLite 3.40's
    FTS5 returned too few rows walking an optimised index newest-first with row ids near 2**62)."""
    return timezone.localdate(when).toordinal() * 2**32 + key


def document_year(published_at, created_at) -> int:
    return timezone.localtime(published_at or created_at).year


def _row(source, values: dict) -> tuple:
    entry = source.entry(values)
    key = registry.entry_key(source.code, values["pk"])
    return (
        key,
        source.kind,
        values["pk"],
        bool(entry["public"]),
        entry["department_id"],
        entry["published_at"],
        document_year(entry["published_at"], entry["sort_at"]),
        entry.get("subject_id"),
        entry.get("genre") or "",
        entry.get("validity") or "",
        normalize(entry["title"]),
        normalize(entry["body"]),
        rank_key(entry["published_at"] or entry["sort_at"], key),
    )


def index_sync(*, kind: str, pks: list[int]) -> None:
    """Index these objects as they now are in the database (any state: staff search sees drafts)."""
    source = registry.source(kind)
    found = source.fetch(list(pks))
    present = {values["pk"] for values in found}
    gone = [registry.entry_key(source.code, pk) for pk in pks if pk not in present]
    with connection.cursor() as cursor:
        if gone:
            cursor.execute(
                f"DELETE FROM search_searchentry WHERE id IN ({', '.join(['%s'] * len(gone))})",  # noqa: S608
                gone,
            )
        if found:
            backend_for(connection).upsert(cursor, [_row(source, values) for values in found])


def index_remove(*, kind: str, pks: list[int]) -> None:
    source = registry.source(kind)
    keys = [registry.entry_key(source.code, pk) for pk in pks]
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM search_searchentry WHERE id IN ({', '.join(['%s'] * len(keys))})",  # noqa: S608
            keys,
        )


def document_index_sync(*, document) -> None:
    """Index one catalogue document (and what its state decides for the kinds that follow it is announced by
    the catalogue itself)."""
    index_sync(kind="document", pks=[document.pk])


def _fetch(batch: list[tuple[int, int, int]]) -> list[tuple[str, dict]]:
    """(kind, values) of a batch of (rank_key, code, pk), in the batch's order."""
    by_code: dict[int, list[int]] = {}
    for _key, code, pk in batch:
        by_code.setdefault(code, []).append(pk)
    found = {}
    for code, pks in by_code.items():
        source = registry.source_for_code(code)
        for values in source.fetch(pks):
            found[(code, values["pk"])] = (source.kind, values)
    return [found[(code, pk)] for _key, code, pk in batch if (code, pk) in found]


def _prepare(backend_name: str, batch: list[tuple[str, dict]]) -> list[tuple]:
    """Rows ready for the backend's bulk insert (in a worker process during large rebuilds)."""
    backend = backend_for_name(backend_name)
    return [backend.prepare(_row(registry.source(kind), values)) for kind, values in batch]


def _key_batches(batch_size: int) -> list[list[tuple[int, int, int]]]:
    """Every object of every source in index order (rank_key ascending): FTS5 appends to its doclists
    instead of sorting."""
    keys = sorted(
        (rank_key(when, registry.entry_key(source.code, pk)), source.code, pk)
        for source in registry.sources()
        for pk, when in source.recency()
    )
    return [keys[start : start + batch_size] for start in range(0, len(keys), batch_size)]


# Below this many objects a rebuild tokenises in-process; above, worker processes tokenise while this
# process reads and writes (the database insert takes about one core, tokenising about another).
POOL_THRESHOLD = 5000


def index_rebuild(*, batch_size: int = 2000, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild the whole index in one transaction: readers keep the old index until it commits, and a
    failure part-way rolls back to it. Returns the number of objects indexed."""
    backend = backend_for(connection)
    started = timezone.now()
    done = 0
    batches = _key_batches(batch_size)
    total = sum(len(batch) for batch in batches)
    workers = min(2, os.cpu_count() or 1) if total >= POOL_THRESHOLD else 0
    # The workers only tokenise: this process reads and writes (a forked worker must not use a database
    # connection it inherited).
    pool = multiprocessing.get_context("fork").Pool(workers) if workers else None
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            backend.rebuild_start(cursor)
            pending: deque = deque()

            def write(rows):
                nonlocal done
                backend.rebuild_insert(cursor, rows)
                done += len(rows)
                if progress:
                    progress(done, total)

            for batch in batches:
                if pool is None:
                    write(_prepare(backend.NAME, _fetch(batch)))
                    continue
                pending.append(pool.apply_async(_prepare, (backend.NAME, _fetch(batch))))
                if len(pending) > 2 * workers:
                    write(pending.popleft().get())
            while pending:
                write(pending.popleft().get())
            backend.rebuild_finish(cursor)
            # Changes committed by others while the new index was built.
            for source in registry.sources():
                changed = list(source.changed_since(started))
                if changed:
                    index_sync(kind=source.kind, pks=changed)
    finally:
        if pool is not None:
            pool.terminate()
    return done


def progress_bar(stream=sys.stderr, width: int = 30) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        filled = width * done // max(total, 1)
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show
