"""The one upload pipeline: spool and hash locally, check the content, then keep it as a Blob.

    try:
        spooled = upload_spool(upload=f, max_bytes=limit)       # UploadRejected: Chinese message
    except UploadRejected as exc:
        raise ApplicationError(f"……未上传：{exc.message}", field="…") from exc
    with spooled, transaction.atomic():
        blob = blob_keep(spooled=spooled)                       # row locked/created, file stored
        ... create the row that references blob, audit ...

The file reaches the storage inside the transaction that creates its referencing row, after the Blob row is
locked or created, so the sweep (which locks the same row) never removes content someone is referencing. A
crash before the commit leaves an unreferenced file or row behind: the sweep removes it after a grace period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from .filetypes import FileKind, UploadRejected, check_upload, format_size
from .models import Blob
from .storage import spool, store


@dataclass
class SpooledUpload:
    """An accepted upload in a local temporary file; leaving the `with` block removes the file."""

    path: Path
    sha256: str
    size: int
    kind: FileKind
    name: str  # the uploader's file name, cut to what a CharField(255) holds

    def __enter__(self) -> SpooledUpload:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def upload_spool(
    *,
    upload: UploadedFile,
    max_bytes: int,
    kinds: Iterable[FileKind] | None = None,
    kinds_message: str = "",
) -> SpooledUpload:
    """Spool and check an upload by its content; raises UploadRejected (nothing left on disk then)."""
    path, sha256, size = spool(upload.chunks(), max_bytes=max_bytes)
    try:
        if size > max_bytes:
            raise UploadRejected(f"文件超过大小限制（最大 {format_size(max_bytes)}）")
        with open(path, "rb") as f:
            kind = check_upload(f, original_name=upload.name, max_bytes=max_bytes)
        if kinds is not None and kind not in set(kinds):
            raise UploadRejected(kinds_message or "文件类型不允许")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return SpooledUpload(path=path, sha256=sha256, size=size, kind=kind, name=(upload.name or "")[:255])


def blob_keep(*, spooled: SpooledUpload) -> Blob:
    """The Blob for a spooled upload, its content in the storage. Runs inside the caller's transaction."""
    return _keep(path=spooled.path, sha256=spooled.sha256, size=spooled.size, kind=spooled.kind)


def blob_from_bytes(*, data: bytes, kind: FileKind) -> Blob:
    """Keep generated content (letters): same path as an upload, minus the checks of untrusted input."""
    path, sha256, size = spool([data], max_bytes=len(data))
    try:
        return _keep(path=path, sha256=sha256, size=size, kind=kind)
    finally:
        path.unlink(missing_ok=True)


def _keep(*, path: Path, sha256: str, size: int, kind: FileKind) -> Blob:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("a blob is kept in the transaction of the row that references it")
    blob, created = Blob.objects.select_for_update().get_or_create(
        sha256=sha256, defaults={"size": size, "kind": kind.code}
    )
    store(path, sha256, replace=created)
    return blob
