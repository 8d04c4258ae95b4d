"""Keeping the search index in step with the catalogue. Call inside the transaction of the change."""

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable

from django.db import connection, transaction
from django.utils import timezone

from gongkai.catalogue.choices import DisclosureAttr, DocumentState
from gongkai.catalogue.models import Document

from .backends import backend_for, backend_for_name
from .text import TEXT_FIELDS, document_text
from .tokenizer import normalize

_FIELDS = (
    "pk",
    "state",
    "disclosure_attr",
    "issuer_id",
    "published_at",
    "created_at",
    "subject_id",
    "genre",
    "validity",
    *TEXT_FIELDS,
)


def rank_key(when, pk: int) -> int:
    """Day of publication, then id: small enough that FTS5 row-id deltas stay modest (SQLite 3.40's FTS5
    returned too few rows walking an optimised index newest-first with row ids near 2**62)."""
    return timezone.localdate(when).toordinal() * 2**32 + pk


def document_year(published_at, created_at) -> int:
    return timezone.localtime(published_at or created_at).year


def _row(values: dict) -> tuple:
    title, body = document_text(**{f: values[f] or "" for f in TEXT_FIELDS})
    public = (
        values["state"] == DocumentState.PUBLISHED and values["disclosure_attr"] == DisclosureAttr.PROACTIVE
    )
    return (
        values["pk"],
        public,
        values["issuer_id"],
        values["published_at"],
        document_year(values["published_at"], values["created_at"]),
        values["subject_id"],
        values["genre"],
        values["validity"],
        normalize(title),
        normalize(body),
        rank_key(values["published_at"] or values["created_at"], values["pk"]),
    )


def document_index_sync(*, document: Document) -> None:
    """Index the document as it now is in the database (any state: staff search sees drafts)."""
    values = Document.objects.filter(pk=document.pk).values(*_FIELDS).first()
    with connection.cursor() as cursor:
        if values is None:
            cursor.execute("DELETE FROM search_searchentry WHERE document_id = %s", [document.pk])
        else:
            backend_for(connection).upsert(cursor, [_row(values)])


def _fetch(pks: list[int]) -> list[dict]:
    order = {pk: i for i, pk in enumerate(pks)}
    batch = list(Document.objects.filter(pk__in=pks).values(*_FIELDS))
    batch.sort(key=lambda values: order[values["pk"]])
    return batch


def _prepare(backend_name: str, batch: list[dict]) -> list[tuple]:
    """Rows ready for the backend's bulk insert (in a worker process during large rebuilds)."""
    backend = backend_for_name(backend_name)
    return [backend.prepare(_row(values)) for values in batch]


def _id_batches(batch_size: int) -> list[list[int]]:
    """Document ids in index order (rank_key ascending): FTS5 appends to its doclists instead of sorting."""
    keys = sorted(
        (rank_key(published or created, pk), pk)
        for pk, published, created in Document.objects.values_list(
            "pk", "published_at", "created_at"
        ).iterator(chunk_size=20000)
    )
    return [
        [pk for _key, pk in keys[start : start + batch_size]] for start in range(0, len(keys), batch_size)
    ]


# Below this many documents a rebuild tokenises in-process; above, worker processes tokenise while this
# process reads and writes (the database insert takes about one core, tokenising about another).
POOL_THRESHOLD = 5000


def index_rebuild(*, batch_size: int = 2000, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild the whole index in one transaction: readers keep the old index until it commits, and a
    failure part-way rolls back to it. Returns the number of documents indexed."""
    backend = backend_for(connection)
    total = Document.objects.count()
    started = timezone.now()
    done = 0
    batches = _id_batches(batch_size)
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

            for pks in batches:
                if pool is None:
                    write(_prepare(backend.NAME, _fetch(pks)))
                    continue
                pending.append(pool.apply_async(_prepare, (backend.NAME, _fetch(pks))))
                if len(pending) > 2 * workers:
                    write(pending.popleft().get())
            while pending:
                write(pending.popleft().get())
            backend.rebuild_finish(cursor)
            # Changes committed by others while the new index was built.
            for document in Document.objects.filter(updated_at__gte=started).only("pk"):
                document_index_sync(document=document)
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
