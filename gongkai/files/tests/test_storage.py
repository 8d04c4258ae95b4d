"""Blobs go through Django's Storage API ("blobs" in settings.STORAGES), under content-addressed names."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from gongkai.files.downloads import blob_response
from gongkai.files.filetypes import FileKind
from gongkai.files.storage import blob_name, blob_storage
from gongkai.files.uploads import blob_from_bytes, blob_keep, upload_spool

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_the_default_storage_is_media_root_blobs_named_by_sha256(media_root):
    with transaction.atomic():
        blob = blob_from_bytes(data=PDF, kind=FileKind.PDF)
    sha = hashlib.sha256(PDF).hexdigest()
    assert blob_name(sha) == f"{sha[:2]}/{sha[2:4]}/{sha}"
    assert (media_root / "blobs" / sha[:2] / sha[2:4] / sha).read_bytes() == PDF
    assert blob.sha256 == sha


def test_another_backend_is_a_matter_of_configuration(settings, media_root):
    settings.STORAGES = settings.STORAGES | {
        "blobs": {"BACKEND": "django.core.files.storage.InMemoryStorage"}
    }
    upload = SimpleUploadedFile("通知.pdf", PDF)
    with upload_spool(upload=upload, max_bytes=1024) as spooled, transaction.atomic():
        blob = blob_keep(spooled=spooled)
    assert blob_storage().exists(blob_name(blob.sha256))
    assert not (media_root / "blobs").exists()  # nothing went to the file system
    response = blob_response(blob, name="通知.pdf")
    assert b"".join(response.streaming_content) == PDF


def test_a_blob_missing_from_storage_answers_404_not_500():
    from django.http import Http404

    with transaction.atomic():
        blob = blob_from_bytes(data=PDF, kind=FileKind.PDF)
    blob_storage().delete(blob_name(blob.sha256))
    with pytest.raises(Http404):
        blob_response(blob, name="通知.pdf")
