"""Remove what no row references: Blob rows nothing points to, stored files without a Blob row, and
scratch files of uploads whose request died.

Both appear when a process dies between storing a file and committing the row that references it, and
when the last row referencing a blob is deleted. The grace period spares uploads in progress: a file
younger than it, or a row created within it, is left alone. Referencing rows are found from the model
graph (every ForeignKey to Blob), so a new app's references are respected without registering anything.
"""

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db import transaction
from django.db.models import ProtectedError

from .models import Blob
from .storage import blob_name, blob_storage, spool_dir

logger = logging.getLogger(__name__)

GRACE = timedelta(hours=24)


@dataclass(frozen=True)
class SweepResult:
    rows: int
    files: int


def references():
    """Every relation pointing at Blob, hidden ones included (letters use related_name="+")."""
    return [
        f
        for f in Blob._meta.get_fields(include_hidden=True)
        if f.is_relation and f.auto_created and not f.concrete
    ]


def _unreferenced():
    rows = Blob.objects.all()
    for rel in references():
        referencing = rel.related_model._base_manager.filter(**{f"{rel.field.name}__isnull": False})
        rows = rows.exclude(pk__in=referencing.values(rel.field.attname))
    return rows


def _sweep_row(*, sha256: str, cutoff: datetime) -> bool:
    storage = blob_storage()
    with transaction.atomic():
        # The upload pipeline locks the same row before it stores or references the file.
        row = _unreferenced().select_for_update().filter(pk=sha256, created_at__lt=cutoff).first()
        if row is None:
            return False
        try:
            row.delete()
        except ProtectedError:  # referenced meanwhile
            return False
        storage.delete(blob_name(sha256))
    return True


def _stored_names():
    storage = blob_storage()
    try:
        top = storage.listdir("")[0]
    except FileNotFoundError:  # nothing stored yet
        return
    for first in top:
        for second in storage.listdir(first)[0]:
            for name in storage.listdir(f"{first}/{second}")[1]:
                yield name, f"{first}/{second}/{name}"


def _sweep_files(*, cutoff: datetime) -> int:
    storage, removed = blob_storage(), 0
    for sha256, name in _stored_names():
        if name != blob_name(sha256) or storage.get_modified_time(name) >= cutoff:
            continue
        if Blob.objects.filter(pk=sha256).exists():
            continue
        # Checked again just before deleting: the pipeline rewrites an orphan it adopts.
        if storage.get_modified_time(name) < cutoff:
            storage.delete(name)
            removed += 1
    return removed


def _sweep_spool(*, cutoff: datetime) -> int:
    removed = 0
    for path in spool_dir().glob("*"):
        try:
            if path.is_file() and datetime.fromtimestamp(path.stat().st_mtime, tz=UTC) < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:  # removed by its own request meanwhile
            continue
    return removed


def blob_sweep(*, now: datetime, grace: timedelta = GRACE) -> SweepResult:
    """Delete unreferenced rows created before now - grace, then stored and scratch files older than that
    with no row."""
    cutoff = now - grace
    candidates = list(_unreferenced().filter(created_at__lt=cutoff).values_list("pk", flat=True))
    rows = sum(_sweep_row(sha256=sha256, cutoff=cutoff) for sha256 in candidates)
    files = _sweep_files(cutoff=cutoff) + _sweep_spool(cutoff=cutoff)
    if rows or files:
        logger.warning("blob sweep removed %d unreferenced rows and %d stray files", rows, files)
    return SweepResult(rows=rows, files=files)
