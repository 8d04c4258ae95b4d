"""The upload pipeline: spooled and checked locally, kept as one Blob per content, inside a transaction."""

import hashlib
import os
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from gongkai.files.filetypes import FileKind, UploadRejected
from gongkai.files.models import Blob
from gongkai.files.storage import blob_name, blob_read, blob_storage, spool_dir
from gongkai.files.uploads import blob_from_bytes, blob_keep, upload_spool

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def scratch_files() -> list[Path]:
    return list(spool_dir().glob("*")) if spool_dir().exists() else []


def test_an_accepted_upload_is_kept_once_by_content_and_its_scratch_copy_removed():
    for name in ("通知.pdf", "副本.pdf"):
        with (
            upload_spool(upload=SimpleUploadedFile(name, PDF), max_bytes=1024) as spooled,
            transaction.atomic(),
        ):
            blob = blob_keep(spooled=spooled)
    assert Blob.objects.count() == 1
    assert blob.sha256 == hashlib.sha256(PDF).hexdigest() and blob.kind == "pdf" and blob.size == len(PDF)
    assert blob_read(blob.sha256) == PDF
    assert scratch_files() == []


@pytest.mark.parametrize(
    ("data", "kwargs", "message"),
    [
        (b"<html>", {}, "文件类型不允许"),
        (b"", {}, "文件为空"),
        (PDF + b"0" * 2048, {}, "文件超过大小限制（最大 1 KB）"),
        (PNG, {"kinds": [FileKind.PDF], "kinds_message": "身份证明仅支持 PDF"}, "身份证明仅支持 PDF"),
    ],
)
def test_a_rejected_upload_leaves_nothing_behind(data, kwargs, message):
    with pytest.raises(UploadRejected) as exc:
        upload_spool(upload=SimpleUploadedFile("x.pdf", data), max_bytes=1024, **kwargs)
    assert exc.value.message.startswith(message)
    assert scratch_files() == [] and not Blob.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_blob_is_only_kept_inside_the_transaction_of_the_row_that_references_it(reference_data):
    with pytest.raises(RuntimeError):
        blob_from_bytes(data=PDF, kind=FileKind.PDF)
    assert not Blob.objects.exists() and scratch_files() == []


def test_a_failed_transaction_leaves_no_row_but_may_leave_the_file_for_the_sweep():
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        blob = blob_from_bytes(data=PDF, kind=FileKind.PDF)
        1 / 0  # noqa: B018 - the crash between storing the file and committing its row
    assert not Blob.objects.exists()
    assert blob_storage().exists(blob_name(blob.sha256))


def test_content_whose_orphan_file_is_adopted_is_written_again_so_the_sweep_spares_it():
    sha256 = hashlib.sha256(PDF).hexdigest()
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        blob_from_bytes(data=PDF, kind=FileKind.PDF)
        1 / 0  # noqa: B018
    path = blob_storage().path(blob_name(sha256))
    old = time.time() - 3 * 24 * 3600
    os.utime(path, (old, old))
    with transaction.atomic():
        blob_from_bytes(data=PDF, kind=FileKind.PDF)
    assert os.stat(path).st_mtime > old + 24 * 3600
    assert blob_read(sha256) == PDF
